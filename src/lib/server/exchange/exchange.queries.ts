import { sql } from 'kysely';
import type { DB } from '../db';

export interface ExistingPerson {
	id: number;
	full_name: string;
	email: string | null;
	external_id: string | null;
	department_id: number;
	job_title: string;
	phone: string;
	is_contact_point: number;
	left_on: string | null;
}

export interface ExistingLink {
	id: number;
	strength: number;
	note: string;
}

/** Everything an import compares against, read once (a municipality fits in memory easily). */
export async function loadState(db: DB) {
	const [departments, people, links, topics] = await Promise.all([
		db.selectFrom('department').select(['id', 'name', 'color']).orderBy('id').execute(),
		db
			.selectFrom('employee')
			.select([
				'id',
				'full_name',
				'email',
				'external_id',
				'department_id',
				'job_title',
				'phone',
				'is_contact_point',
				'left_on'
			])
			.orderBy('id')
			.execute(),
		db
			.selectFrom('link')
			.select(['id', 'employee_a_id', 'employee_b_id', 'strength', 'note'])
			.execute(),
		db
			.selectFrom('employee_topic')
			.innerJoin('topic', 'topic.id', 'employee_topic.topic_id')
			.select(['employee_topic.employee_id', 'topic.name'])
			.orderBy(sql`topic.name COLLATE NOCASE`)
			.execute()
	]);
	const topicsOf = new Map<number, string[]>();
	for (const t of topics)
		topicsOf.set(t.employee_id, [...(topicsOf.get(t.employee_id) ?? []), t.name]);
	return {
		departments,
		people: people as ExistingPerson[],
		links: new Map<string, ExistingLink>(
			links.map((l) => [`${l.employee_a_id}-${l.employee_b_id}`, l])
		),
		topicsOf
	};
}

export type ImportState = Awaited<ReturnType<typeof loadState>>;
