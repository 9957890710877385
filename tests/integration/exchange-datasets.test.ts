// Each published network of ../shared/datasets imported into an empty database, compared with
// the figures networkx computed on the same undirected view (reference.json).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../src/lib/server/exchange/import.service';
import { tempDb } from '../support/db';
import { counts, TEST_ACTOR } from './helpers';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const datasetsDir = path.resolve(repoRoot, '..', 'shared', 'datasets');
const exists = fs.existsSync(datasetsDir);
const DATASETS = exists
	? fs.readdirSync(datasetsDir).filter((name) => {
			return fs.existsSync(path.join(datasetsDir, name, 'network.graphml'));
		})
	: [];

it('says when the shared datasets are absent', () => {
	if (!exists) {
		console.warn(`exchange-datasets: ${datasetsDir} is absent, so the dataset imports did not run`);
		return expect(DATASETS).toEqual([]);
	}
	// Present: the five of the README, each with its reference figures.
	expect(DATASETS.length).toBeGreaterThanOrEqual(5);
	for (const name of DATASETS) {
		expect(fs.existsSync(path.join(datasetsDir, name, 'reference.json'))).toBe(true);
	}
});

describe('importing the shared datasets (GraphML) into an empty database', () => {
	// Returning early keeps the suite empty when the folder is absent (no skipped tests).
	if (!exists) return;
	for (const name of DATASETS) {
		it(`${name}: the same people, links and department sizes as networkx`, async () => {
			const dir = path.join(datasetsDir, name);
			const reference = JSON.parse(fs.readFileSync(path.join(dir, 'reference.json'), 'utf8'));
			const t = await tempDb();
			try {
				const bytes = new Uint8Array(fs.readFileSync(path.join(dir, 'network.graphml')));
				const started = performance.now();
				const plan = await applyImport(t.db, TEST_ACTOR, {
					name: 'network.graphml',
					kind: 'graphml',
					bytes
				});
				const ms = Math.round(performance.now() - started);
				console.log(`exchange-datasets: ${name} imported in ${ms} ms`);
				expect(plan.counts.rejected).toBe(0);
				expect(await counts(t.db)).toMatchObject({
					employee: reference.nodes,
					link: reference.links
				});
				const sizes = await t.db
					.selectFrom('employee')
					.innerJoin('department', 'department.id', 'employee.department_id')
					.select(['department.name', (eb) => eb.fn.countAll<number>().as('n')])
					.groupBy('department.name')
					.execute();
				expect(Object.fromEntries(sizes.map((s) => [s.name, Number(s.n)]))).toEqual(
					reference.group_sizes
				);
				// The file says so itself: importing it again changes nothing.
				const again = await applyImport(t.db, TEST_ACTOR, {
					name: 'network.graphml',
					kind: 'graphml',
					bytes
				});
				expect(again.counts.people.unchanged).toBe(reference.nodes);
				expect(again.counts.links.unchanged).toBe(reference.links);
			} finally {
				await t.close();
			}
		});
	}
});
