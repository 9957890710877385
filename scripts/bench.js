// `npm run bench:<name>`: runs bench/<name>.ts with tsx; each prints its own figures.
import { register } from 'tsx/esm/api';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const name = process.argv[2];
if (!name || !/^[a-z-]+$/.test(name)) {
	console.error('usage: node scripts/bench.js <name>   (runs bench/<name>.ts)');
	process.exit(2);
}
register({ tsconfig: path.resolve(import.meta.dirname, '..', 'tsconfig.json') });
await import(pathToFileURL(path.resolve(import.meta.dirname, '..', 'bench', `${name}.ts`)).href);
