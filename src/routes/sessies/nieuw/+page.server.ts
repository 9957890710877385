import { fail, redirect } from '@sveltejs/kit';
import { actorOf, requireCapability } from '$lib/server/auth/guards';
import { today } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { refusal, withNotice } from '$lib/server/forms';
import { facilitatorOptions } from '$lib/server/sessions/sessions.queries';
import { sessionInput } from '$lib/server/sessions/sessions.schema';
import { createSession } from '$lib/server/sessions/sessions.service';
import { formValues, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'sessions.run');
	return {
		facilitatorOptions: await facilitatorOptions(getDb()),
		// The person planning it usually leads it.
		preset: { heldOn: today(), facilitators: [String(user.employeeId)] }
	};
};

export const actions: Actions = {
	default: async (event) => {
		requireCapability(event, 'sessions.run');
		const values = formValues(await event.request.formData(), ['facilitators']);
		const input = validate(sessionInput, values);
		if (!input.ok) return fail(400, { values, errors: input.errors });
		let id: number;
		try {
			id = await createSession(getDb(), actorOf(event), input.data);
		} catch (e) {
			return refusal(e, values);
		}
		redirect(303, withNotice(`/sessies/${id}`, 'session.created', input.data.title));
	}
};
