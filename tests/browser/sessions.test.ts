import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { DEMO_PASSWORD, demoEmail } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

// "Done when": the demo's facilitator runs a session of 20 on a 1024×768 tablet, end to end.

let server: RunningServer;
let browser: Browser;
let page: Page;
let db: DB;
let sessionId = 0;

interface Person {
	id: number;
	name: string;
	department: string;
	departmentId: number;
}
let invited: Person[] = [];
let linkedPair: [Person, Person];
const NEW_PEOPLE = [
	{ name: 'Sanne Spontaan', department: 'Belastingen' },
	{ name: 'Omar Onverwacht', department: 'Vastgoed' }
];
const TITLE = 'Bewustwording Stadskantoor';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
/** "A — B" or "B — A": lists show a pair in a fixed order, not the order tapped. */
const pairText = (a: string, b: string) =>
	new RegExp(`(${escape(a)} — ${escape(b)}|${escape(b)} — ${escape(a)})`);

async function linkSet(): Promise<Set<string>> {
	const rows = await db.selectFrom('link').select(['employee_a_id', 'employee_b_id']).execute();
	return new Set(rows.map((r) => pairKey(r.employee_a_id, r.employee_b_id)));
}

/** 18 demo people with unique names, round-robin over departments, starting with a linked pair. */
async function choosePeople(): Promise<Person[]> {
	const rows = await db
		.selectFrom('employee')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.leftJoin('app_user', 'app_user.employee_id', 'employee.id')
		.select([
			'employee.id',
			'employee.full_name as name',
			'department.name as department',
			'department.id as departmentId'
		])
		.where('employee.left_on', 'is', null)
		.where('app_user.id', 'is', null)
		.orderBy('employee.id')
		.execute();
	const lower = rows.map((r) => r.name.toLowerCase());
	const unique = rows.filter(
		(r) => lower.filter((n) => n.includes(r.name.toLowerCase())).length === 1
	);
	const links = await linkSet();
	const byId = new Map(unique.map((p) => [p.id, p]));
	const pair = [...links]
		.map((k) => k.split('-').map((id) => byId.get(Number(id))))
		.find(([a, b]) => a && b && a.departmentId !== b.departmentId) as [Person, Person];
	linkedPair = pair;
	const groups = new Map<number, Person[]>();
	for (const p of unique.filter((p) => p.id !== pair[0].id && p.id !== pair[1].id)) {
		groups.set(p.departmentId, [...(groups.get(p.departmentId) ?? []), p]);
	}
	const chosen: Person[] = [...pair];
	for (let round = 0; chosen.length < 19; round++) {
		for (const list of groups.values())
			if (list[round] && chosen.length < 19) chosen.push(list[round]);
	}
	return chosen; // 18 to invite, and one more for the 21st attempt
}

beforeAll(async () => {
	server = await startServer({ demo: true });
	db = openDatabase(server.databaseFile);
	browser = await launchBrowser();
	const context = await browser.newContext({
		viewport: { width: 1024, height: 768 },
		hasTouch: true
	});
	page = await context.newPage();
	await page.goto(`${server.url}/sessies`);
	await page.getByLabel('E-mailadres').fill(demoEmail('facilitator'));
	await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await page.getByRole('heading', { level: 1, name: 'Bewustwordingssessies' }).waitFor();
	invited = await choosePeople();
});

afterAll(async () => {
	await browser?.close();
	await db?.destroy();
	await server?.stop();
});

const count = () => page.getByTestId('participant-count').textContent();

