import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connection';
import type { RunningServer } from '../support/server';
import { employeeFields, serverWithBeheerder, type Account } from './fixtures';
import {
	auditCount,
	auditRows,
	counts,
	departmentIdByName,
	employeeIdByName,
	getPage,
	lastAudit,
	postAction,
	postForm
} from './helpers';

let server: RunningServer;
let db: DB;
const ids: Record<string, number> = {};
/** A beheerder, who may do everything these tests do, and their session cookie. */
let admin: Account;
let cookie: string;
const post = (path: string, fields: Record<string, string | string[]>) =>
	postAction(server.url, path, fields, { cookie });

const person = (fullName: string, departmentId: number, extra = {}) =>
	employeeFields(fullName, departmentId, { isContactPoint: 'on', ...extra });
const employeeId = (fullName: string) => employeeIdByName(db, fullName);

beforeAll(async () => {
	({ server, db, admin, cookie } = await serverWithBeheerder());
	const created = await post('/afdelingen?/create', {
		name: 'Stadsbeheer',
		description: '',
		color: '#2ca02c'
	});
	expect(created.result.type).toBe('redirect');
	// By name: the beheerder's own department (from addAccount) came first.
	const dept = await departmentIdByName(db, 'Stadsbeheer');
	ids.dept = dept;
	for (const name of ['Marieke Jansen', 'Marco Jansma', 'Jan Smit', 'Mark Vertrokken']) {
		const { result } = await post('/medewerkers/nieuw', person(name, dept));
		expect(result.type).toBe('redirect');
		ids[name] = await employeeId(name);
	}
	const left = await post(`/medewerkers/${ids['Mark Vertrokken']}/bewerken?/leave`, {
		leftOn: '2026-02-01'
	});
	expect(left.result.type).toBe('redirect');
	expect(await lastAudit(db)).toMatchObject({
		action: 'employee.leave',
		entity_id: ids['Mark Vertrokken'],
		actor_user_id: admin.userId
	});
});
afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

describe('plain form posts (no JavaScript)', () => {
	it('answers bad input with a 400 page that shows the Dutch message', async () => {
		const before = await counts(db);
		const logged = await auditCount(db);
		const response = await postForm(
			server.url,
			'/afdelingen?/create',
			{ name: '', description: 'Bewaard', color: '#1f77b4' },
			{ cookie }
		);
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toContain('text/html');
		const html = await response.text();
		expect(html).toContain('Vul dit veld in.');
		expect(html).toContain('aria-invalid="true"');
		expect(html).toContain('Bewaard');
		expect(await counts(db)).toEqual(before);
		expect(await auditCount(db)).toBe(logged);
	});

	it('redirects with 303 after a good post', async () => {
		const response = await postForm(
			server.url,
			'/afdelingen?/create',
			{ name: 'Groen', description: '', color: '#2ca02c' },
			{ cookie }
		);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe(
			'/afdelingen?melding=department.created&naam=Groen'
		);
		expect(await lastAudit(db)).toMatchObject({
			action: 'department.create',
			actor_user_id: admin.userId,
			summary: 'Groen'
		});
	});

	it('saves unticking the contact-point checkbox on the edit form', async () => {
		const id = ids['Jan Smit'];
		const unticked: Record<string, string> = person('Jan Smit', ids.dept);
		delete unticked.isContactPoint;
		const response = await postForm(server.url, `/medewerkers/${id}/bewerken?/update`, unticked, {
			cookie
		});
		expect(response.status).toBe(303);
		const row = await db
			.selectFrom('employee')
			.select('is_contact_point')
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row.is_contact_point).toBe(0);
		expect(await lastAudit(db)).toMatchObject({
			action: 'employee.update',
			entity_id: id,
			actor_user_id: admin.userId
		});
	});
});

