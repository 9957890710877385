import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../db';
import type { Database, EmployeeUpdate, NewEmployee } from '../db/schema';

export interface EmployeeSearch {
	q: string;
	departmentId?: number;
	includeLeft: boolean;
	limit: number;
	offset: number;
}

function escapeLike(s: string): string {
	return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function matching(search: Pick<EmployeeSearch, 'q' | 'departmentId' | 'includeLeft'>) {
	return (eb: ExpressionBuilder<Database, 'employee'>) => {
		const conditions = [];
		if (!search.includeLeft) conditions.push(eb('employee.left_on', 'is', null));
		if (search.departmentId)
			conditions.push(eb('employee.department_id', '=', search.departmentId));
		for (const word of search.q.split(/\s+/).filter(Boolean)) {
			const pattern = `%${escapeLike(word)}%`;
			conditions.push(
				eb.or([
					sql<boolean>`employee.full_name LIKE ${pattern} ESCAPE '\\'`,
					sql<boolean>`employee.job_title LIKE ${pattern} ESCAPE '\\'`,
					eb.exists(
						eb
							.selectFrom('employee_topic')
							.innerJoin('topic', 'topic.id', 'employee_topic.topic_id')
							.whereRef('employee_topic.employee_id', '=', 'employee.id')
							.where(sql<boolean>`topic.name LIKE ${pattern} ESCAPE '\\'`)
							.select('topic.id')
					)
				])
			);
		}
		return eb.and(conditions);
	};
}

export async function searchEmployees(db: DB, search: EmployeeSearch) {
	const where = matching(search);
	const [rows, total] = await Promise.all([
		db
			.selectFrom('employee')
			.innerJoin('department', 'department.id', 'employee.department_id')
			.select([
				'employee.id',
				'employee.full_name',
				'employee.job_title',
				'employee.is_contact_point',
				'employee.left_on',
				'department.name as department_name',
				'department.color as department_color'
			])
			.where(where)
			.orderBy(sql`employee.full_name COLLATE NOCASE`)
			.orderBy('employee.id')
			.limit(search.limit)
			.offset(search.offset)
			.execute(),
		db
			.selectFrom('employee')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where(where)
			.executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(total.n) };
}

export function findEmployee(db: DB, id: number) {
	return db
		.selectFrom('employee')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.selectAll('employee')
		.select(['department.name as department_name', 'department.color as department_color'])
		.where('employee.id', '=', id)
		.executeTakeFirst();
}

export function findEmployeeByEmail(db: DB, email: string) {
	return db
		.selectFrom('employee')
		.select(['id'])
		.where(sql<boolean>`email = ${email} COLLATE NOCASE`)
		.executeTakeFirst();
}

export function findEmployeeByExternalId(db: DB, externalId: string) {
	return db
		.selectFrom('employee')
		.select(['id'])
		.where('external_id', '=', externalId)
		.executeTakeFirst();
}

export async function topicsOf(db: DB, employeeId: number): Promise<string[]> {
	const rows = await db
		.selectFrom('employee_topic')
		.innerJoin('topic', 'topic.id', 'employee_topic.topic_id')
		.select('topic.name')
		.where('employee_topic.employee_id', '=', employeeId)
		.orderBy(sql`topic.name COLLATE NOCASE`)
		.execute();
	return rows.map((r) => r.name);
}

export function listTopics(db: DB) {
	return db
		.selectFrom('topic')
		.select(['id', 'name'])
		.orderBy(sql`name COLLATE NOCASE`)
		.execute();
}

export async function insertEmployee(db: DB, row: NewEmployee): Promise<number> {
	const { id } = await db
		.insertInto('employee')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export async function updateEmployeeRow(db: DB, id: number, changes: EmployeeUpdate) {
	await db.updateTable('employee').set(changes).where('id', '=', id).execute();
}

export async function deleteEmployeeRow(db: DB, id: number) {
	await db.deleteFrom('employee').where('id', '=', id).execute();
}

/** Replaces a person's topics, creating topics that do not exist yet (matched case-insensitively). */
export async function replaceTopics(db: DB, employeeId: number, names: string[]) {
	await db.deleteFrom('employee_topic').where('employee_id', '=', employeeId).execute();
	for (const name of names) {
		await db
			.insertInto('topic')
			.values({ name })
			.onConflict((oc) => oc.doNothing())
			.execute();
		const topic = await db
			.selectFrom('topic')
			.select('id')
			.where(sql<boolean>`name = ${name} COLLATE NOCASE`)
			.executeTakeFirstOrThrow();
		await db
			.insertInto('employee_topic')
			.values({ employee_id: employeeId, topic_id: topic.id })
			.onConflict((oc) => oc.doNothing())
			.execute();
	}
}
