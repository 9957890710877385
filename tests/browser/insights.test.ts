import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../src/lib/auth/roles';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { insightsFor, type NamedReport } from '../../src/lib/server/insights/insights.service';
import { DEMO_PASSWORD, demoEmail } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let browser: Browser;
let db: DB;
let named: NamedReport;

beforeAll(async () => {
	server = await startServer({ demo: true });
	db = openDatabase(server.databaseFile);
	browser = await launchBrowser();
	named = await insightsFor(db, { tier: 'named' });
});

afterAll(async () => {
	await browser?.close();
	await db?.destroy();
	await server?.stop();
});

/** Opens /inzichten in a fresh context: the sign-in form brings the person back there. */
async function insightsAs(role: Role): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	const page = await context.newPage();
	await page.goto(`${server.url}/inzichten`);
	await page.getByLabel('E-mailadres').fill(demoEmail(role));
	await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
	await page.getByRole('heading', { name: 'Inzichten', level: 1 }).waitFor();
	return page;
}

/** The demo's junction person (Belastingen – Sport & Cultuur), top brokers and go-betweens. */
function sensitiveNames(): string[] {
	const junction = named.departmentPairsThroughOnePerson.find(
		(p) => p.a === 'Belastingen' && p.b === 'Sport & Cultuur'
	)!;
	return [
		...junction.people.map((p) => p.name),
		...named.brokers.map((p) => p.name),
		...named.betweennessTop.map((p) => p.name),
		...named.articulationPoints
	];
}

describe('/inzichten for a manager', () => {
	let page: Page;
	beforeAll(async () => {
		page = await insightsAs('manager');
	});

	it('shows the heat map with one cell per pair of departments, each with a text label', async () => {
		const cells = page.getByTestId('heatmap').getByRole('img');
		await expect(cells.count()).resolves.toBe(12 * 12);
		const label = await cells.nth(1).getAttribute('aria-label');
		expect(label).toMatch(/^Belastingen en .+: \d+ verbinding\(en\), dichtheid [\d,]+%$/);
	});

	it('names Informatievoorziening as standing alone', async () => {
		const isolated = await page.getByTestId('isolated-departments').innerText();
		expect(isolated.trim()).toBe('Informatievoorziening');
	});

	it('shows Belastingen – Sport & Cultuur as hanging on one person, without the person', async () => {
		const item = page.getByTestId('one-person-pairs').getByRole('listitem').filter({
			hasText: 'Belastingen – Sport & Cultuur'
		});
		await expect(item.count()).resolves.toBe(1);
		await expect(item.innerText()).resolves.toMatch(
			/^Belastingen – Sport & Cultuur: \d verbinding/
		);
		await expect(item.getByRole('link').count()).resolves.toBe(0);
	});

	it('shows no employee names and no named section', async () => {
		const text = await page.locator('#inhoud').innerText();
		const names = sensitiveNames();
		expect(names.length).toBeGreaterThan(10);
		expect(names.filter((name) => text.includes(name))).toEqual([]);
		await expect(page.getByTestId('named-lists').count()).resolves.toBe(0);
	});

	it('has the heat map as a table with the same numbers', async () => {
		const table = page.getByTestId('heatmap-table');
		expect(await table.isVisible()).toBe(false);
		await page.getByText('Bekijk als tabel').click();
		await table.waitFor();
		const row = table.locator('tbody tr').filter({
			has: page.getByRole('rowheader', { name: 'Belastingen', exact: true })
		});
		const first = await row.getByRole('cell').first().innerText();
		const belastingen = named.departments.find((d) => d.name === 'Belastingen')!;
		expect(first).toMatch(new RegExp(`^${belastingen.internal} \\(`));
	});

	it('recomputes for a peildatum and says which date it used', async () => {
		await page.getByLabel('Peildatum').fill('2025-01-01');
		await page.getByRole('button', { name: 'Bekijk' }).click();
		await page.waitForURL(/peildatum=2025-01-01/);
		await expect(page.getByTestId('as-of-used').innerText()).resolves.toContain(
			'Cijfers op 1 januari 2025'
		);
		const links = await page.getByTestId('figure-links').locator('dd').first().innerText();
		const then = await insightsFor(db, { tier: 'departments', asOf: '2025-01-01' });
		expect(Number(links.replace(/\./g, ''))).toBe(then.links);
		expect(then.links).toBeLessThan(named.links);
	});
});

describe('/inzichten for the beheerder', () => {
	it('adds the clearly marked named section with the names', async () => {
		const page = await insightsAs('beheerder');
		const section = page.getByTestId('named-lists');
		await expect(
			section.getByRole('heading', { name: 'Alleen zichtbaar voor beheerders' }).count()
		).resolves.toBe(1);
		const text = await section.innerText();
		const junction = named.departmentPairsThroughOnePerson.find(
			(p) => p.a === 'Belastingen' && p.b === 'Sport & Cultuur'
		)!;
		expect(text).toContain(junction.people[0].name);
		expect(text).toContain(named.brokers[0].name);
		expect(text).toContain(named.betweennessTop[0].name);
		const pairs = await page.getByTestId('one-person-pairs').innerText();
		expect(pairs).toContain(`via ${junction.people[0].name}`);
	});
});
