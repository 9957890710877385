import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Capability } from '$lib/auth/roles';
import type { Actor } from '../audit/audit.service';
import type { SessionUser } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'request' | 'getClientAddress'>;

/** The signed-in user, or a redirect to the sign-in page that brings the person back here. */
export function requireUser(event: Event): SessionUser {
	const user = event.locals.user;
	if (user) return user;
	if (event.request.method !== 'GET') error(401, 'Niet ingelogd');
	redirect(303, `/inloggen?terug=${encodeURIComponent(event.url.pathname + event.url.search)}`);
}

export function requireCapability(event: Event, capability: Capability): SessionUser {
	const user = requireUser(event);
	if (!can(user.role, capability)) error(403, 'Geen toegang');
	return user;
}

/** For object-level rules: one's own employee record, or the capability for anyone's. */
export function requireSelfOr(
	event: Event,
	employeeId: number,
	capability: Capability
): SessionUser {
	const user = requireUser(event);
	if (user.employeeId !== employeeId && !can(user.role, capability)) error(403, 'Geen toegang');
	return user;
}

export function actorOf(event: Event): Actor {
	const user = requireUser(event);
	return { userId: user.id, email: user.email, ip: event.getClientAddress() };
}
