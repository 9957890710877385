import { error } from '@sveltejs/kit';
import { can } from '$lib/auth/roles';
import { getDb } from '$lib/server/db';
import { idParam } from '$lib/server/forms';
import { requireReportReader } from '$lib/server/sessions/access';
import { loadReport } from '$lib/server/sessions/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const db = getDb();
	const id = idParam(event.params.id);
	const user = await requireReportReader(event, db, id);
	const loaded = await loadReport(db, id);
	if (!loaded) error(404, 'Niet gevonden');
	const { session, facilitators, signals, report } = loaded;
	return {
		// Not the planning notes: a participant reads the outcome, not the facilitator's notes.
		session: {
			id: session.id,
			title: session.title,
			heldOn: session.held_on,
			location: session.location,
			status: session.status,
			begrip: session.begrip
		},
		facilitators: facilitators.map((f) => f.name),
		signals: signals.map((s) => s.label),
		report,
		canRun: can(user.role, 'sessions.run')
	};
};
