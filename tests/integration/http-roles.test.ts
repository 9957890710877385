import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/lib/auth/roles';
import type { DB } from '../../src/lib/server/db/connection';
import { addLink } from '../../src/lib/server/links/links.service';
import { addAccount, DEMO_PASSWORD, postSignIn } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';
import { employeeFields } from './fixtures';
import {
	addDepartment,
	addPerson,
	auditCount,
	counts,
	getPage,
	lastAudit,
	postAction,
	postForm,
	serverDb,
	TEST_ACTOR
} from './helpers';

// Object-level rules on top of the role matrix (docs/security.md): whose page, whose profile.

let server: RunningServer;
let db: DB;

interface Account {
	userId: number;
	employeeId: number;
	email: string;
	cookie: string;
}
const as: Partial<Record<Role, Account>> = {};
const account = (role: Role) => as[role] as Account;

let wijkteam: number;
let elders: number;
let ria: number;
let sem: number;
let tom: number;
let riaSem: number;

const person = employeeFields;
const employee = (id: number) =>
	db.selectFrom('employee').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const link = (id: number) =>
	db.selectFrom('link').selectAll().where('id', '=', id).executeTakeFirst();

/** Everything a refused request must leave alone: the data and the audit log. */
const snapshot = async () => ({ ...(await counts(db)), audit: await auditCount(db) });

/** What a browser sends for a form on a page: its inputs, ticked boxes and chosen options. */
function formFields(html: string, action: string): Record<string, string | string[]> {
	const start = html.indexOf(`action="${action}"`);
	if (start < 0) throw new Error(`No form with action ${action}`);
	const form = html.slice(start, html.indexOf('</form>', start));
	const attr = (tag: string, name: string) =>
		new RegExp(`\\s${name}="([^"]*)"`)
			.exec(tag)?.[1]
			?.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&');
	const fields: Record<string, string[]> = {};
	const add = (name: string | undefined, value: string) => {
		if (name) (fields[name] ??= []).push(value);
	};
	for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
		const type = attr(tag, 'type') ?? 'text';
		if ((type === 'checkbox' || type === 'radio') && !/\schecked(\s|=|>|\/)/.test(tag)) continue;
		add(attr(tag, 'name'), attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : ''));
	}
	for (const [, name, options] of form.matchAll(
		/<select\b[^>]*\sname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g
	)) {
		const chosen = /<option\b[^>]*\svalue="([^"]*)"[^>]*\sselected/.exec(options);
		add(name, chosen?.[1] ?? '');
	}
	return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
}

beforeAll(async () => {
	server = await startServer({ demo: false });
	db = serverDb(server.databaseFile);
	for (const role of ['medewerker', 'facilitator', 'manager', 'beheerder'] as const) {
		const added = await addAccount(db, role);
		const signIn = await postSignIn(server.url, added.email, DEMO_PASSWORD);
		if (!signIn.cookie) throw new Error(`Sign-in as ${role} failed with status ${signIn.status}`);
		as[role] = { ...added, cookie: signIn.cookie };
	}
	wijkteam = await addDepartment(db, 'Wijkteam');
	elders = await addDepartment(db, 'Elders');
	ria = await addPerson(db, { fullName: 'Ria Ander', departmentId: wijkteam });
	sem = await addPerson(db, { fullName: 'Sem Sterk', departmentId: wijkteam });
	tom = await addPerson(db, { fullName: 'Tom Derde', departmentId: elders });
	riaSem = await addLink(db, TEST_ACTOR, { from: ria, to: sem, strength: 2 });
});
afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

