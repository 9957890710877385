import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { signInAs } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let db: DB;

beforeAll(async () => {
	server = await startServer({
		demo: true,
		env: { REPORT_MAILBOX: 'meldpunt@voorbeeldstad.nl', REPORT_URL: 'javascript:alert(1)' }
	});
	db = openDatabase(server.databaseFile);
});

afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

async function home(role: 'medewerker' | 'facilitator' | 'manager' | 'beheerder') {
	const response = await fetch(`${server.url}/`, {
		headers: { cookie: await signInAs(server.url, role), accept: 'text/html' }
	});
	expect(response.status).toBe(200);
	return response.text();
}

describe('the start page', () => {
	it('lists every active contact point and the municipality’s own reporting channel', async () => {
		const contacts = await db
			.selectFrom('employee')
			.select('full_name')
			.where('is_contact_point', '=', 1)
			.where('left_on', 'is', null)
			.execute();
		expect(contacts.length).toBeGreaterThan(0);
		const html = await home('medewerker');
		expect(html).toContain(`Aanspreekpunten ondermijning (${contacts.length})`);
		for (const c of contacts) expect(html).toContain(c.full_name.replace(/'/g, '&#39;'));
		expect(html).toContain('mailto:meldpunt@voorbeeldstad.nl');
		// Only http(s) addresses become a link: a mistyped setting must not run script.
		expect(html).not.toContain('javascript:alert');
	});

	it('offers each role only the tasks it may do', async () => {
		const medewerker = await home('medewerker');
		expect(medewerker).toContain('Wie bel ik?');
		expect(medewerker).not.toContain('href="/sessies"');
		expect(medewerker).not.toContain('href="/inzichten"');
		expect(await home('facilitator')).toContain('href="/sessies"');
		const manager = await home('manager');
		expect(manager).toContain('href="/inzichten"');
		expect(manager).not.toContain('href="/beheer"');
		expect(await home('beheerder')).toContain('href="/beheer"');
	});

	it('lists the sessions the person took part in, with their report', async () => {
		const me = await db
			.selectFrom('app_user')
			.select('employee_id')
			.where('email', '=', 'medewerker@voorbeeldstad.nl')
			.executeTakeFirstOrThrow();
		const at = new Date().toISOString();
		const session = await db
			.insertInto('session')
			.values({
				title: 'Sessie Stadskantoor',
				held_on: '2026-11-20',
				location: '',
				notes: '',
				status: 'closed',
				begrip: '',
				created_by_user_id: null,
				created_at: at,
				updated_at: at
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		expect(await home('medewerker')).not.toContain('Sessie Stadskantoor');
		await db
			.insertInto('session_participant')
			.values({ session_id: session.id, employee_id: me.employee_id, added_at: at })
			.execute();
		const html = await home('medewerker');
		expect(html).toContain('Sessie Stadskantoor');
		expect(html).toContain(`href="/sessies/${session.id}/verslag"`);
	});
});
