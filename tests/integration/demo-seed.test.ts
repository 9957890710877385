import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connection';
import { demoEmail, signInAs } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';
import { auditRows, count, getPage, postForm, serverDb } from './helpers';

let server: RunningServer;
let db: DB;
/** A medewerker's session: the pages below are open to every role. */
let cookie: string;

beforeAll(async () => {
	server = await startServer({ demo: true });
	db = serverDb(server.databaseFile);
	cookie = await signInAs(server.url, 'medewerker');
});
afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

describe('the demo municipality', () => {
	it('has the named departments', async () => {
		const names = (await db.selectFrom('department').select('name').execute()).map((d) => d.name);
		expect(names.length).toBeGreaterThanOrEqual(10);
		expect(names).toEqual(
			expect.arrayContaining([
				'Veiligheid & Handhaving',
				'Vastgoed',
				'Stedelijke ontwikkeling',
				'Publieksplein'
			])
		);
	});

	it('has enough people and links, and nobody without a department', async () => {
		expect(await count(db, 'employee')).toBeGreaterThanOrEqual(200);
		expect(await count(db, 'link')).toBeGreaterThanOrEqual(500);
		const { rows } = await sql<{ n: number }>`
			SELECT count(*) AS n FROM department d
			WHERE NOT EXISTS (SELECT 1 FROM employee e WHERE e.department_id = d.id)`.execute(db);
		expect(rows[0].n).toBe(0);
	});

	it('stores every unordered pair once, lowest id first', async () => {
		const { rows } = await sql<{ total: number; pairs: number; wrongWay: number; self: number }>`
			SELECT count(*) AS total,
				(SELECT count(*) FROM (
					SELECT DISTINCT min(employee_a_id, employee_b_id), max(employee_a_id, employee_b_id)
					FROM link)) AS pairs,
				sum(employee_a_id > employee_b_id) AS wrongWay,
				sum(employee_a_id = employee_b_id) AS self
			FROM link`.execute(db);
		expect(rows[0].pairs).toBe(rows[0].total);
		expect(rows[0].wrongWay).toBe(0);
		expect(rows[0].self).toBe(0);
	});

	it('has a department with inside links but none to any other department', async () => {
		const { rows } = await sql<{ name: string; inside: number }>`
			SELECT d.name,
				(SELECT count(*) FROM link l
					JOIN employee a ON a.id = l.employee_a_id
					JOIN employee b ON b.id = l.employee_b_id
					WHERE a.department_id = d.id AND b.department_id = d.id) AS inside
			FROM department d
			WHERE NOT EXISTS (
				SELECT 1 FROM link l
				JOIN employee a ON a.id = l.employee_a_id
				JOIN employee b ON b.id = l.employee_b_id
				WHERE (a.department_id = d.id) <> (b.department_id = d.id))`.execute(db);
		expect(rows.length).toBeGreaterThanOrEqual(1);
		expect(rows.some((r) => r.inside > 0)).toBe(true);
	});

	it('has one account per role, each tied to a person, and logs their creation', async () => {
		const users = await db
			.selectFrom('app_user')
			.select(['email', 'role', 'employee_id'])
			.orderBy('id')
			.execute();
		const roles = ['beheerder', 'manager', 'facilitator', 'medewerker'] as const;
		expect(users.map((u) => [u.email, u.role])).toEqual(roles.map((r) => [demoEmail(r), r]));
		expect(new Set(users.map((u) => u.employee_id)).size).toBe(4);
		const logged = await auditRows(db, 'user.create');
		expect(logged.map((r) => r.actor_email)).toEqual(['systeem', 'systeem', 'systeem', 'systeem']);
	});

	it('shows the counts on the start page', async () => {
		const response = await getPage(server.url, '/', cookie);
		expect(response.status).toBe(200);
		const html = await response.text();
		const [departments, employees, links] = [
			await count(db, 'department'),
			await count(db, 'employee'),
			await count(db, 'link')
		];
		expect(html).toContain(`<a class="utrecht-link" href="/afdelingen">${departments}</a>`);
		expect(html).toContain(`<a class="utrecht-link" href="/medewerkers">${employees}</a>`);
		expect(html).toMatch(new RegExp(`<dd[^>]*>${links}</dd>`));
	});
});

describe('the language switch', () => {
	it('sets a cookie and the next page is in English', async () => {
		const dutch = await (await getPage(server.url, '/medewerkers', cookie)).text();
		expect(dutch).toContain('Medewerkers');
		expect(dutch).toContain('<html lang="nl"');

		const response = await postForm(server.url, '/taal', { taal: 'en', terug: '/medewerkers' });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/medewerkers');
		const setCookie = response.headers.get('set-cookie') ?? '';
		expect(setCookie).toMatch(/^taal=en;/);
		expect(setCookie).toMatch(/HttpOnly/i);
		expect(setCookie).toMatch(/SameSite=Lax/i);

		const language = setCookie.split(';')[0];
		const english = await (
			await getPage(server.url, '/medewerkers', `${language}; ${cookie}`)
		).text();
		expect(english).toContain('Employees');
		expect(english).toContain('<html lang="en"');
		expect(english).not.toContain('>Medewerkers<');
	});

	it('ignores an unknown language', async () => {
		const response = await postForm(server.url, '/taal', { taal: 'de', terug: '/' });
		expect(response.status).toBe(303);
		expect(response.headers.get('set-cookie')).toBeNull();
	});

	const back = async (terug: string) => {
		const response = await postForm(server.url, '/taal', { taal: 'en', terug });
		expect(response.status, JSON.stringify(terug)).toBe(303);
		// Resolved as a browser does, which also drops tabs and newlines from a URL.
		return new URL(response.headers.get('location') ?? '', server.url);
	};

	it('sends people back to the page they came from', async () => {
		const target = await back('/afdelingen?melding=common.saved');
		expect(target.href).toBe(`${server.url}/afdelingen?melding=common.saved`);
	});

	it('does not send people to another site', async () => {
		for (const terug of ['https://evil.example/', '//evil.example/', '/\\evil.example/']) {
			expect((await back(terug)).href, terug).toBe(`${server.url}/`);
		}
	});

	it('does not send people to another site with a tab in the path', async () => {
		expect((await back('/\t/evil.example/')).origin).toBe(server.url);
	});

	it('answers a newline in the path with a redirect home, not a server error', async () => {
		for (const terug of ['/\n/evil.example/', '/\r\n/evil.example/']) {
			expect((await back(terug)).origin, JSON.stringify(terug)).toBe(server.url);
		}
	});
});
