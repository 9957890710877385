import { error, type RequestEvent } from '@sveltejs/kit';
import { can } from '$lib/auth/roles';
import { requireUser } from '../auth/guards';
import type { SessionUser } from '../auth/session';
import type { DB } from '../db';
import { isParticipant } from './sessions.queries';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'request' | 'getClientAddress'>;

/**
 * The report of a session: for those who run sessions, and for anyone who took part in this one
 * (and in no other). Someone else gets 403 whether or not the session exists, so an id reveals
 * nothing.
 */
export async function requireReportReader(
	event: Event,
	db: DB,
	sessionId: number
): Promise<SessionUser> {
	const user = requireUser(event);
	if (can(user.role, 'sessions.run')) return user;
	if (await isParticipant(db, sessionId, user.employeeId)) return user;
	error(403, 'Geen toegang');
}
