import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from './auth';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface RunningServer {
	url: string;
	databaseFile: string;
	stop(): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string) {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`Server exited early:\n${log()}`);
		try {
			const response = await fetch(url, { redirect: 'manual' });
			if (response.status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`Server did not start in 30 s:\n${log()}`);
}

/**
 * Runs the built app (`build/`, made by `npm test` before the suites) on a free port with its
 * own temp database. `demo: true` loads Gemeente Voorbeeldstad, as `npm start` does.
 */
export async function startServer(options: { demo?: boolean; env?: Record<string, string> } = {}) {
	if (!fs.existsSync(path.join(root, 'build', 'index.js'))) {
		throw new Error('No build found: run the tests with `npm test`, which builds first.');
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-server-'));
	const databaseFile = path.join(dir, 'app.sqlite');
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		env: {
			...process.env,
			NODE_ENV: 'test',
			DATABASE_PATH: databaseFile,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			NETWERKKAART_DEMO: options.demo ? '1' : '0',
			DEMO_PASSWORD: DEMO_PASSWORD,
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	await waitUntilUp(url, child, () => output);
	const server: RunningServer = {
		url,
		databaseFile,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await exited;
			}
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
	return Object.assign(server, { output: () => output });
}