describe('a medewerker', () => {
	it('adds a link on their own page', async () => {
		const me = account('medewerker');
		const response = await postForm(
			server.url,
			`/medewerkers/${me.employeeId}?/addLink`,
			{ colleague: '', colleagueId: String(ria), strength: '3', note: 'Buren' },
			{ cookie: me.cookie }
		);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe(
			`/medewerkers/${me.employeeId}?melding=link.added&naam=Ria+Ander`
		);
		const row = await db
			.selectFrom('link')
			.selectAll()
			.where('employee_a_id', '=', Math.min(me.employeeId, ria))
			.where('employee_b_id', '=', Math.max(me.employeeId, ria))
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({ strength: 3, note: 'Buren', recorded_by_user_id: me.userId });
		expect(await lastAudit(db)).toMatchObject({
			action: 'link.create',
			entity_id: row.id,
			actor_user_id: me.userId,
			actor_email: me.email
		});
	});

	it("gets 403 adding a link on someone else's page, and nothing is written", async () => {
		const me = account('medewerker');
		const before = await snapshot();
		const fields = { colleague: '', colleagueId: String(tom), strength: '2', note: '' };
		const plain = await postForm(server.url, `/medewerkers/${ria}?/addLink`, fields, {
			cookie: me.cookie
		});
		expect(plain.status).toBe(403);
		const enhanced = await postAction(server.url, `/medewerkers/${ria}?/addLink`, fields, {
			cookie: me.cookie
		});
		expect(enhanced.httpStatus).toBe(403);
		expect(enhanced.result.type).toBe('error');
		expect(await snapshot()).toEqual(before);
	});

	it('gets 403 changing or removing a link between two other people', async () => {
		const me = account('medewerker');
		const before = await snapshot();
		const change = await postAction(
			server.url,
			`/medewerkers/${ria}?/changeLink`,
			{ linkId: String(riaSem), strength: '1' },
			{ cookie: me.cookie }
		);
		expect(change.httpStatus).toBe(403);
		const remove = await postAction(
			server.url,
			`/medewerkers/${sem}?/removeLink`,
			{ linkId: String(riaSem) },
			{ cookie: me.cookie }
		);
		expect(remove.httpStatus).toBe(403);
		expect(await link(riaSem)).toMatchObject({ strength: 2 });
		expect(await snapshot()).toEqual(before);
	});

	it('keeps their department when their own profile update sends another one', async () => {
		const me = account('medewerker');
		const mine = await employee(me.employeeId);
		expect(mine.department_id).not.toBe(elders);
		const response = await postForm(
			server.url,
			`/medewerkers/${me.employeeId}/bewerken?/update`,
			person('Mila Medewerker', elders, {
				jobTitle: 'Wijkregisseur',
				isContactPoint: 'on',
				externalId: 'HR-EIGEN'
			}),
			{ cookie: me.cookie }
		);
		expect(response.status).toBe(303);
		expect(await employee(me.employeeId)).toMatchObject({
			full_name: 'Mila Medewerker',
			job_title: 'Wijkregisseur',
			department_id: mine.department_id,
			is_contact_point: mine.is_contact_point,
			external_id: mine.external_id
		});
		expect(await lastAudit(db)).toMatchObject({
			action: 'employee.update',
			entity_id: me.employeeId,
			actor_user_id: me.userId
		});
	});

	it('saves their own profile with just the fields their edit form has', async () => {
		const me = account('medewerker');
		const page = await getPage(server.url, `/medewerkers/${me.employeeId}/bewerken`, me.cookie);
		expect(page.status).toBe(200);
		const fields = formFields(await page.text(), '?/update');
		// Their form leaves out what only the beheerder sets.
		expect(fields).not.toHaveProperty('isContactPoint');
		expect(fields).not.toHaveProperty('externalId');
		const response = await postAction(
			server.url,
			`/medewerkers/${me.employeeId}/bewerken?/update`,
			{ ...fields, phone: '06-12345678' },
			{ cookie: me.cookie }
		);
		expect(response.result).toEqual({
			type: 'redirect',
			status: 303,
			location: `/medewerkers/${me.employeeId}?melding=common.saved`
		});
		expect((await employee(me.employeeId)).phone).toBe('06-12345678');
	});

	it("gets 403 editing someone else's profile or marking themself as left", async () => {
		const me = account('medewerker');
		const before = await snapshot();
		const riaBefore = await employee(ria);
		const other = await postForm(
			server.url,
			`/medewerkers/${ria}/bewerken?/update`,
			person('Ria Overgenomen', wijkteam),
			{ cookie: me.cookie }
		);
		expect(other.status).toBe(403);
		const leave = await postAction(
			server.url,
			`/medewerkers/${me.employeeId}/bewerken?/leave`,
			{ leftOn: '2026-12-31' },
			{ cookie: me.cookie }
		);
		expect(leave.httpStatus).toBe(403);
		expect(await employee(ria)).toEqual(riaBefore);
		expect((await employee(me.employeeId)).left_on).toBeNull();
		expect(await snapshot()).toEqual(before);
	});
});

describe('a facilitator', () => {
	it('creates an employee', async () => {
		const me = account('facilitator');
		const { result } = await postAction(
			server.url,
			'/medewerkers/nieuw',
			person('Nina Nieuw', wijkteam, { isContactPoint: 'on' }),
			{ cookie: me.cookie }
		);
		expect(result).toMatchObject({ type: 'redirect', status: 303 });
		const row = await db
			.selectFrom('employee')
			.selectAll()
			.where('full_name', '=', 'Nina Nieuw')
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({ department_id: wijkteam, is_contact_point: 1 });
		expect(result.location).toBe(`/medewerkers/${row.id}?melding=employee.created&naam=Nina+Nieuw`);
		expect(await lastAudit(db)).toMatchObject({
			action: 'employee.create',
			entity_id: row.id,
			actor_user_id: me.userId
		});
	});

	it('gets 403 creating a department, and nothing is written', async () => {
		const me = account('facilitator');
		const before = await snapshot();
		const fields = { name: 'Eigen Afdeling', description: '', color: '#1f77b4' };
		const plain = await postForm(server.url, '/afdelingen?/create', fields, { cookie: me.cookie });
		expect(plain.status).toBe(403);
		const enhanced = await postAction(server.url, '/afdelingen?/create', fields, {
			cookie: me.cookie
		});
		expect(enhanced.httpStatus).toBe(403);
		expect(await snapshot()).toEqual(before);
	});

	it('records a link between two other people', async () => {
		const me = account('facilitator');
		const response = await postForm(
			server.url,
			`/medewerkers/${sem}?/addLink`,
			{ colleague: '', colleagueId: String(tom), strength: '1', note: '' },
			{ cookie: me.cookie }
		);
		expect(response.status).toBe(303);
		expect(await lastAudit(db)).toMatchObject({ action: 'link.create', actor_user_id: me.userId });
	});

	it("gets 403 editing someone else's profile", async () => {
		const me = account('facilitator');
		const before = await snapshot();
		const response = await postForm(
			server.url,
			`/medewerkers/${tom}/bewerken?/update`,
			person('Tom Anders', elders),
			{ cookie: me.cookie }
		);
		expect(response.status).toBe(403);
		expect((await employee(tom)).full_name).toBe('Tom Derde');
		expect(await snapshot()).toEqual(before);
	});
});

describe('a manager', () => {
	it('gets 403 creating an employee', async () => {
		const me = account('manager');
		const before = await snapshot();
		const { httpStatus } = await postAction(
			server.url,
			'/medewerkers/nieuw',
			person('Mag Niet', wijkteam),
			{ cookie: me.cookie }
		);
		expect(httpStatus).toBe(403);
		expect(await snapshot()).toEqual(before);
	});
});
