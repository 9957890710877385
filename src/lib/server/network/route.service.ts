import { sql } from 'kysely';
import { findRoutes } from '$lib/graph/routes';
import type { DB } from '../db';
import { networkSnapshot } from './snapshot';

export type RouteTarget =
	| { kind: 'persoon'; id: number }
	| { kind: 'afdeling'; id: number }
	| { kind: 'onderwerp'; name: string };

export interface RoutePerson {
	id: number;
	name: string;
	department: string;
}

export interface Contact extends RoutePerson {
	email: string | null;
	phone: string;
}

export interface RouteAnswer {
	/** ok: routes found; self: you are the one; none: nobody reachable; empty: nobody fits the target; away: you are not on the map. */
	status: 'ok' | 'self' | 'none' | 'empty' | 'away';
	routes: { people: RoutePerson[]; strengths: number[] }[];
	/** Whom to contact directly when no route exists (the department's or topic's contact points). */
	contacts: Contact[];
}

async function targetPeople(db: DB, target: RouteTarget) {
	let query = db
		.selectFrom('employee')
		.select(['employee.id', 'employee.is_contact_point'])
		.where('employee.left_on', 'is', null);
	if (target.kind === 'persoon') query = query.where('employee.id', '=', target.id);
	if (target.kind === 'afdeling') query = query.where('employee.department_id', '=', target.id);
	if (target.kind === 'onderwerp') {
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('employee_topic')
					.innerJoin('topic', 'topic.id', 'employee_topic.topic_id')
					.whereRef('employee_topic.employee_id', '=', 'employee.id')
					.where(sql<boolean>`topic.name = ${target.name} COLLATE NOCASE`)
					.select('topic.id')
			)
		);
	}
	return query.execute();
}

async function contactsFor(db: DB, ids: number[]): Promise<Contact[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('employee')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.select([
			'employee.id',
			'employee.full_name as name',
			'department.name as department',
			'employee.email',
			'employee.phone'
		])
		.where('employee.id', 'in', ids)
		.orderBy(sql`employee.full_name COLLATE NOCASE`)
		.execute();
	return rows;
}

/**
 * "Wie bel ik?": from the signed-in person to a person, a department or a topic, through trust
 * links. Contact points are preferred among equally short routes; with no route at all, the
 * answer offers whom to contact directly.
 */
export async function whoToCall(
	db: DB,
	fromEmployeeId: number,
	target: RouteTarget
): Promise<RouteAnswer> {
	const { graph, network } = await networkSnapshot(db);
	const candidates = await targetPeople(db, target);
	const contactPoints = candidates.filter((c) => c.is_contact_point === 1).map((c) => c.id);
	const direct = await contactsFor(
		db,
		(contactPoints.length ? contactPoints : candidates.map((c) => c.id)).slice(0, 5)
	);
	if (candidates.length === 0) return { status: 'empty', routes: [], contacts: [] };
	const from = graph.indexOf.get(fromEmployeeId);
	if (from === undefined) return { status: 'away', routes: [], contacts: direct };
	const targets = candidates.map((c) => graph.indexOf.get(c.id)).filter((i) => i !== undefined);
	const preferred = new Set(
		contactPoints.map((id) => graph.indexOf.get(id)!).filter((i) => i !== undefined)
	);
	const routes = findRoutes(graph, from, targets, { preferred, alternatives: 1 });
	if (routes.length === 0) return { status: 'none', routes: [], contacts: direct };
	if (routes[0].steps === 0) return { status: 'self', routes: [], contacts: direct };
	const person = new Map(network.people.map((p) => [p.id, p]));
	const departmentName = new Map(network.departments.map((d) => [d.id, d.name]));
	return {
		status: 'ok',
		contacts: [],
		routes: routes.map((route) => ({
			people: route.nodes.map((i) => {
				const p = person.get(graph.ids[i])!;
				return { id: p.id, name: p.name, department: departmentName.get(p.departmentId) ?? '' };
			}),
			strengths: route.weights
		}))
	};
}
