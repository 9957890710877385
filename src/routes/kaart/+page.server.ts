import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listTopics } from '$lib/server/employees/employees.queries';
import { mapData } from '$lib/server/network/map.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'network.read');
	const db = getDb();
	const [map, topics] = await Promise.all([mapData(db), listTopics(db)]);
	return { map, topics, me: user.employeeId };
};
