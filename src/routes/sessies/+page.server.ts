import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listSessions } from '$lib/server/sessions/sessions.queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCapability(event, 'sessions.run');
	const sessions = await listSessions(getDb());
	return {
		// The next session first; history newest first.
		upcoming: sessions
			.filter((s) => s.status !== 'closed')
			.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id - b.id),
		past: sessions.filter((s) => s.status === 'closed')
	};
};
