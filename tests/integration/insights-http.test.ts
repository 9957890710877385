import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/lib/auth/roles';
import type { DB } from '../../src/lib/server/db/connection';
import { insightsFor } from '../../src/lib/server/insights/insights.service';
import { signInAs } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';
import { getPage, serverDb } from './helpers';

let server: RunningServer;
let db: DB;
const cookies = new Map<Role, string>();

beforeAll(async () => {
	server = await startServer({ demo: true });
	db = serverDb(server.databaseFile);
	for (const role of ['medewerker', 'facilitator', 'manager', 'beheerder'] as const) {
		cookies.set(role, await signInAs(server.url, role));
	}
});

afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

const api = (role: Role, query = '') =>
	getPage(server.url, `/api/insights${query}`, cookies.get(role)!);

async function everyName(): Promise<string[]> {
	const rows = await db.selectFrom('employee').select('full_name').execute();
	return rows.map((r) => r.full_name);
}

describe('GET /api/insights', () => {
	it('refuses signed-out visitors (401) and roles without insights.read (403)', async () => {
		const anonymous = await fetch(`${server.url}/api/insights`, { redirect: 'manual' });
		expect(anonymous.status).toBe(401);
		for (const role of ['medewerker', 'facilitator'] as const) {
			const response = await api(role);
			expect(response.status, role).toBe(403);
			expect(await response.text()).not.toContain('departments');
		}
	});

	it('gives a manager department figures only: no names, no named lists', async () => {
		const response = await api('manager');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/json');
		expect(response.headers.get('cache-control')).toBe('no-store');
		const text = await response.text();
		const body = JSON.parse(text);
		expect(body.tier).toBe('departments');
		expect(body.minGroupSize).toBe(5);
		expect(body.isolatedDepartments).toEqual(['Informatievoorziening']);
		expect(body.departmentPairsThroughOnePerson).toContainEqual(
			expect.objectContaining({ a: 'Belastingen', b: 'Sport & Cultuur' })
		);
		for (const key of ['articulationPoints', 'betweennessTop', 'brokers', 'whatIfLeaves']) {
			expect(body, key).not.toHaveProperty(key);
		}
		const names = await everyName();
		expect(names.length).toBeGreaterThan(200);
		const leaked = names.filter((name) => text.includes(name));
		expect(leaked).toEqual([]);
	});

	it('gives the beheerder the named tier, the same report the service computes', async () => {
		const response = await api('beheerder');
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body.tier).toBe('named');
		const expected = await insightsFor(db, { tier: 'named' });
		expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
		const junction = body.departmentPairsThroughOnePerson.find(
			(p: { a: string; b: string }) => p.a === 'Belastingen' && p.b === 'Sport & Cultuur'
		);
		expect(junction.people).toHaveLength(1);
		expect(junction.people[0].department).toBe('Belastingen');
		expect(body.betweennessTop).toHaveLength(10);
		expect(body.brokers.length).toBeGreaterThan(0);
	});

	it('counts links up to the peildatum', async () => {
		const today = await (await api('manager')).json();
		const response = await api('manager', '?peildatum=2025-01-01');
		expect(response.status).toBe(200);
		const then = await response.json();
		expect(then.asOf).toBe('2025-01-01');
		expect(then.nodes).toBe(today.nodes);
		const row = await db
			.selectFrom('link')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('formed_on', '<=', '2025-01-01')
			.executeTakeFirstOrThrow();
		expect(then.links).toBe(Number(row.n));
		expect(then.links).toBeLessThan(today.links);
	});

	it('answers a malformed peildatum with 400 and a Dutch message, not a 500', async () => {
		for (const bad of ['31-12-2025', '2025-02-30', 'gisteren']) {
			const response = await api('manager', `?peildatum=${encodeURIComponent(bad)}`);
			expect(response.status, bad).toBe(400);
			const body = await response.json();
			expect(body).toEqual({
				error: 'Vul een echte datum in, zoals 2026-03-01 (jaar-maand-dag).',
				field: 'peildatum'
			});
		}
	});
});

describe('the /inzichten page over HTTP', () => {
	it('is refused to others, and shown to a manager without any name', async () => {
		for (const role of ['medewerker', 'facilitator'] as const) {
			expect((await getPage(server.url, '/inzichten', cookies.get(role)!)).status, role).toBe(403);
		}
		const anonymous = await fetch(`${server.url}/inzichten`, { redirect: 'manual' });
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toBe('/inloggen?terug=%2Finzichten');
		const response = await getPage(server.url, '/inzichten', cookies.get('manager')!);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('Informatievoorziening');
		expect(html).not.toContain('Alleen zichtbaar voor beheerders');
		// The header shows the manager's own name; everyone else's must be absent, page data included.
		const own = await db
			.selectFrom('app_user')
			.innerJoin('employee', 'employee.id', 'app_user.employee_id')
			.select('full_name')
			.where('app_user.email', '=', 'manager@voorbeeldstad.nl')
			.executeTakeFirstOrThrow();
		const leaked = (await everyName()).filter((n) => n !== own.full_name && html.includes(n));
		expect(leaked).toEqual([]);
	});

	it('shows the beheerder the named section', async () => {
		const html = await (await getPage(server.url, '/inzichten', cookies.get('beheerder')!)).text();
		expect(html).toContain('Alleen zichtbaar voor beheerders');
		const named = await insightsFor(db, { tier: 'named' });
		expect(html).toContain(named.brokers[0].name);
	});

	it('keeps a malformed peildatum in the field with a message, and shows today', async () => {
		const response = await getPage(
			server.url,
			'/inzichten?peildatum=1-3-2026',
			cookies.get('manager')!
		);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('Vul een echte datum in');
		expect(html).toContain('value="1-3-2026"');
		expect(html).toContain('Cijfers van vandaag');
	});
});