describe('edit page actions', () => {
	it('refuses a leaving date that is not a date', async () => {
		const id = ids['Marieke Jansen'];
		const { result } = await post(`/medewerkers/${id}/bewerken?/leave`, {
			leftOn: '31-12-2026'
		});
		expect(result).toMatchObject({ type: 'failure', status: 400 });
		expect(result.data).toMatchObject({ form: 'leave', errors: { leftOn: { key: 'error.date' } } });
		const row = await db
			.selectFrom('employee')
			.select('left_on')
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row.left_on).toBeNull();
	});

	it('refuses to delete a department that still has people, counting those who left', async () => {
		const inIt = await db
			.selectFrom('employee')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('department_id', '=', ids.dept)
			.executeTakeFirstOrThrow();
		const before = await counts(db);
		const logged = await auditCount(db);
		const { result } = await post(`/afdelingen/${ids.dept}?/delete`, {});
		expect(result).toMatchObject({ type: 'failure', status: 400 });
		expect(result.data?.errors).toEqual({
			form: { key: 'error.department.notEmpty', params: { count: Number(inIt.n) } }
		});
		expect(await counts(db)).toEqual(before);
		expect(await auditCount(db)).toBe(logged);
	});

	it('deletes a person only after confirmation', async () => {
		await post('/medewerkers/nieuw', person('Tijdelijk Iemand', ids.dept));
		const id = await employeeId('Tijdelijk Iemand');
		const before = await counts(db);
		const path = `/medewerkers/${id}/bewerken?/delete`;
		const refusedDelete = await post(path, {});
		expect(refusedDelete.result.data?.errors).toEqual({
			confirm: { key: 'error.employee.confirmDelete' }
		});
		expect(await counts(db)).toEqual(before);
		expect(await auditRows(db, 'employee.delete')).toEqual([]);
		const { result } = await post(path, { confirm: 'ja' });
		expect(result).toEqual({
			type: 'redirect',
			status: 303,
			location: '/medewerkers?melding=common.deleted'
		});
		expect((await counts(db)).employee).toBe(before.employee - 1);
		expect(await auditRows(db, 'employee.delete')).toEqual([
			expect.objectContaining({
				entity_type: 'employee',
				entity_id: id,
				actor_user_id: admin.userId,
				actor_email: admin.email,
				summary: 'Tijdelijk Iemand'
			})
		]);
	});
});

describe('cross-site requests', () => {
	it('refuses a form post from another origin with 403 and writes nothing', async () => {
		const before = await counts(db);
		const logged = await auditCount(db);
		const fields = { name: 'Kwaadaardig', description: '', color: '#d62728' };
		// With the beheerder's cookie, as a browser would send it: the origin alone must refuse.
		const plain = await postForm(server.url, '/afdelingen?/create', fields, {
			origin: 'https://evil.example',
			cookie
		});
		expect(plain.status).toBe(403);
		const enhanced = await fetch(`${server.url}/afdelingen?/create`, {
			method: 'POST',
			headers: {
				cookie,
				origin: 'https://evil.example',
				accept: 'application/json',
				'content-type': 'application/x-www-form-urlencoded',
				'x-sveltekit-action': 'true'
			},
			body: new URLSearchParams(fields)
		});
		expect(enhanced.status).toBe(403);
		expect(await counts(db)).toEqual(before);
		expect(await auditCount(db)).toBe(logged);
	});
});

describe('colleague search API', () => {
	const search = async (query: string) => {
		const response = await getPage(server.url, `/api/medewerkers/zoek?${query}`, cookie);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/json');
		return (await response.json()) as { id: number; name: string; department: string }[];
	};

	it('returns matching active people with their department, sorted by name', async () => {
		expect(await search('q=mar')).toEqual([
			{ id: ids['Marco Jansma'], name: 'Marco Jansma', department: 'Stadsbeheer' },
			{ id: ids['Marieke Jansen'], name: 'Marieke Jansen', department: 'Stadsbeheer' }
		]);
	});

	it('leaves out the person themself and people who left', async () => {
		const names = (await search(`q=jans&behalve=${ids['Marco Jansma']}`)).map((r) => r.name);
		expect(names).toEqual(['Marieke Jansen']);
		expect(await search('q=vertrokken')).toEqual([]);
	});

	it('needs at least two characters and treats wildcards literally', async () => {
		expect(await search('q=m')).toEqual([]);
		expect(await search('q=')).toEqual([]);
		expect(await search(`q=${encodeURIComponent('%%')}`)).toEqual([]);
		expect(await search(`q=${encodeURIComponent('__')}`)).toEqual([]);
	});
});

describe('page responses', () => {
	it('carry the security headers', async () => {
		const response = await getPage(server.url, '/afdelingen', cookie);
		expect(response.status).toBe(200);
		const csp = response.headers.get('content-security-policy') ?? '';
		const directives = new Map(
			csp
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter((parts) => parts[0])
				.map(([name, ...values]) => [name, values] as const)
		);
		expect(directives.get('script-src')).toContain("'self'");
		expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
		expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
		expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(['no-referrer', 'same-origin']).toContain(response.headers.get('referrer-policy'));
		expect(response.headers.get('permissions-policy')).toContain('camera=()');
		expect(response.headers.get('cache-control')).toBe('no-store');
		const html = await response.text();
		expect(html).toContain('<html lang="nl"');
	});

	it('answer 404, not 500, for people and departments that do not exist', async () => {
		for (const path of [
			'/medewerkers/999999',
			'/medewerkers/abc',
			'/medewerkers/-1',
			'/medewerkers/999999/bewerken',
			'/afdelingen/999999',
			'/afdelingen/abc'
		]) {
			const response = await getPage(server.url, path, cookie);
			expect(response.status, path).toBe(404);
			expect(await response.text(), path).toContain('Niet gevonden');
		}
	});

	it('show a person that does exist', async () => {
		const response = await getPage(server.url, `/medewerkers/${ids['Marieke Jansen']}`, cookie);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('Marieke Jansen');
	});
});
