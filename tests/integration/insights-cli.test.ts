import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/lib/server/demo/generate';
import { loadDemo } from '../../src/lib/server/demo/load';
import { insightsFor } from '../../src/lib/server/insights/insights.service';
import { tempDb, type TempDb } from '../support/db';

const root = path.resolve(import.meta.dirname, '..', '..');
let t: TempDb;

beforeAll(async () => {
	t = await tempDb();
	expect(await loadDemo(t.db, generateDemo())).toBe(true);
});
afterAll(async () => {
	await t?.close();
});

/** `npm run cli -- insights …` as a separate process on the demo database file. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['scripts/cli.js', 'insights', ...args],
			{ cwd: root, env: { ...process.env, DATABASE_PATH: t.file }, maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) =>
				resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		);
	});
}

describe('npm run cli -- insights', () => {
	it('--json prints the beheerder report, field for field what the service computes', async () => {
		const { code, stdout } = await cli('--json');
		expect(code).toBe(0);
		const printed = JSON.parse(stdout);
		expect(printed).toEqual(JSON.parse(JSON.stringify(await insightsFor(t.db, { tier: 'named' }))));
		for (const key of [
			'nodes',
			'links',
			'density',
			'components',
			'eiIndex',
			'departments',
			'linksBetweenDepartments',
			'departmentPairsWithoutLinks',
			'articulationPoints',
			'bridges',
			'betweennessTop'
		]) {
			expect(printed, key).toHaveProperty(key);
		}
		expect(printed.nodes).toBe(250);
		expect(printed.departments[0]).toEqual({
			id: expect.any(Number),
			name: expect.any(String),
			size: expect.any(Number),
			internal: expect.any(Number),
			external: expect.any(Number),
			ei: expect.any(Number),
			density: expect.any(Number)
		});
		expect(typeof printed.bridges).toBe('number');
		expect(printed.articulationPoints.every((n: unknown) => typeof n === 'string')).toBe(true);
	});

	it('--as-of counts only links formed on or before the date', async () => {
		const { code, stdout } = await cli('--json', '--as-of', '2025-01-01');
		expect(code).toBe(0);
		const printed = JSON.parse(stdout);
		const expected = await insightsFor(t.db, { tier: 'named', asOf: '2025-01-01' });
		expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
		expect(printed.asOf).toBe('2025-01-01');
		expect(printed.links).toBeLessThan(700);
	});

	it('refuses a bad date with a clear message and a non-zero exit', async () => {
		const { code, stdout, stderr } = await cli('--json', '--as-of', '2025-02-30');
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('--as-of must be a real date as YYYY-MM-DD');
	});

	it('without --json prints a short summary for people', async () => {
		const { code, stdout } = await cli();
		expect(code).toBe(0);
		expect(stdout).toContain('people 250, links 700');
		expect(stdout).toContain('Isolated departments: Informatievoorziening');
		expect(stdout).toMatch(/Belastingen – Sport & Cultuur \(\d links?\) via \S/);
	});
});
