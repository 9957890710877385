import path from 'node:path';

/**
 * Settings read from the environment. Server code reads them here rather than through
 * `$env`, so the command line (run outside SvelteKit) shares the same rules.
 */
export function databasePath(): string {
	return process.env.DATABASE_PATH || path.resolve('db', 'netwerkkaart.sqlite');
}

export function isProduction(): boolean {
	return process.env.NODE_ENV === 'production';
}

export function demoRequested(): boolean {
	return process.env.NETWERKKAART_DEMO === '1' && !isProduction();
}
