import { fail, redirect } from '@sveltejs/kit';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { newPasswordInput } from '$lib/server/auth/users.schema';
import { completeSetup, findSetupToken } from '$lib/server/auth/users.service';
import { getDb } from '$lib/server/db';
import { refusal, withNotice } from '$lib/server/forms';
import { formValues, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

// Public by design: whoever holds the one-time link may set the password, once, within 72 hours.
export const load: PageServerLoad = async ({ params }) => {
	const row = await findSetupToken(getDb(), params.token);
	return { valid: !!row, email: row?.email ?? '' };
};

export const actions: Actions = {
	default: async ({ request, params, cookies, url }) => {
		const values = formValues(await request.formData());
		const input = validate(newPasswordInput, values);
		if (!input.ok) return fail(400, { errors: input.errors });
		const db = getDb();
		let userId: number;
		try {
			userId = await completeSetup(db, params.token, input.data.password);
		} catch (e) {
			return refusal(e, {});
		}
		const { token, session } = await createSession(db, userId);
		setSessionCookie(cookies, token, session, url.protocol === 'https:');
		redirect(303, withNotice('/', 'account.passwordSet'));
	}
};