describe('a bewustwordingssessie on a tablet', () => {
	it('creates a session and adds 20 participants; the 21st is refused with the reason', async () => {
		await page.getByRole('link', { name: 'Nieuwe sessie' }).tap();
		await page.getByLabel('Naam van de sessie').fill(TITLE);
		await page.getByLabel('Locatie').fill('Raadzaal');
		await page.getByRole('button', { name: 'Sessie aanmaken' }).tap();
		await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
		sessionId = Number(new URL(page.url()).pathname.split('/').pop());

		const existing = page.locator('form[action="?/addParticipant"]');
		for (const [i, p] of [...invited.slice(0, 18), invited[18]].entries()) {
			await existing.getByLabel('Collega', { exact: true }).pressSequentially(p.name, { delay: 5 });
			await existing.getByRole('button', { name: new RegExp(`^${escape(p.name)} — `) }).tap();
			await existing.getByRole('button', { name: 'Toevoegen' }).tap();
			if (i === 17) {
				await page.getByText('18 van 20 deelnemers').waitFor();
				const fresh = page.locator('form[action="?/addNewParticipant"]');
				for (const [j, n] of NEW_PEOPLE.entries()) {
					await fresh.getByLabel('Naam', { exact: true }).fill(n.name);
					await fresh.getByLabel('Afdeling').selectOption({ label: n.department });
					await fresh.getByRole('button', { name: 'Toevoegen' }).tap();
					await page.getByText(`${19 + j} van 20 deelnemers`).waitFor();
				}
			} else if (i < 17) {
				await page.getByText(`${i + 1} van 20 deelnemers`).waitFor();
			}
		}
		const refusal = page.getByTestId('participants-error');
		await refusal.waitFor();
		await expect(refusal.textContent()).resolves.toContain(
			'De methode werkt met hoogstens 20 deelnemers'
		);
		await expect(count()).resolves.toContain('20 van 20 deelnemers');
		const stored = await db
			.selectFrom('session_participant')
			.select('employee_id')
			.where('session_id', '=', sessionId)
			.execute();
		expect(stored).toHaveLength(20);
		expect(stored.map((r) => r.employee_id)).not.toContain(invited[18].id);
		const spontaneous = await db
			.selectFrom('employee')
			.select('id')
			.where(
				'full_name',
				'in',
				NEW_PEOPLE.map((n) => n.name)
			)
			.execute();
		expect(spontaneous).toHaveLength(2);
	});

	it('starts the session; a tap on two people records a link, undo removes it, a tap records it again', async () => {
		await page.getByRole('button', { name: 'Sessie starten' }).tap();
		await page.getByTestId('tap-board').waitFor();
		const tile = (name: string) =>
			page.getByTestId('tap-board').getByRole('button', { name: new RegExp(`^${escape(name)}`) });
		const box = await tile(invited[0].name).boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(48);

		const links = await linkSet();
		const [a, b] = [
			invited[2],
			invited
				.slice(3, 18)
				.find(
					(p) =>
						p.departmentId !== invited[2].departmentId && !links.has(pairKey(p.id, invited[2].id))
				)!
		];
		const feedback = page.getByTestId('feedback');
		const linkAB = () =>
			db
				.selectFrom('link')
				.selectAll()
				.where('employee_a_id', '=', Math.min(a.id, b.id))
				.where('employee_b_id', '=', Math.max(a.id, b.id))
				.executeTakeFirst();

		await tile(a.name).tap();
		await page.getByText(`Gekozen: ${a.name}. Tik nu op de tweede persoon.`).waitFor();
		await tile(b.name).tap();
		await page.getByText(`Verbinding vastgelegd: ${a.name} — ${b.name}`).waitFor();
		expect(await linkAB()).toMatchObject({ origin: 'sessie', session_id: sessionId, strength: 1 });

		await page.getByRole('button', { name: /^↶ Ongedaan maken: / }).tap();
		await feedback.filter({ hasText: 'Ongedaan gemaakt:' }).waitFor();
		await expect(feedback.textContent()).resolves.toMatch(pairText(a.name, b.name));
		await expect(page.getByRole('button', { name: /^↶ Ongedaan maken: / }).count()).resolves.toBe(
			0
		);
		expect(await linkAB()).toBeUndefined();

		await tile(b.name).tap();
		await tile(a.name).tap();
		await page.getByText(`Verbinding vastgelegd: ${b.name} — ${a.name}`).waitFor();
		expect(await linkAB()).toMatchObject({ session_id: sessionId });

		// A pair that was linked before: strengthened or confirmed, never a second link.
		const before = (await linkSet()).size;
		await page.getByRole('radio', { name: 'vertrouwen elkaar' }).check();
		await tile(linkedPair[0].name).tap();
		await tile(linkedPair[1].name).tap();
		await expect(feedback.filter({ hasText: 'Bestond al:' }).textContent()).resolves.toMatch(
			/versterkt tot vertrouwen elkaar|bevestigd/
		);
		expect((await linkSet()).size).toBe(before);

		// The two newcomers meet people from other departments.
		for (const [x, y] of [
			[NEW_PEOPLE[0].name, invited[5].name],
			[NEW_PEOPLE[1].name, NEW_PEOPLE[0].name]
		]) {
			await tile(x).tap();
			await tile(y).tap();
			await page.getByText(`Verbinding vastgelegd: ${x} — ${y}`).waitFor();
		}
		const crossCount = Number(await page.getByTestId('count-cross').textContent());
		expect(crossCount).toBeGreaterThanOrEqual(3);
		await page.locator('[data-testid="network-map"][data-painted="true"]').waitFor();
	});

	it('closes the session, and the report’s numbers are those in the database', async () => {
		await page.getByText('Sessie afsluiten', { exact: true }).last().tap();
		await page.getByRole('button', { name: 'Ja, sluit de sessie af' }).tap();
		await page.getByRole('heading', { level: 1, name: `Verslag: ${TITLE}` }).waitFor();

		// Independent of the report code: the participants, their departments and the link table.
		const members = await db
			.selectFrom('session_participant')
			.innerJoin('employee', 'employee.id', 'session_participant.employee_id')
			.select(['employee.id', 'employee.department_id'])
			.where('session_participant.session_id', '=', sessionId)
			.execute();
		const department = new Map(members.map((m) => [m.id, m.department_id]));
		const among = (
			await db
				.selectFrom('link')
				.select(['employee_a_id as a', 'employee_b_id as b', 'session_id'])
				.execute()
		).filter((l) => department.has(l.a) && department.has(l.b));
		const earlier = among.filter((l) => l.session_id !== sessionId);
		const cross = (ls: typeof among) =>
			ls.filter((l) => department.get(l.a) !== department.get(l.b));
		const pairs = (ls: typeof among) =>
			new Set(cross(ls).map((l) => pairKey(department.get(l.a)!, department.get(l.b)!)));
		const expected = {
			links: [earlier.length, among.length],
			cross: [cross(earlier).length, cross(among).length],
			'department-pairs': [pairs(earlier).size, pairs(among).size]
		};
		for (const [row, [before, after]] of Object.entries(expected)) {
			const cells = page.getByTestId(`report-${row}`);
			await expect(cells.getByTestId('before').textContent()).resolves.toBe(String(before));
			await expect(cells.getByTestId('after').textContent()).resolves.toBe(String(after));
		}
		const fresh = [...pairs(among)].filter((k) => !pairs(earlier).has(k)).length;
		expect(fresh).toBeGreaterThan(0);
		await expect(
			page.getByTestId('report-new-department-pairs').getByRole('listitem').count()
		).resolves.toBe(fresh);
		const sanneRow = page
			.getByTestId('report-participants')
			.locator('tr')
			.filter({ has: page.locator('th', { hasText: 'Sanne Spontaan' }) });
		await expect(sanneRow.textContent()).resolves.toContain('Omar Onverwacht');
	});

	it('shows on a person’s page where the link formed', async () => {
		const sanne = await db
			.selectFrom('employee')
			.select('id')
			.where('full_name', '=', 'Sanne Spontaan')
			.executeTakeFirstOrThrow();
		await page.goto(`${server.url}/medewerkers/${sanne.id}`);
		const held = (
			await db
				.selectFrom('session')
				.select('held_on')
				.where('title', '=', TITLE)
				.executeTakeFirstOrThrow()
		).held_on;
		await expect(page.getByTestId('formed-in-session').first().textContent()).resolves.toBe(
			`gevormd tijdens ${TITLE} op ${held}`
		);
	});
});
