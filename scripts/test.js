// `npm test`: build once, then run the unit, integration and browser suites and say how many
// tests of each kind ran. Extra arguments go to every vitest run (e.g. a file filter).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuild, root } from './lib/build.js';

ensureBuild();

const datasets = path.resolve(root, '..', 'shared', 'datasets');
if (!fs.existsSync(datasets)) {
	console.log(
		`Note: ${datasets} is absent; tests on the shared real-world networks say so and skip.`
	);
}

// With a filter some suites match no file; that is not a failure.
const filter = process.argv.slice(2);
if (filter.length) filter.push('--passWithNoTests');

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-vitest-'));
const summary = [];
let failedRuns = 0;
for (const project of ['unit', 'integration', 'browser']) {
	const report = path.join(outDir, `${project}.json`);
	const result = spawnSync(
		'npx',
		[
			'vitest',
			'run',
			'--project',
			project,
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${report}`,
			...filter
		],
		{ cwd: root, stdio: 'inherit' }
	);
	let counts = { passed: 0, failed: 0, skipped: 0 };
	if (fs.existsSync(report)) {
		const json = JSON.parse(fs.readFileSync(report, 'utf8'));
		counts = {
			passed: json.numPassedTests,
			failed: json.numFailedTests,
			skipped: json.numPendingTests + json.numTodoTests
		};
	}
	if (result.status !== 0) failedRuns++;
	summary.push({ project, ...counts, status: result.status });
}

console.log('\nTest summary');
for (const s of summary) {
	console.log(
		`  ${s.project.padEnd(12)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`
	);
}
const browser = summary.find((s) => s.project === 'browser');
console.log(`  browser tests ran in Chromium: ${browser.passed + browser.failed}`);
const passed = summary.reduce((n, s) => n + s.passed, 0);
const failed = summary.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedRuns > 0 ? 1 : 0);
