import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { DEMO_PASSWORD, demoEmail } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let browser: Browser;
let page: Page;
let db: DB;

/** Cytoscape keeps its instance on the container; the tests read the drawn graph from there. */
function mapState<T>(read: string): Promise<T> {
	return page.evaluate((body) => {
		const container = document.querySelector('[data-testid="network-map"]') as HTMLElement & {
			_cyreg: { cy: unknown };
		};
		return new Function('cy', `return ${body}`)(container._cyreg.cy);
	}, read) as Promise<T>;
}

async function activeCounts() {
	const people = await db
		.selectFrom('employee')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('left_on', 'is', null)
		.executeTakeFirstOrThrow();
	const links = await db
		.selectFrom('link')
		.innerJoin('employee as a', 'a.id', 'link.employee_a_id')
		.innerJoin('employee as b', 'b.id', 'link.employee_b_id')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('a.left_on', 'is', null)
		.where('b.left_on', 'is', null)
		.executeTakeFirstOrThrow();
	return { people: Number(people.n), links: Number(links.n) };
}

async function openMap(path = '/kaart') {
	await page.goto(`${server.url}${path}`);
	await page.locator('[data-testid="network-map"][data-painted="true"]').waitFor();
}

beforeAll(async () => {
	server = await startServer({ demo: true });
	db = openDatabase(server.databaseFile);
	browser = await launchBrowser();
	page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
	await page.goto(`${server.url}/kaart`);
	await page.getByLabel('E-mailadres').fill(demoEmail('medewerker'));
	await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await page.locator('[data-testid="network-map"][data-painted="true"]').waitFor();
});

afterAll(async () => {
	await browser?.close();
	await db?.destroy();
	await server?.stop();
});

describe('the network map', () => {
	it('paints every active person and link, in department clusters', async () => {
		const counts = await activeCounts();
		await expect(mapState<number>('cy.nodes().length')).resolves.toBe(counts.people);
		await expect(mapState<number>('cy.edges().length')).resolves.toBe(counts.links);
		const summary = await page.getByTestId('map-summary').textContent();
		expect(summary).toContain(`${counts.people} mensen en ${counts.links} verbindingen`);
	});

	it('finds a person by name, centres and selects them, and shows their card', async () => {
		const someone = await db
			.selectFrom('employee')
			.select(['id', 'full_name'])
			.where('left_on', 'is', null)
			.orderBy('id', 'desc')
			.executeTakeFirstOrThrow();
		await page.getByLabel('Zoek op naam, functie of onderwerp').fill(someone.full_name);
		await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
		const panel = page.getByTestId('person-panel');
		await panel.getByRole('heading', { name: someone.full_name }).waitFor();
		await expect
			.poll(() => mapState<string[]>("cy.$(':selected').map((n) => n.id())"))
			.toEqual([`p${someone.id}`]);
	});

	it('hides a department when its box is unticked, and shows it again', async () => {
		const department = await db
			.selectFrom('department')
			.select(['id', 'name'])
			.where('name', '=', 'Informatievoorziening')
			.executeTakeFirstOrThrow();
		const visible = () => mapState<number>("cy.nodes(':visible').length");
		const before = await visible();
		const members = await mapState<number>(`cy.nodes('[groupId = "${department.id}"]').length`);
		expect(members).toBeGreaterThan(0);
		await page.getByRole('checkbox', { name: /Informatievoorziening/ }).uncheck();
		await expect.poll(visible).toBe(before - members);
		await page.getByRole('checkbox', { name: /Informatievoorziening/ }).check();
		await expect.poll(visible).toBe(before);
	});

	it('answers "Wie bel ik?" for a department with steps as text and the route on the map', async () => {
		await openMap();
		await page.getByLabel('Afdeling', { exact: true }).selectOption({ label: 'Vastgoed' });
		await page.getByRole('button', { name: 'Zoek een route' }).click();
		const steps = page.getByTestId('route-steps');
		await steps.waitFor();
		const first = await steps.locator('li').first().textContent();
		expect(first).toMatch(
			/^(Vraag .+, (die je kent|met wie je samenwerkt|die je vertrouwt), om je voor te stellen aan .+\.|Neem direct contact op met .+\.)$/
		);
		const lastLine = await steps.locator('li').last().textContent();
		expect(lastLine).toContain('(Vastgoed)');
		await expect.poll(() => mapState<number>("cy.nodes('.lit').length")).toBeGreaterThan(1);
	});

	it('shows departments as circles, marking the one without outside links', async () => {
		await openMap();
		await page.getByRole('radio', { name: 'Afdelingen' }).check();
		await expect
			.poll(() => mapState<number>('cy.nodes(\'[kind = "department"]\').length'))
			.toBe(12);
		await expect(
			mapState<string[]>("cy.nodes('[?isolated]').map((n) => n.data('label'))")
		).resolves.toEqual([expect.stringContaining('Informatievoorziening')]);
	});
});

describe('exporting the map', () => {
	it('saves the current view as a PNG and as an SVG, named with the date', async () => {
		await openMap();
		const today = new Date().toISOString().slice(0, 10);
		for (const [button, extension, signature] of [
			['Opslaan als PNG', 'png', '\u0089PNG'],
			['Opslaan als SVG', 'svg', '<']
		] as const) {
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: button }).click();
			const file = await download;
			expect(file.suggestedFilename()).toBe(`netwerkkaart-${today}.${extension}`);
			const stream = await file.createReadStream();
			const chunks: Buffer[] = [];
			for await (const chunk of stream) chunks.push(chunk as Buffer);
			const content = Buffer.concat(chunks);
			expect(content.length).toBeGreaterThan(1000);
			expect(content.subarray(0, 4).toString('latin1').startsWith(signature)).toBe(true);
			if (extension === 'svg') expect(content.toString('utf8')).toContain('<svg');
		}
	});
});

describe('the table view', () => {
	it('has the same number of people and links as the database', async () => {
		const counts = await activeCounts();
		await page.goto(`${server.url}/kaart/lijst`);
		const totals = await page.getByTestId('list-totals').textContent();
		expect(totals).toContain(`${counts.people} mensen en ${counts.links} verbindingen`);
		await expect(
			page.getByRole('heading', { name: `Mensen (${counts.people})` }).count()
		).resolves.toBe(1);
		await expect(
			page.getByRole('heading', { name: `Verbindingen (${counts.links})` }).count()
		).resolves.toBe(1);
		const rows = await page.getByTestId('list-people').locator('tbody tr').count();
		expect(rows).toBe(Math.min(100, counts.people));
	});

	it('gives the route as text, usable without the map', async () => {
		await page.goto(`${server.url}/kaart/lijst`);
		await page.getByRole('radio', { name: 'iemand met kennis van' }).check();
		await page.getByLabel('Onderwerp').selectOption('horeca');
		await page.getByRole('button', { name: 'Zoek een route' }).click();
		await page.getByTestId('route-steps').waitFor();
		expect(await page.getByTestId('route-steps').locator('li').count()).toBeGreaterThan(0);
	});
});
