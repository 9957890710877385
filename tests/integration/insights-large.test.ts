import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../../src/lib/server/db/connection';
import { generateDemo } from '../../src/lib/server/demo/generate';
import { loadDemo } from '../../src/lib/server/demo/load';
import { insightsFor } from '../../src/lib/server/insights/insights.service';
import { addAccount, DEMO_PASSWORD, postSignIn } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';
import { getPage } from './helpers';

// A generated municipality of 2,000 people in 80 departments: more than the heat map shows. The
// server merges departments below 15 people (INSIGHTS_MIN_GROUP_SIZE) for managers.
const MIN = 15;
let dir: string;
let server: RunningServer;
let cookie: string;
let expectedRows: number;
let small: string[];

beforeAll(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-large-'));
	const file = path.join(dir, 'large.sqlite');
	const db = openDatabase(file);
	await migrateToLatest(db);
	await loadDemo(db, generateDemo({ people: 2000 }));
	const manager = await addAccount(db, 'manager', { employeeId: 1 });
	const report = await insightsFor(db, { tier: 'departments', minGroupSize: MIN });
	expectedRows = report.departments.length + report.linksBetweenDepartments.length;
	expect(report.departments.length).toBeGreaterThan(60);
	small = report.otherDepartments?.departments ?? [];
	expect(small.length).toBeGreaterThan(1);
	await db.destroy();
	server = await startServer({
		env: { DATABASE_PATH: file, INSIGHTS_MIN_GROUP_SIZE: String(MIN) }
	});
	cookie = (await postSignIn(server.url, manager.email, DEMO_PASSWORD)).cookie!;
});

afterAll(async () => {
	await server?.stop();
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('/inzichten with many departments', () => {
	it('lists the pairs with links as a table instead of an unreadable heat map', async () => {
		const response = await getPage(server.url, '/inzichten', cookie);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).not.toContain('data-testid="heatmap"');
		const count = 80 - small.length + 1;
		expect(html).toContain(`Met ${count} afdelingen is een heatmap niet meer te lezen`);
		expect(html).toContain(
			`bestaat uit deze kleine afdelingen: ${small.join(', ').replace(/&/g, '&amp;')}.`
		);
		const table = html.slice(html.indexOf('data-testid="pairs-table"'));
		const body = table.slice(table.indexOf('<tbody'), table.indexOf('</tbody>'));
		expect(body.match(/<tr/g)?.length).toBe(expectedRows);
	});

	it('merges departments under INSIGHTS_MIN_GROUP_SIZE, as the service does', async () => {
		const body = await (await getPage(server.url, '/api/insights', cookie)).json();
		expect(body).toMatchObject({ tier: 'departments', nodes: 2000, minGroupSize: MIN });
		expect(body.otherDepartments.departments).toEqual(small);
		const sizes = body.departments.map((d: { id: number | null; size: number }) => d.size);
		expect(sizes.slice(0, -1).every((size: number) => size >= MIN)).toBe(true);
		expect(body.departments.at(-1)).toMatchObject({ id: null, name: 'Overige afdelingen' });
		expect(body.departments.length + body.linksBetweenDepartments.length).toBe(expectedRows);
	});
});
