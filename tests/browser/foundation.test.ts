import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { addAccount, DEMO_PASSWORD } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let browser: Browser;
let page: Page;
let db: DB;

async function counts() {
	const count = async (table: 'department' | 'employee' | 'link') =>
		Number(
			(
				await db
					.selectFrom(table)
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	return {
		departments: await count('department'),
		employees: await count('employee'),
		links: await count('link')
	};
}

async function createEmployee(name: string, department: string) {
	await page.goto(`${server.url}/medewerkers/nieuw`);
	await page.getByLabel('Naam', { exact: true }).fill(name);
	await page.getByLabel('Functie').fill('Beleidsmedewerker');
	await page.getByLabel('Afdeling').selectOption({ label: department });
	await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
	await page.getByRole('heading', { level: 1, name }).waitFor();
	return Number(new URL(page.url()).pathname.split('/').pop());
}

beforeAll(async () => {
	server = await startServer({ demo: false });
	db = openDatabase(server.databaseFile);
	const { email } = await addAccount(db, 'beheerder');
	browser = await launchBrowser();
	page = await browser.newPage();
	await page.goto(`${server.url}/afdelingen`);
	// Signed out, the app sends the person to sign in first and then back where they were going.
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await page.getByRole('heading', { level: 1, name: 'Afdelingen' }).waitFor();
});

afterAll(async () => {
	await browser?.close();
	await db?.destroy();
	await server?.stop();
});

describe('maintaining the network in a real browser', () => {
	it('creates a department, two employees, links them, and shows the link on both pages', async () => {
		await page.goto(`${server.url}/afdelingen`);
		await page.getByLabel('Naam', { exact: true }).fill('Vastgoed');
		await page.getByLabel('Korte omschrijving').fill('Gemeentelijk vastgoed');
		await page.getByRole('button', { name: 'Afdeling toevoegen' }).click();
		await page.getByText('Afdeling "Vastgoed" is toegevoegd.').waitFor();
		await expect(
			page.getByTestId('departments').getByRole('link', { name: 'Vastgoed' }).count()
		).resolves.toBe(1);

		const jan = await createEmployee('Jan de Vries', 'Vastgoed');
		const fatima = await createEmployee('Fatima El Amrani', 'Vastgoed');

		await page.goto(`${server.url}/medewerkers/${jan}`);
		await page.getByLabel('Collega', { exact: true }).pressSequentially('Fatima');
		await page.getByRole('button', { name: /Fatima El Amrani/ }).click();
		await page.getByLabel('Sterkte').first().selectOption('3');
		await page.getByRole('button', { name: 'Verbinding toevoegen' }).click();
		await page.getByText('Verbinding met Fatima El Amrani is toegevoegd.').waitFor();
		const janLinks = page.getByTestId('links');
		await expect(janLinks.getByRole('link', { name: 'Fatima El Amrani' }).count()).resolves.toBe(1);
		await expect(janLinks.getByTestId('strength').textContent()).resolves.toBe('vertrouwen elkaar');

		await page.goto(`${server.url}/medewerkers/${fatima}`);
		const fatimaLinks = page.getByTestId('links');
		await expect(fatimaLinks.getByRole('link', { name: 'Jan de Vries' }).count()).resolves.toBe(1);
		// The beheerder's own department and employee come from addAccount.
		await expect(counts()).resolves.toEqual({ departments: 2, employees: 3, links: 1 });
	});

	it('shows a Dutch message beside the field for bad input and writes nothing', async () => {
		const before = await counts();
		await page.goto(`${server.url}/medewerkers/nieuw`);
		await page.getByLabel('Functie').fill('Handhaver');
		await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
		const message = page.locator('#employee-fullName-error');
		await message.waitFor();
		await expect(message.textContent()).resolves.toContain('Vul dit veld in.');
		await expect(
			page.getByLabel('Naam', { exact: true }).getAttribute('aria-invalid')
		).resolves.toBe('true');
		// The other fields keep what the person typed.
		await expect(page.getByLabel('Functie').inputValue()).resolves.toBe('Handhaver');

		await page.goto(`${server.url}/afdelingen`);
		await page.getByLabel('Naam', { exact: true }).fill('vastgoed');
		await page.getByRole('button', { name: 'Afdeling toevoegen' }).click();
		await page.getByText('Er is al een afdeling met deze naam.').waitFor();
		await expect(counts()).resolves.toEqual(before);
	});

	it('refuses a duplicate link and a link to oneself with a message', async () => {
		const before = await counts();
		const jan = Number(
			(
				await db
					.selectFrom('employee')
					.select('id')
					.where('full_name', '=', 'Jan de Vries')
					.executeTakeFirstOrThrow()
			).id
		);
		await page.goto(`${server.url}/medewerkers/${jan}`);
		await page.getByLabel('Collega', { exact: true }).fill('Fatima El Amrani');
		await page.getByRole('button', { name: 'Verbinding toevoegen' }).click();
		await page.getByText('Deze twee zijn al verbonden. Wijzig de sterkte in de lijst.').waitFor();

		await page.getByLabel('Collega', { exact: true }).fill('Jan de Vries');
		await page.getByRole('button', { name: 'Verbinding toevoegen' }).click();
		await page.getByText('Kies een collega uit de lijst.').waitFor();
		await expect(counts()).resolves.toEqual(before);
	});

	it('switches the interface to English and remembers it', async () => {
		await page.goto(`${server.url}/medewerkers`);
		await page.getByRole('button', { name: 'English' }).click();
		await page.getByRole('heading', { level: 1, name: 'Employees' }).waitFor();
		await page.goto(`${server.url}/afdelingen`);
		await page.getByRole('heading', { level: 1, name: 'Departments' }).waitFor();
		await page.getByRole('button', { name: 'Nederlands' }).click();
		await page.getByRole('heading', { level: 1, name: 'Afdelingen' }).waitFor();
	});
});
