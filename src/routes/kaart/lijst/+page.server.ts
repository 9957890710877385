import { z } from 'zod';
import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartmentsWithStats } from '$lib/server/departments/departments.queries';
import { listTopics } from '$lib/server/employees/employees.queries';
import { routeFromQuery } from '$lib/server/network/route.params';
import { networkSnapshot } from '$lib/server/network/snapshot';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 100;
const page = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The map's facts as tables: for keyboards, screen readers, and anyone who prefers a list. */
export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'network.read');
	const db = getDb();
	const [{ network, graph }, departments, topics, route] = await Promise.all([
		networkSnapshot(db),
		listDepartmentsWithStats(db),
		listTopics(db),
		routeFromQuery(db, user.employeeId, event.url.searchParams)
	]);
	const peoplePage = page.parse(event.url.searchParams.get('mensen'));
	const linksPage = page.parse(event.url.searchParams.get('verbindingen'));
	const departmentName = new Map(network.departments.map((d) => [d.id, d.name]));
	const nameOf = new Map(network.people.map((p) => [p.id, p.name]));
	const sortedPeople = [...network.people].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
	const people = sortedPeople
		.slice((peoplePage - 1) * PAGE_SIZE, peoplePage * PAGE_SIZE)
		.map((p) => {
			const i = graph.indexOf.get(p.id)!;
			return {
				id: p.id,
				name: p.name,
				jobTitle: p.jobTitle,
				department: departmentName.get(p.departmentId) ?? '',
				contactPoint: p.contactPoint,
				links: graph.offsets[i + 1] - graph.offsets[i]
			};
		});
	const links = network.links
		.slice((linksPage - 1) * PAGE_SIZE, linksPage * PAGE_SIZE)
		.map((l) => ({ ...l, nameA: nameOf.get(l.a)!, nameB: nameOf.get(l.b)! }));
	return {
		topics,
		route,
		totals: { people: network.people.length, links: network.links.length },
		departments,
		people,
		links,
		paging: {
			people: {
				current: peoplePage,
				pages: Math.max(1, Math.ceil(network.people.length / PAGE_SIZE))
			},
			links: { current: linksPage, pages: Math.max(1, Math.ceil(network.links.length / PAGE_SIZE)) }
		}
	};
};
