import { parse } from 'devalue';
import { expect } from 'vitest';
import { SYSTEM, type Actor } from '../../src/lib/server/audit/audit.service';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { departmentInput } from '../../src/lib/server/departments/departments.schema';
import { createDepartment } from '../../src/lib/server/departments/departments.service';
import { employeeInput } from '../../src/lib/server/employees/employees.schema';
import { createEmployee } from '../../src/lib/server/employees/employees.service';
import { InputError } from '../../src/lib/server/validation';

export type Table = 'department' | 'topic' | 'employee' | 'employee_topic' | 'link';

/** Row count of one table. */
export async function count(db: DB, table: Table): Promise<number> {
	const row = await db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Row counts of every table, to show that a refused action wrote nothing. */
export async function counts(db: DB): Promise<Record<Table, number>> {
	const tables: Table[] = ['department', 'topic', 'employee', 'employee_topic', 'link'];
	const out = {} as Record<Table, number>;
	for (const table of tables) out[table] = await count(db, table);
	return out;
}

/** The actor the service tests write as: no user, like the command line. */
export const TEST_ACTOR: Actor = { ...SYSTEM, email: 'test' };

export interface AuditRow {
	action: string;
	entity_type: string;
	entity_id: number | null;
	actor_user_id: number | null;
	actor_email: string;
	summary: string;
}

/** Lines of the audit log, oldest first; only those with `action` when given. */
export async function auditRows(db: DB, action?: string): Promise<AuditRow[]> {
	let query = db
		.selectFrom('audit_log')
		.select(['action', 'entity_type', 'entity_id', 'actor_user_id', 'actor_email', 'summary']);
	if (action) query = query.where('action', '=', action);
	return query.orderBy('id').execute();
}

/** The newest line of the audit log, or undefined when it is empty. */
export async function lastAudit(db: DB): Promise<AuditRow | undefined> {
	return db
		.selectFrom('audit_log')
		.select(['action', 'entity_type', 'entity_id', 'actor_user_id', 'actor_email', 'summary'])
		.orderBy('id', 'desc')
		.executeTakeFirst();
}

/** Number of lines in the audit log, to show that a refused action logged no change. */
export async function auditCount(db: DB): Promise<number> {
	const row = await db
		.selectFrom('audit_log')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

let colorIndex = 0;
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];

/** A department through the real service, with the input parsed by the real schema. */
export function addDepartment(db: DB, name: string, description = ''): Promise<number> {
	const color = COLORS[colorIndex++ % COLORS.length];
	return createDepartment(db, TEST_ACTOR, departmentInput.parse({ name, description, color }));
}

export interface PersonFields {
	fullName: string;
	departmentId: number;
	email?: string;
	jobTitle?: string;
	topics?: string[];
	otherTopics?: string;
	externalId?: string;
}

/** The fields of the employee form as a browser sends them: an unticked checkbox is absent. */
export function employeeForm(p: PersonFields): Record<string, unknown> {
	return {
		fullName: p.fullName,
		email: p.email ?? '',
		phone: '',
		jobTitle: p.jobTitle ?? '',
		departmentId: String(p.departmentId),
		topics: p.topics ?? [],
		otherTopics: p.otherTopics ?? '',
		externalId: p.externalId ?? ''
	};
}

/**
 * An employee through the real service, with the input parsed by the real schema. The checkbox is
 * sent unticked-but-present (''): whether an absent checkbox parses is validation.test.ts's job.
 */
export function addPerson(db: DB, p: PersonFields): Promise<number> {
	return createEmployee(
		db,
		TEST_ACTOR,
		employeeInput.parse({ ...employeeForm(p), isContactPoint: '' })
	);
}

/** The id of the department with this name; throws when there is none. */
export async function departmentIdByName(db: DB, name: string): Promise<number> {
	const row = await db
		.selectFrom('department')
		.select('id')
		.where('name', '=', name)
		.executeTakeFirstOrThrow();
	return row.id;
}

/** The id of the employee with this full name; throws when there is none. */
export async function employeeIdByName(db: DB, fullName: string): Promise<number> {
	const row = await db
		.selectFrom('employee')
		.select('id')
		.where('full_name', '=', fullName)
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Runs `action`, expects an InputError, and returns its field errors. */
export async function refused(action: () => Promise<unknown>) {
	let caught: unknown;
	try {
		await action();
	} catch (e) {
		caught = e;
	}
	expect(caught).toBeInstanceOf(InputError);
	return (caught as InputError).errors;
}

/** A GET as a signed-in browser does it: with the session cookie, following no redirects. */
export function getPage(base: string, path: string, cookie: string): Promise<Response> {
	return fetch(`${base}${path}`, { redirect: 'manual', headers: { cookie } });
}

/**
 * Opens the running server's database for checks (and for adding test accounts with
 * tests/support/auth.ts); `destroy` when done.
 */
export function serverDb(file: string): DB {
	return openDatabase(file);
}

export interface ActionResult {
	type: string;
	status: number;
	location?: string;
	data?: Record<string, unknown>;
}

/**
 * Posts a form as SvelteKit's `use:enhance` does: the answer is JSON, not a page. `cookie` is the
 * session cookie (`nk_sessie=…`) of the person posting.
 */
export async function postAction(
	base: string,
	path: string,
	fields: Record<string, string | string[]>,
	init: { origin?: string; cookie?: string } = {}
): Promise<{ httpStatus: number; result: ActionResult }> {
	const headers: Record<string, string> = {
		origin: init.origin ?? base,
		accept: 'application/json',
		'content-type': 'application/x-www-form-urlencoded',
		'x-sveltekit-action': 'true'
	};
	if (init.cookie) headers.cookie = init.cookie;
	const response = await fetch(`${base}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers,
		body: formBody(fields)
	});
	const text = await response.text();
	let raw: ActionResult & { data?: unknown };
	try {
		raw = JSON.parse(text);
	} catch {
		throw new Error(`Expected JSON from ${path}, got ${response.status}: ${text.slice(0, 300)}`);
	}
	const data = typeof raw.data === 'string' ? parse(raw.data) : raw.data;
	return { httpStatus: response.status, result: { ...raw, data } };
}

/** A plain HTML form post (no JavaScript): the answer is a page or a redirect. */
export function postForm(
	base: string,
	path: string,
	fields: Record<string, string | string[]>,
	init: { origin?: string; cookie?: string } = {}
): Promise<Response> {
	// A browser asks for HTML; without it SvelteKit answers an action with JSON.
	const headers: Record<string, string> = {
		origin: init.origin ?? base,
		accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
		'content-type': 'application/x-www-form-urlencoded'
	};
	if (init.cookie) headers.cookie = init.cookie;
	return fetch(`${base}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers,
		body: formBody(fields)
	});
}

function formBody(fields: Record<string, string | string[]>): URLSearchParams {
	const body = new URLSearchParams();
	for (const [key, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
	}
	return body;
}
