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

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n" for="node" attr.name="label" attr.type="string"/>
  <key id="a" for="node" attr.name="afdeling" attr.type="string"/>
  <key id="s" for="node" attr.name="school" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="g1"><data key="n">Gijs Graaf</data><data key="a">Team Graaf</data><data key="s">Oost</data></node>
    <node id="g2"><data key="n">Greet Graaf</data><data key="a">Team Graaf</data><data key="s">West</data></node>
    <node id="g3"><data key="n">Gert Graaf</data><data key="a">Team Graaf</data><data key="s">West</data></node>
    <edge source="g1" target="g2"/>
    <edge source="g2" target="g1"/>
    <edge source="g2" target="g3"/>
  </graph>
</graphml>`;

beforeAll(async () => {
	server = await startServer({ demo: true });
	db = openDatabase(server.databaseFile);
	browser = await launchBrowser();
	page = await browser.newPage({ acceptDownloads: true });
	await page.goto(`${server.url}/inloggen`);
	await page.getByLabel('E-mailadres').fill(demoEmail('beheerder'));
	await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
	await page.waitForURL(`${server.url}/`);
});

afterAll(async () => {
	await browser?.close();
	await db?.destroy();
	await server?.stop();
});

const countCell = (row: string, column: number) =>
	page.getByTestId(`count-import.${row}`).locator('td').nth(column).textContent();

describe('importing a network in the browser', () => {
	it('uploads, shows the preview with attribute choices, recounts, and saves', async () => {
		await page.goto(`${server.url}/beheer/import`);
		await page.getByLabel('Netwerk als GraphML (uit Gephi, Cytoscape of yEd)').check();
		await page.getByLabel('Bestand').setInputFiles({
			name: 'graaf.graphml',
			mimeType: 'application/xml',
			buffer: Buffer.from(GRAPHML)
		});
		await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
		await page.getByTestId('import-preview').waitFor();
		expect(await page.getByLabel('Welk kenmerk is de afdeling?').inputValue()).toBe('afdeling');
		expect(await countCell('departments', 0)).toBe('1');
		expect(await countCell('people', 0)).toBe('3');
		expect(await countCell('links', 0)).toBe('2');
		expect(await page.getByText('1 dubbele verbindingen').count()).toBe(1);

		await page.getByLabel('Welk kenmerk is de afdeling?').selectOption('school');
		await page.getByRole('button', { name: 'Opnieuw bekijken' }).click();
		await page.waitForFunction(
			() =>
				document.querySelector('[data-testid="count-import.departments"] td')?.textContent === '2'
		);
		const departments = await db
			.selectFrom('department')
			.select('name')
			.where('name', 'in', ['Oost', 'West'])
			.execute();
		expect(departments).toEqual([]);

		await page.getByRole('button', { name: 'Opslaan' }).click();
		await page.getByTestId('import-done').waitFor();
		const people = await db
			.selectFrom('employee')
			.innerJoin('department', 'department.id', 'employee.department_id')
			.select(['full_name', 'department.name'])
			.where('external_id', 'in', ['g1', 'g2', 'g3'])
			.orderBy('external_id')
			.execute();
		expect(people).toEqual([
			{ full_name: 'Gijs Graaf', name: 'Oost' },
			{ full_name: 'Greet Graaf', name: 'West' },
			{ full_name: 'Gert Graaf', name: 'West' }
		]);
	});

	it('shows a malformed file refused with its line', async () => {
		await page.goto(`${server.url}/beheer/import`);
		await page.getByLabel('Medewerkers (CSV)').check();
		await page.getByLabel('Bestand').setInputFiles({
			name: 'kapot.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('naam;afdeling\nPiet;Zorg\nAnna;"Wonen\n')
		});
		await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
		const alert = page.getByTestId('import-error');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('Regel 3:');
		expect(await alert.textContent()).toContain('wordt niet gesloten');
	});
});

describe('exporting in the browser', () => {
	it('downloads the GraphML file with the date in its name', async () => {
		await page.goto(`${server.url}/beheer/export`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Netwerk als GraphML (Gephi, Cytoscape, yEd)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^netwerkkaart-\d{4}-\d{2}-\d{2}\.graphml$/);
		const path = await download.path();
		const { readFileSync } = await import('node:fs');
		expect(readFileSync(path, 'utf8')).toContain('edgedefault="undirected"');
	});
});
