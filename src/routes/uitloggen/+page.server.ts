import { redirect } from '@sveltejs/kit';
import { audit } from '$lib/server/audit/audit.service';
import { actorOf } from '$lib/server/auth/guards';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		const actor = actorOf(event);
		const db = getDb();
		if (event.locals.session) await invalidateSession(db, event.locals.session.id);
		await audit(db, actor, { action: 'auth.signOut', entityType: 'user', entityId: actor.userId });
		deleteSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, '/inloggen');
	}
};
