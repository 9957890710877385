import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listTopics } from '$lib/server/employees/employees.queries';
import { mapData } from '$lib/server/network/map.service';
import { routeFromQuery } from '$lib/server/network/route.params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'network.read');
	const db = getDb();
	const [map, topics, route] = await Promise.all([
		mapData(db),
		listTopics(db),
		routeFromQuery(db, user.employeeId, event.url.searchParams)
	]);
	return { map, topics, route, me: user.employeeId };
};
