import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROLES, type Role } from '../../src/lib/auth/roles';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { DEMO_PASSWORD, demoEmail } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let browser: Browser;
let db: DB;

beforeAll(async () => {
	server = await startServer({ demo: true });
	db = openDatabase(server.databaseFile);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await db?.destroy();
	await server?.stop();
});

/** A page in a fresh browser context: no cookies from another test. */
async function freshPage(): Promise<Page> {
	const context = await browser.newContext();
	return context.newPage();
}

async function fillSignIn(page: Page, email: string, password: string) {
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

async function signedInPage(role: Role): Promise<Page> {
	const page = await freshPage();
	await page.goto(`${server.url}/inloggen`);
	await fillSignIn(page, demoEmail(role), DEMO_PASSWORD);
	await page.waitForURL(`${server.url}/`);
	return page;
}

const nameOf = async (role: Role) =>
	(
		await db
			.selectFrom('app_user')
			.innerJoin('employee', 'employee.id', 'app_user.employee_id')
			.select('employee.full_name')
			.where('app_user.email', '=', demoEmail(role))
			.executeTakeFirstOrThrow()
	).full_name;

describe('signing in through the form', () => {
	it.each(ROLES)('shows %s their own name, role and menu', async (role) => {
		const page = await signedInPage(role);
		const account = page.getByTestId('account');
		await account.waitFor();
		const text = (await account.textContent()) ?? '';
		expect(text).toContain(await nameOf(role));
		expect(text).toContain(`(${role})`);
		const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
		await expect(nav.getByRole('link', { name: 'Medewerkers' }).count()).resolves.toBe(1);
		await expect(nav.getByRole('link', { name: 'Beheer' }).count()).resolves.toBe(
			role === 'beheerder' ? 1 : 0
		);
		await expect(page.getByTestId('demo-banner').isVisible()).resolves.toBe(true);
		await page.context().close();
	});

	it('brings a signed-out visitor back to the page they asked for', async () => {
		const page = await freshPage();
		await page.goto(`${server.url}/medewerkers`);
		expect(new URL(page.url()).pathname).toBe('/inloggen');
		expect(new URL(page.url()).searchParams.get('terug')).toBe('/medewerkers');
		await expect(page.getByTestId('account').count()).resolves.toBe(0);
		await expect(page.getByTestId('demo-banner').isVisible()).resolves.toBe(true);
		await fillSignIn(page, demoEmail('manager'), DEMO_PASSWORD);
		await page.waitForURL(`${server.url}/medewerkers`);
		await page.getByRole('heading', { level: 1, name: 'Medewerkers' }).waitFor();
	});

	it('says in Dutch that the e-mail address or password is wrong', async () => {
		const page = await freshPage();
		await page.goto(`${server.url}/inloggen`);
		await fillSignIn(page, demoEmail('facilitator'), 'helemaal niet het wachtwoord');
		const error = page.getByTestId('sign-in-error');
		await error.waitFor();
		expect((await error.textContent())?.trim()).toBe(
			'Het e-mailadres of het wachtwoord klopt niet.'
		);
		expect(new URL(page.url()).pathname).toBe('/inloggen');
		await expect(page.getByTestId('account').count()).resolves.toBe(0);
	});
});

describe('what a medewerker cannot open', () => {
	let page: Page;
	beforeAll(async () => {
		page = await signedInPage('medewerker');
	});

	it('gets a 403 page without admin content at /beheer and /beheer/gebruikers', async () => {
		for (const path of ['/beheer', '/beheer/gebruikers']) {
			const response = await page.goto(`${server.url}${path}`);
			expect(response?.status(), path).toBe(403);
			await page.getByRole('heading', { level: 1, name: 'Er ging iets mis' }).waitFor();
			const main = page.locator('main');
			await expect(main.getByRole('link', { name: 'Gebruikers' }).count()).resolves.toBe(0);
			await expect(main.getByRole('link', { name: 'Logboek' }).count()).resolves.toBe(0);
			await expect(main.getByText('@voorbeeldstad.nl').count()).resolves.toBe(0);
		}
	});

	it('sees no insights at /inzichten', async () => {
		const response = await page.goto(`${server.url}/inzichten`);
		expect(response?.status()).not.toBe(200);
	});

	it('signs out with the button and lands on the sign-in page, signed out', async () => {
		await page.goto(`${server.url}/`);
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await page.waitForURL(`${server.url}/inloggen`);
		await expect(page.getByTestId('account').count()).resolves.toBe(0);
		await page.goto(`${server.url}/medewerkers`);
		expect(new URL(page.url()).pathname).toBe('/inloggen');
	});
});
