import type { Cookies } from '@sveltejs/kit';
import type { DB } from '../db';
import type { Role } from '../db/schema';
import { now } from '../clock';
import { sessionIdleMs, sessionMaxMs } from '../config';
import { generateToken, hashToken } from './tokens';

export const SESSION_COOKIE = 'nk_sessie';

// Writing last_used_at on every request would turn each page view into a write; a minute's
// slack on a 60-minute idle timeout is harmless.
const TOUCH_AFTER_MS = 60_000;

export interface SessionUser {
	id: number;
	email: string;
	role: Role;
	employeeId: number;
	name: string;
}

export interface Session {
	id: string;
	userId: number;
	expiresAt: number;
	idleExpiresAt: number;
}

export async function createSession(
	db: DB,
	userId: number
): Promise<{ token: string; session: Session }> {
	const token = generateToken();
	const at = now().getTime();
	const row = {
		id: hashToken(token),
		user_id: userId,
		created_at: at,
		last_used_at: at,
		expires_at: at + sessionMaxMs()
	};
	await db.insertInto('user_session').values(row).execute();
	return {
		token,
		session: { id: row.id, userId, expiresAt: row.expires_at, idleExpiresAt: at + sessionIdleMs() }
	};
}

/** The session and its user for a cookie's token, or nulls when unknown, expired or deactivated. */
export async function validateSessionToken(
	db: DB,
	token: string
): Promise<{ session: Session; user: SessionUser } | { session: null; user: null }> {
	const id = hashToken(token);
	const row = await db
		.selectFrom('user_session')
		.innerJoin('app_user', 'app_user.id', 'user_session.user_id')
		.innerJoin('employee', 'employee.id', 'app_user.employee_id')
		.select([
			'user_session.id',
			'user_session.user_id',
			'user_session.last_used_at',
			'user_session.expires_at',
			'app_user.email',
			'app_user.role',
			'app_user.active',
			'app_user.employee_id',
			'employee.full_name'
		])
		.where('user_session.id', '=', id)
		.executeTakeFirst();
	if (!row) return { session: null, user: null };
	const at = now().getTime();
	const idle = sessionIdleMs();
	if (at >= row.expires_at || at >= row.last_used_at + idle || !row.active) {
		await db.deleteFrom('user_session').where('id', '=', id).execute();
		return { session: null, user: null };
	}
	let lastUsed = row.last_used_at;
	if (at - lastUsed > TOUCH_AFTER_MS) {
		lastUsed = at;
		await db.updateTable('user_session').set({ last_used_at: at }).where('id', '=', id).execute();
	}
	return {
		session: {
			id,
			userId: row.user_id,
			expiresAt: row.expires_at,
			idleExpiresAt: Math.min(row.expires_at, lastUsed + idle)
		},
		user: {
			id: row.user_id,
			email: row.email,
			role: row.role,
			employeeId: row.employee_id,
			name: row.full_name
		}
	};
}

export async function invalidateSession(db: DB, sessionId: string): Promise<void> {
	await db.deleteFrom('user_session').where('id', '=', sessionId).execute();
}

export async function invalidateUserSessions(db: DB, userId: number): Promise<number> {
	const result = await db
		.deleteFrom('user_session')
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	session: Session,
	secure: boolean
) {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: new Date(session.expiresAt)
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean) {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
