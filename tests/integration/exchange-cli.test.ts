import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/lib/server/demo/generate';
import { loadDemo } from '../../src/lib/server/demo/load';
import { parseGraphml } from '../../src/lib/server/exchange/graphml';
import { childrenNamed, parseXml } from '../../src/lib/server/exchange/xml';
import type { DB } from '../../src/lib/server/db/connection';
import { tempDb, type TempDb } from '../support/db';
import { counts } from './helpers';

const root = path.resolve(import.meta.dirname, '..', '..');
const datasetsDir = path.resolve(root, '..', 'shared', 'datasets');
const ukFaculty = path.join(datasetsDir, 'uk-faculty', 'network.graphml');
let demo: TempDb;
let dir: string;

beforeAll(async () => {
	demo = await tempDb();
	expect(await loadDemo(demo.db, generateDemo())).toBe(true);
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-exchange-'));
});
afterAll(async () => {
	await demo?.close();
	if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** `npm run cli -- …` as its own process, on the database file given. */
function cli(database: string, ...args: string[]) {
	return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
		execFile(
			process.execPath,
			['scripts/cli.js', ...args],
			{ cwd: root, env: { ...process.env, DATABASE_PATH: database } },
			(error, stdout, stderr) =>
				resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		);
	});
}

async function departmentSizes(db: DB): Promise<Record<string, number>> {
	const rows = await db
		.selectFrom('employee')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.select(['department.name', (eb) => eb.fn.countAll<number>().as('n')])
		.where('employee.left_on', 'is', null)
		.groupBy('department.name')
		.execute();
	return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

async function activeCounts(db: DB) {
	const people = await db
		.selectFrom('employee')
		.select('id')
		.where('left_on', 'is', null)
		.execute();
	const ids = people.map((p) => p.id);
	const links = await db
		.selectFrom('link')
		.select('id')
		.where('employee_a_id', 'in', ids)
		.where('employee_b_id', 'in', ids)
		.execute();
	return { people: ids.length, links: links.length, sizes: await departmentSizes(db) };
}

describe('npm run cli -- import (done when)', () => {
	// The published network is in ../shared/datasets; exchange-datasets.test.ts says when absent.
	if (!fs.existsSync(ukFaculty)) return;
	it('reads uk-faculty into an empty database: 81 people, 577 links, 33/27/19/2', async () => {
		const t = await tempDb();
		try {
			const run = await cli(t.file, 'import', ukFaculty, '--department-attribute', 'group');
			expect(run.code, run.stderr).toBe(0);
			expect(run.stdout).toContain('people:      81 new');
			expect(await counts(t.db)).toMatchObject({ employee: 81, link: 577, department: 4 });
			const sizes = Object.values(await departmentSizes(t.db)).sort((a, b) => b - a);
			expect(sizes).toEqual([33, 27, 19, 2]);
		} finally {
			await t.close();
		}
	});
});

describe('npm run cli -- import refuses bad input', () => {
	it('a malformed file: its line, a non-zero exit, nothing written', async () => {
		const t = await tempDb();
		try {
			const file = path.join(dir, 'kapot.graphml');
			fs.writeFileSync(file, '<graphml>\n<graph>\n<node id="1">\n</graph>\n</graphml>\n');
			const run = await cli(t.file, 'import', file);
			expect(run.code).toBe(1);
			expect(run.stderr).toContain(`${file}:4: This is not a valid XML file`);
			expect(await counts(t.db)).toMatchObject({ department: 0, employee: 0, link: 0 });
		} finally {
			await t.close();
		}
	});

	it('a billion-laughs file: refused at its DOCTYPE, nothing written', async () => {
		const t = await tempDb();
		try {
			const levels = Array.from(
				{ length: 9 },
				(_, i) => ` <!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`
			);
			const file = path.join(dir, 'lol.graphml');
			fs.writeFileSync(
				file,
				`<?xml version="1.0"?>\n<!DOCTYPE g [\n <!ENTITY l0 "lol">\n${levels.join('\n')}\n]>\n<graphml><graph><node id="a"><data key="d">&l9;</data></node></graph></graphml>\n`
			);
			const run = await cli(t.file, 'import', file, '--kind', 'graphml');
			expect(run.code).toBe(1);
			expect(run.stderr).toContain('DOCTYPE/ENTITY');
			expect(await counts(t.db)).toMatchObject({ employee: 0 });
		} finally {
			await t.close();
		}
	});

	it('bad arguments: exit 2 with a message', async () => {
		const none = await cli(demo.file, 'import');
		expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('Give one file')]);
		const missing = await cli(demo.file, 'import', path.join(dir, 'er-niet.csv'));
		expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('No such file')]);
		const format = await cli(demo.file, 'export', '--format', 'pdf');
		expect([format.code, format.stderr]).toEqual([2, expect.stringContaining('--format')]);
	});
});

describe('npm run cli -- export, and back in', () => {
	it('GraphML: a reader gets every active person and link, and an import gives the same network', async () => {
		const out = path.join(dir, 'demo.graphml');
		const run = await cli(demo.file, 'export', '--format', 'graphml', '--out', out);
		expect(run.code, run.stderr).toBe(0);
		const text = fs.readFileSync(out, 'utf8');
		const doc = parseXml(text);
		expect(doc.name).toBe('graphml');
		expect(childrenNamed(doc, 'graph')[0].attrs.edgedefault).toBe('undirected');
		const expected = await activeCounts(demo.db);
		const file = parseGraphml(text);
		expect([file.nodes.length, file.edges.length]).toEqual([expected.people, expected.links]);

		const t = await tempDb();
		try {
			const back = await cli(t.file, 'import', out);
			expect(back.code, back.stderr).toBe(0);
			expect(await activeCounts(t.db)).toEqual(expected);
			// The same file again: nothing to do, and a dry run of it writes nothing either.
			const again = await cli(t.file, 'import', out, '--dry-run');
			expect(again.stdout).toContain(`${expected.people} unchanged`);
			expect(again.stdout).toContain('Dry run: nothing written.');
		} finally {
			await t.close();
		}
	});

	it('CSV (people, then links) and GEXF give the same network too', async () => {
		const expected = await activeCounts(demo.db);
		const csv = path.join(dir, 'demo.csv');
		const gexf = path.join(dir, 'demo.gexf');
		expect((await cli(demo.file, 'export', '--format', 'csv', '--out', csv)).code).toBe(0);
		expect((await cli(demo.file, 'export', '--format', 'gexf', '--out', gexf)).code).toBe(0);
		const viaCsv = await tempDb();
		const viaGexf = await tempDb();
		try {
			expect((await cli(viaCsv.file, 'import', csv)).code).toBe(0);
			const links = await cli(viaCsv.file, 'import', path.join(dir, 'demo-verbindingen.csv'));
			expect(links.code, links.stderr).toBe(0);
			expect(await activeCounts(viaCsv.db)).toEqual(expected);
			expect((await cli(viaGexf.file, 'import', gexf)).code).toBe(0);
			expect(await activeCounts(viaGexf.db)).toEqual(expected);
		} finally {
			await viaCsv.close();
			await viaGexf.close();
		}
	});
});
