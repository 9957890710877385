import type { DB } from '../db';
import { audit } from '../audit/audit.service';
import { nowIso } from '../clock';
import { spendVerifyTime, verifyPassword } from './password';
import { clearAccountFailures, recordFailure, secondsToWait, throttleKeys } from './throttle';
import { findUserByEmail } from './users.queries';

export type SignInResult =
	| { outcome: 'ok'; userId: number }
	| { outcome: 'invalid' }
	| { outcome: 'throttled'; retryAfter: number };

/**
 * One answer for an unknown e-mail, a wrong password, an account without a password and a
 * deactivated account, so the form does not tell an attacker which accounts exist.
 */
export async function signIn(
	db: DB,
	email: string,
	password: string,
	address: string
): Promise<SignInResult> {
	const keys = throttleKeys(email, address);
	const wait = await secondsToWait(db, keys);
	if (wait > 0) {
		await audit(
			db,
			{ userId: null, email, ip: address },
			{ action: 'auth.throttled', entityType: 'user', summary: `${wait} s` }
		);
		return { outcome: 'throttled', retryAfter: wait };
	}
	const user = await findUserByEmail(db, email);
	const valid = user?.password_hash
		? await verifyPassword(user.password_hash, password)
		: (await spendVerifyTime(password), false);
	if (!user || !valid || !user.active) {
		await recordFailure(db, keys);
		await audit(
			db,
			{ userId: user?.id ?? null, email, ip: address },
			{ action: 'auth.signInFailed', entityType: 'user', entityId: user?.id ?? null }
		);
		return { outcome: 'invalid' };
	}
	await clearAccountFailures(db, keys);
	await db
		.updateTable('app_user')
		.set({ last_sign_in_at: nowIso() })
		.where('id', '=', user.id)
		.execute();
	await audit(
		db,
		{ userId: user.id, email: user.email, ip: address },
		{ action: 'auth.signIn', entityType: 'user', entityId: user.id }
	);
	return { outcome: 'ok', userId: user.id };
}
