import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Chromium's own background services try to reach Google; this network is closed, so they
// would only fail noisily and slow the start.
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Debian's Chromium where installed, else the one the @sparticuz/chromium package ships. */
export async function chromiumPath(): Promise<string> {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const candidate of candidates) if (candidate && fs.existsSync(candidate)) return candidate;
	const { default: sparticuz } = await import('@sparticuz/chromium');
	return sparticuz.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: ARGS });
}
