// Builds the app when a source is newer than the last build, so `npm start` and `npm test`
// never serve stale code and do not rebuild needlessly.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');

function newestMtime(full) {
	const stat = fs.statSync(full);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = 0;
	for (const entry of fs.readdirSync(full))
		newest = Math.max(newest, newestMtime(path.join(full, entry)));
	return newest;
}

function buildIsStale() {
	const marker = path.join(root, 'build', 'index.js');
	if (!fs.existsSync(marker)) return true;
	const built = fs.statSync(marker).mtimeMs;
	const sources = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];
	return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

export function ensureBuild() {
	if (!buildIsStale()) return;
	console.log('Building Netwerkkaart…');
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}
