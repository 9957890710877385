import type { DB } from '../db';
import { now } from '../clock';
import { addressFailureLimit } from '../config';

export const ACCOUNT_FAILURE_LIMIT = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
/** Failures this long ago no longer count: "in a row" means within a quarter of an hour. */
const FORGET_AFTER_MS = 15 * 60_000;

/**
 * Delays, never a lock-out: after the limit each further failure doubles the wait (30 s, 1 min,
 * 2 min, … up to 15 min). An attacker can slow an account down but cannot shut its owner out
 * for long, and a correct password after the wait works.
 */
function delayAfter(failures: number, limit: number): number {
	if (failures < limit) return 0;
	return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - limit));
}

export interface ThrottleKeys {
	account: string;
	address: string;
}

export function throttleKeys(email: string, address: string): ThrottleKeys {
	return { account: `account:${email.toLowerCase()}`, address: `address:${address}` };
}

/** Seconds to wait before another attempt is heard, or 0. */
export async function secondsToWait(db: DB, keys: ThrottleKeys): Promise<number> {
	const rows = await db
		.selectFrom('sign_in_throttle')
		.selectAll()
		.where('key', 'in', [keys.account, keys.address])
		.execute();
	const until = Math.max(0, ...rows.map((r) => r.blocked_until));
	const remaining = until - now().getTime();
	return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

export async function recordFailure(db: DB, keys: ThrottleKeys) {
	const at = now().getTime();
	for (const [key, limit] of [
		[keys.account, ACCOUNT_FAILURE_LIMIT],
		[keys.address, addressFailureLimit()]
	] as const) {
		const row = await db
			.selectFrom('sign_in_throttle')
			.selectAll()
			.where('key', '=', key)
			.executeTakeFirst();
		const recent = row && at - row.last_failure_at < FORGET_AFTER_MS;
		const failures = (recent ? row.failures : 0) + 1;
		const delay = delayAfter(failures, limit);
		const values = { failures, last_failure_at: at, blocked_until: delay ? at + delay : 0 };
		await db
			.insertInto('sign_in_throttle')
			.values({ key, ...values })
			.onConflict((oc) => oc.column('key').doUpdateSet(values))
			.execute();
	}
}

/**
 * A success clears the account's count only. The address count is left to expire: otherwise
 * anyone with one valid account could sign in between rounds of guessing at other accounts.
 */
export async function clearAccountFailures(db: DB, keys: ThrottleKeys) {
	await db.deleteFrom('sign_in_throttle').where('key', '=', keys.account).execute();
}

/** Thrown where a password is checked outside the sign-in form (changing one's password). */
export class ThrottledError extends Error {
	constructor(readonly retryAfter: number) {
		super(`Throttled for ${retryAfter} s`);
	}
}
