import { sql } from 'kysely';
import type { DB } from '../db';
import type { DepartmentUpdate, NewDepartment } from '../db/schema';

export interface DepartmentStats {
	id: number;
	name: string;
	description: string;
	color: string;
	headcount: number;
	linksInside: number;
	linksOutside: number;
}

/** Headcount and link counts over active people only: people who left are history. */
export async function listDepartmentsWithStats(db: DB): Promise<DepartmentStats[]> {
	const { rows } = await sql<DepartmentStats>`
		WITH active AS (SELECT id, department_id FROM employee WHERE left_on IS NULL),
		pairs AS (
			SELECT ea.department_id AS da, eb.department_id AS db
			FROM link l
			JOIN active ea ON ea.id = l.employee_a_id
			JOIN active eb ON eb.id = l.employee_b_id
		)
		SELECT d.id, d.name, d.description, d.color,
			(SELECT count(*) FROM active a WHERE a.department_id = d.id) AS headcount,
			(SELECT count(*) FROM pairs p WHERE p.da = d.id AND p.db = d.id) AS linksInside,
			(SELECT count(*) FROM pairs p WHERE (p.da = d.id) <> (p.db = d.id)) AS linksOutside
		FROM department d
		ORDER BY d.name COLLATE NOCASE`.execute(db);
	return rows;
}

export function listDepartments(db: DB) {
	return db
		.selectFrom('department')
		.select(['id', 'name', 'color'])
		.orderBy(sql`name COLLATE NOCASE`)
		.execute();
}

export function findDepartment(db: DB, id: number) {
	return db.selectFrom('department').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findDepartmentByName(db: DB, name: string) {
	return db
		.selectFrom('department')
		.selectAll()
		.where(sql<boolean>`name = ${name} COLLATE NOCASE`)
		.executeTakeFirst();
}

export async function insertDepartment(db: DB, row: NewDepartment): Promise<number> {
	const { id } = await db
		.insertInto('department')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export async function updateDepartmentRow(db: DB, id: number, changes: DepartmentUpdate) {
	await db.updateTable('department').set(changes).where('id', '=', id).execute();
}

export async function deleteDepartmentRow(db: DB, id: number) {
	await db.deleteFrom('department').where('id', '=', id).execute();
}

export async function countEmployeesIn(db: DB, departmentId: number): Promise<number> {
	const row = await db
		.selectFrom('employee')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('department_id', '=', departmentId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
