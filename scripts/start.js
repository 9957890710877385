// `npm start`: build when needed, then serve the app with the demo municipality loaded into an
// empty database (never in production).
import { spawn } from 'node:child_process';
import { ensureBuild, root } from './lib/build.js';

ensureBuild();

const production = process.env.NODE_ENV === 'production';
const port = process.env.PORT ?? '3000';
const env = {
	...process.env,
	PORT: port,
	HOST: process.env.HOST ?? '127.0.0.1',
	ORIGIN: process.env.ORIGIN ?? `http://localhost:${port}`,
	// Imports upload files of up to 5 MB; adapter-node's default stops at 512 kB.
	BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '6M',
	NETWERKKAART_DEMO: production ? '0' : (process.env.NETWERKKAART_DEMO ?? '1')
};
const server = spawn(process.execPath, ['scripts/serve.js'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
