import { error } from '@sveltejs/kit';
import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { idParam } from '$lib/server/forms';
import { sessionAction, statusActions } from '$lib/server/sessions/actions';
import { adviseNextRound, latestAdvice } from '$lib/server/sessions/pairing.service';
import { buildReport } from '$lib/server/sessions/report';
import { recordSessionLink, undoLastLink } from '$lib/server/sessions/session-links.service';
import {
	baselineOf,
	eventsOf,
	findSession,
	linksAmong,
	participantsOf,
	signalsOf
} from '$lib/server/sessions/sessions.queries';
import {
	begripInput,
	recordInput,
	signalIdInput,
	signalInput
} from '$lib/server/sessions/sessions.schema';
import { addSignal, removeSignal, saveBegrip } from '$lib/server/sessions/sessions.service';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCapability(event, 'sessions.run');
	const db = getDb();
	const id = idParam(event.params.id);
	const session = await findSession(db, id);
	if (!session) error(404, 'Niet gevonden');
	const participants = await participantsOf(db, id);
	const ids = participants.map((p) => p.id);
	const [links, baseline, events, signals, advice] = await Promise.all([
		linksAmong(db, ids),
		session.status === 'planned' ? linksAmong(db, ids) : baselineOf(db, id),
		eventsOf(db, id),
		signalsOf(db, id),
		latestAdvice(db, id, participants)
	]);
	const report = buildReport(participants, baseline, events);
	const name = (id: number) => participants.find((p) => p.id === id)?.name ?? '?';
	const department = (id: number) => participants.find((p) => p.id === id)?.departmentId;
	return {
		session: {
			id: session.id,
			title: session.title,
			heldOn: session.held_on,
			status: session.status,
			begrip: session.begrip
		},
		participants,
		links,
		newPairs: report.newLinks.map((l) => [l.a, l.b] as [number, number]),
		counters: {
			newCross: report.newLinks.filter((l) => l.cross).length,
			newDepartmentPairs: report.newDepartmentPairs.length
		},
		// Newest first: the top one is what Undo takes back.
		log: events
			.map((e) => ({
				id: e.id,
				a: name(e.a),
				b: name(e.b),
				action: e.action,
				strength: e.strength,
				cross: department(e.a) !== department(e.b)
			}))
			.reverse(),
		signals,
		advice
	};
};

const none = z.object({});

export const actions: Actions = {
	record: (event) =>
		sessionAction(event, 'record', recordInput, async ({ db, actor, sessionId, data }) => ({
			outcome: await recordSessionLink(db, actor, sessionId, data)
		})),
	undo: (event) =>
		sessionAction(event, 'undo', none, async ({ db, actor, sessionId }) => ({
			outcome: await undoLastLink(db, actor, sessionId)
		})),
	advise: (event) =>
		sessionAction(event, 'advise', none, async ({ db, actor, sessionId }) => ({
			advice: (await adviseNextRound(db, actor, sessionId)).status
		})),
	begrip: (event) =>
		sessionAction(event, 'begrip', begripInput, async ({ db, actor, sessionId, data }) => {
			await saveBegrip(db, actor, sessionId, data.begrip);
			return { message: 'session.begrip.saved' };
		}),
	addSignal: (event) =>
		sessionAction(event, 'addSignal', signalInput, async ({ db, actor, sessionId, data }) => {
			await addSignal(db, actor, sessionId, data.label);
			return { message: 'session.signals.added' };
		}),
	removeSignal: (event) =>
		sessionAction(event, 'removeSignal', signalIdInput, async ({ db, actor, sessionId, data }) => {
			await removeSignal(db, actor, sessionId, data.signalId);
			return {};
		}),
	...statusActions
};
