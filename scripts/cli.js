// `npm run cli -- <command>`: runs the TypeScript command line with tsx, so it shares the
// server's code (and its `$lib` paths) without a separate build.
import { register } from 'tsx/esm/api';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

register({ tsconfig: path.resolve(import.meta.dirname, '..', 'tsconfig.json') });
const main = pathToFileURL(path.resolve(import.meta.dirname, '..', 'src/lib/server/cli/main.ts'));
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
