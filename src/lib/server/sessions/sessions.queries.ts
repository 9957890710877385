import { sql } from 'kysely';
import type { DB } from '../db';
import type { LinkStrength, SessionLinkAction, SessionStatus } from '../db/schema';

export interface SessionSummary {
	id: number;
	title: string;
	heldOn: string;
	location: string;
	status: SessionStatus;
	participants: number;
	/** Links that formed in the session and still exist. */
	linksFormed: number;
}

export async function listSessions(db: DB): Promise<SessionSummary[]> {
	const { rows } = await sql<SessionSummary>`
		SELECT s.id, s.title, s.held_on AS heldOn, s.location, s.status,
			(SELECT count(*) FROM session_participant p WHERE p.session_id = s.id) AS participants,
			(SELECT count(*) FROM link l WHERE l.session_id = s.id) AS linksFormed
		FROM session s
		ORDER BY s.held_on DESC, s.id DESC`.execute(db);
	return rows;
}

export function findSession(db: DB, id: number) {
	return db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
}
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export function facilitatorsOf(db: DB, sessionId: number) {
	return db
		.selectFrom('session_facilitator')
		.innerJoin('employee', 'employee.id', 'session_facilitator.employee_id')
		.select(['employee.id', 'employee.full_name as name'])
		.where('session_facilitator.session_id', '=', sessionId)
		.orderBy(sql`employee.full_name COLLATE NOCASE`)
		.execute();
}

/** People who may lead a session: those with an active facilitator or beheerder account. */
export function facilitatorOptions(db: DB) {
	return db
		.selectFrom('app_user')
		.innerJoin('employee', 'employee.id', 'app_user.employee_id')
		.select(['employee.id', 'employee.full_name as name'])
		.where('app_user.active', '=', 1)
		.where('app_user.role', 'in', ['facilitator', 'beheerder'])
		.where('employee.left_on', 'is', null)
		.orderBy(sql`employee.full_name COLLATE NOCASE`)
		.execute();
}

export interface Participant {
	id: number;
	name: string;
	departmentId: number;
	departmentName: string;
	departmentColor: string;
}

/** Grouped by department, so the run screen shows colleagues side by side. */
export function participantsOf(db: DB, sessionId: number): Promise<Participant[]> {
	return db
		.selectFrom('session_participant')
		.innerJoin('employee', 'employee.id', 'session_participant.employee_id')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.select([
			'employee.id',
			'employee.full_name as name',
			'department.id as departmentId',
			'department.name as departmentName',
			'department.color as departmentColor'
		])
		.where('session_participant.session_id', '=', sessionId)
		.orderBy(sql`department.name COLLATE NOCASE`)
		.orderBy(sql`employee.full_name COLLATE NOCASE`)
		.orderBy('employee.id')
		.execute();
}

export async function countParticipants(db: DB, sessionId: number): Promise<number> {
	const row = await db
		.selectFrom('session_participant')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('session_id', '=', sessionId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function isParticipant(db: DB, sessionId: number, employeeId: number) {
	const row = await db
		.selectFrom('session_participant')
		.select('employee_id')
		.where('session_id', '=', sessionId)
		.where('employee_id', '=', employeeId)
		.executeTakeFirst();
	return !!row;
}

export interface PairRow {
	a: number;
	b: number;
	strength: LinkStrength;
}

/** The current links among a group of people. */
export async function linksAmong(db: DB, ids: number[]): Promise<PairRow[]> {
	if (ids.length < 2) return [];
	return db
		.selectFrom('link')
		.select(['employee_a_id as a', 'employee_b_id as b', 'strength'])
		.where('employee_a_id', 'in', ids)
		.where('employee_b_id', 'in', ids)
		.orderBy('id')
		.execute();
}

export function baselineOf(db: DB, sessionId: number): Promise<PairRow[]> {
	return db
		.selectFrom('session_baseline')
		.select(['employee_a_id as a', 'employee_b_id as b', 'strength'])
		.where('session_id', '=', sessionId)
		.execute();
}

export interface LinkEvent {
	id: number;
	a: number;
	b: number;
	action: SessionLinkAction;
	strength: LinkStrength;
	previousStrength: LinkStrength | null;
	linkId: number | null;
	at: string;
}

/** What the session recorded and did not undo, oldest first. */
export function eventsOf(db: DB, sessionId: number): Promise<LinkEvent[]> {
	return db
		.selectFrom('session_link_event')
		.select([
			'id',
			'employee_a_id as a',
			'employee_b_id as b',
			'action',
			'strength',
			'previous_strength as previousStrength',
			'link_id as linkId',
			'at'
		])
		.where('session_id', '=', sessionId)
		.where('undone_at', 'is', null)
		.orderBy('id')
		.execute();
}

export function signalsOf(db: DB, sessionId: number) {
	return db
		.selectFrom('session_signal')
		.select(['id', 'label'])
		.where('session_id', '=', sessionId)
		.orderBy('id')
		.execute();
}

/** Links between two different departments in the whole organisation, active people only. */
export async function departmentLinkCounts(db: DB) {
	const { rows } = await sql<{ a: number; b: number; count: number }>`
		SELECT min(ea.department_id, eb.department_id) AS a,
			max(ea.department_id, eb.department_id) AS b, count(*) AS count
		FROM link l
		JOIN employee ea ON ea.id = l.employee_a_id AND ea.left_on IS NULL
		JOIN employee eb ON eb.id = l.employee_b_id AND eb.left_on IS NULL
		WHERE ea.department_id <> eb.department_id
		GROUP BY 1, 2`.execute(db);
	return rows;
}

export function suggestionsOf(db: DB, sessionId: number) {
	return db
		.selectFrom('session_suggestion')
		.select(['round', 'employee_a_id as a', 'employee_b_id as b', 'employee_c_id as c', 'reason'])
		.where('session_id', '=', sessionId)
		.orderBy('id')
		.execute();
}

/** People with anything recorded in the session (also undone): they stay in its history. */
export async function peopleWithEvents(db: DB, sessionId: number): Promise<number[]> {
	const rows = await db
		.selectFrom('session_link_event')
		.select(['employee_a_id as a', 'employee_b_id as b'])
		.where('session_id', '=', sessionId)
		.execute();
	return [...new Set(rows.flatMap((r) => [r.a, r.b]))];
}
