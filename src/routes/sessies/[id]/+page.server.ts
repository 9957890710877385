import { error } from '@sveltejs/kit';
import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartments } from '$lib/server/departments/departments.queries';
import { idParam, withNotice } from '$lib/server/forms';
import { resolveColleague } from '$lib/server/links/links.service';
import { sessionAction, statusActions } from '$lib/server/sessions/actions';
import {
	addNewParticipant,
	addParticipant,
	removeParticipant
} from '$lib/server/sessions/participants.service';
import {
	facilitatorOptions,
	facilitatorsOf,
	findSession,
	participantsOf,
	peopleWithEvents
} from '$lib/server/sessions/sessions.queries';
import {
	existingParticipantInput,
	MAX_PARTICIPANTS,
	newParticipantInput,
	participantIdInput,
	sessionInput
} from '$lib/server/sessions/sessions.schema';
import { deleteSession, updateSession } from '$lib/server/sessions/sessions.service';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCapability(event, 'sessions.run');
	const db = getDb();
	const id = idParam(event.params.id);
	const session = await findSession(db, id);
	if (!session) error(404, 'Niet gevonden');
	const [facilitators, participants, departments, options, locked] = await Promise.all([
		facilitatorsOf(db, id),
		participantsOf(db, id),
		listDepartments(db),
		facilitatorOptions(db),
		peopleWithEvents(db, id)
	]);
	// Current facilitators stay choosable even when their account changed since.
	const known = new Set(options.map((o) => o.id));
	return {
		session,
		facilitators,
		participants,
		departments,
		facilitatorOptions: [...options, ...facilitators.filter((f) => !known.has(f.id))],
		locked,
		max: MAX_PARTICIPANTS,
		values: {
			title: session.title,
			heldOn: session.held_on,
			location: session.location,
			notes: session.notes,
			facilitators: facilitators.map((f) => String(f.id))
		}
	};
};

export const actions: Actions = {
	update: (event) =>
		sessionAction(
			event,
			'update',
			sessionInput,
			async ({ db, actor, sessionId, data }) => {
				await updateSession(db, actor, sessionId, data);
				return { message: 'session.updated' };
			},
			{ lists: ['facilitators'] }
		),
	addParticipant: (event) =>
		sessionAction(event, 'addParticipant', existingParticipantInput, async (w) => {
			const employeeId = await resolveColleague(w.db, 0, w.data.colleague, w.data.colleagueId);
			await addParticipant(w.db, w.actor, w.sessionId, employeeId);
			return { message: 'session.participantAdded', employeeId };
		}),
	addNewParticipant: (event) =>
		sessionAction(event, 'addNewParticipant', newParticipantInput, async (w) => {
			const employeeId = await addNewParticipant(w.db, w.actor, w.sessionId, w.data);
			return { message: 'session.participantAdded', employeeId };
		}),
	removeParticipant: (event) =>
		sessionAction(event, 'removeParticipant', participantIdInput, async (w) => {
			await removeParticipant(w.db, w.actor, w.sessionId, w.data.employeeId);
			return { message: 'session.participantRemoved' };
		}),
	...statusActions,
	delete: (event) =>
		sessionAction(
			event,
			'status',
			z.object({}),
			async ({ db, actor, sessionId }) => {
				await deleteSession(db, actor, sessionId);
				return {};
			},
			{ then: () => withNotice('/sessies', 'session.deleted') }
		)
};
