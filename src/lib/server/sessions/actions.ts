import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actor } from '../audit/audit.service';
import { actorOf, requireCapability } from '../auth/guards';
import { getDb, type DB } from '../db';
import { idParam, refusal, withNotice } from '../forms';
import { formValues, validate } from '../validation';
import { closeSession, startSession } from './sessions.service';

interface Work<T> {
	db: DB;
	actor: Actor;
	sessionId: number;
	data: T;
}

/**
 * One form action on a session page: checks the role, validates the form, runs the service, and
 * answers with `{ form, ...result }`, or a 400 with the typed values and a message per field (or
 * a 404). `form` names the form, so the page shows the answer beside the right one.
 */
export async function sessionAction<S extends z.ZodType, R extends Record<string, unknown>>(
	event: RequestEvent<{ id: string }>,
	form: string,
	schema: S,
	work: (w: Work<z.output<S>>) => Promise<R>,
	options: { lists?: readonly string[]; then?: (sessionId: number) => string } = {}
) {
	requireCapability(event, 'sessions.run');
	const sessionId = idParam(event.params.id);
	const values = formValues(await event.request.formData(), options.lists);
	const input = validate(schema, values);
	if (!input.ok) return fail(400, { form, values, errors: input.errors });
	let result: R;
	try {
		result = await work({ db: getDb(), actor: actorOf(event), sessionId, data: input.data });
	} catch (e) {
		return refusal(e, values, form);
	}
	if (options.then) redirect(303, options.then(sessionId));
	return { form, ...result };
}

const none = z.object({});

/** Start and close, the same on the session page and on the run screen. */
export const statusActions = {
	start: (event: RequestEvent<{ id: string }>) =>
		sessionAction(
			event,
			'status',
			none,
			async ({ db, actor, sessionId }) => {
				await startSession(db, actor, sessionId);
				return {};
			},
			// No notice here: the run screen's own bar says what to do, and it stays in view.
			{ then: (id) => `/sessies/${id}/uitvoeren` }
		),
	close: (event: RequestEvent<{ id: string }>) =>
		sessionAction(
			event,
			'status',
			none,
			async ({ db, actor, sessionId }) => {
				await closeSession(db, actor, sessionId);
				return {};
			},
			{ then: (id) => withNotice(`/sessies/${id}/verslag`, 'session.closed') }
		)
};
