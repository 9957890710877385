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

function minutesFromEnv(name: string, fallback: number): number {
	const value = Number(process.env[name]);
	return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Sliding inactivity timeout of a session (SESSION_IDLE_MINUTES, default 60). */
export function sessionIdleMs(): number {
	return minutesFromEnv('SESSION_IDLE_MINUTES', 60) * 60_000;
}

/** Absolute lifetime of a session, however active (SESSION_MAX_HOURS, default 12). */
export function sessionMaxMs(): number {
	return minutesFromEnv('SESSION_MAX_HOURS', 12) * 3_600_000;
}

/** Failures in a row per client address before delays start (SIGN_IN_ADDRESS_LIMIT, default 20). */
export function addressFailureLimit(): number {
	return minutesFromEnv('SIGN_IN_ADDRESS_LIMIT', 20);
}

/** The public address used in set-up links printed by the command line. */
export function publicOrigin(): string {
	return process.env.ORIGIN || `http://localhost:${process.env.PORT || '3000'}`;
}

/**
 * The municipality's own ways to report a suspicion (REPORT_MAILBOX, REPORT_URL, both optional):
 * Netwerkkaart points people there; it never holds the signals themselves.
 */
export function reportChannels(): { mailbox: string | null; url: string | null } {
	const url = process.env.REPORT_URL ?? '';
	return {
		mailbox: process.env.REPORT_MAILBOX || null,
		url: /^https?:\/\//.test(url) ? url : null
	};
}
