import { sql } from 'kysely';
import type { DB } from '../db';
import type { LinkOrigin, LinkStrength, NewLink } from '../db/schema';

export interface PersonLink {
	id: number;
	otherId: number;
	otherName: string;
	otherLeftOn: string | null;
	departmentName: string;
	departmentColor: string;
	strength: LinkStrength;
	origin: LinkOrigin;
	formedOn: string;
	note: string;
	/** The session the link formed in, for "gevormd tijdens <sessie> op <datum>". */
	sessionId: number | null;
	sessionTitle: string | null;
	sessionDate: string | null;
}

export async function linksOf(db: DB, employeeId: number): Promise<PersonLink[]> {
	const { rows } = await sql<PersonLink>`
		SELECT l.id, o.id AS otherId, o.full_name AS otherName, o.left_on AS otherLeftOn,
			d.name AS departmentName, d.color AS departmentColor,
			l.strength, l.origin, l.formed_on AS formedOn, l.note,
			s.id AS sessionId, s.title AS sessionTitle, s.held_on AS sessionDate
		FROM link l
		JOIN employee o ON o.id = CASE WHEN l.employee_a_id = ${employeeId} THEN l.employee_b_id ELSE l.employee_a_id END
		JOIN department d ON d.id = o.department_id
		LEFT JOIN session s ON s.id = l.session_id
		WHERE l.employee_a_id = ${employeeId} OR l.employee_b_id = ${employeeId}
		ORDER BY l.strength DESC, o.full_name COLLATE NOCASE`.execute(db);
	return rows;
}

export function findLink(db: DB, id: number) {
	return db.selectFrom('link').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findLinkBetween(db: DB, a: number, b: number) {
	const [lo, hi] = a < b ? [a, b] : [b, a];
	return db
		.selectFrom('link')
		.selectAll()
		.where('employee_a_id', '=', lo)
		.where('employee_b_id', '=', hi)
		.executeTakeFirst();
}

export async function insertLink(db: DB, row: NewLink): Promise<number> {
	const { id } = await db.insertInto('link').values(row).returning('id').executeTakeFirstOrThrow();
	return id;
}

export async function updateLinkRow(
	db: DB,
	id: number,
	changes: { strength?: LinkStrength; note?: string; updated_at: string }
) {
	await db.updateTable('link').set(changes).where('id', '=', id).execute();
}

export async function deleteLinkRow(db: DB, id: number) {
	await db.deleteFrom('link').where('id', '=', id).execute();
}

export async function countLinks(db: DB): Promise<number> {
	const row = await db
		.selectFrom('link')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Active people whose name contains `q`, for the colleague picker. */
export function findColleagues(db: DB, q: string, exceptId: number, limit = 10) {
	const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	return db
		.selectFrom('employee')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.select(['employee.id', 'employee.full_name', 'department.name as department_name'])
		.where('employee.left_on', 'is', null)
		.where('employee.id', '!=', exceptId)
		.where(sql<boolean>`employee.full_name LIKE ${pattern} ESCAPE '\\'`)
		.orderBy(sql`employee.full_name COLLATE NOCASE`)
		.limit(limit)
		.execute();
}
