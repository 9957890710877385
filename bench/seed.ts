// Generating and loading municipalities of several sizes: how long a benchmark set takes to make.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateToLatest, openDatabase } from '../src/lib/server/db/connection';
import { generateDemo } from '../src/lib/server/demo/generate';
import { loadDemo } from '../src/lib/server/demo/load';

const sizes = [250, 2_000, 20_000];
console.log('people   departments   links     generate (ms)   load into SQLite (ms)');
for (const people of sizes) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-bench-'));
	const db = openDatabase(path.join(dir, 'bench.sqlite'));
	await migrateToLatest(db);
	const t0 = performance.now();
	const data = generateDemo({ people });
	const t1 = performance.now();
	await loadDemo(db, data);
	const t2 = performance.now();
	console.log(
		`${String(people).padEnd(9)}${String(data.departments.length).padEnd(14)}` +
			`${String(data.links.length).padEnd(10)}${(t1 - t0).toFixed(0).padEnd(16)}${(t2 - t1).toFixed(0)}`
	);
	await db.destroy();
	fs.rmSync(dir, { recursive: true, force: true });
}
