import { fail, redirect } from '@sveltejs/kit';
import { actorOf, requireUser } from '$lib/server/auth/guards';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { changePasswordInput } from '$lib/server/auth/users.schema';
import { ThrottledError } from '$lib/server/auth/throttle';
import { changePassword } from '$lib/server/auth/users.service';
import { getDb } from '$lib/server/db';
import { refusal, withNotice } from '$lib/server/forms';
import { formValues, validate, type FieldErrors } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { account: { email: user.email, role: user.role, employeeId: user.employeeId } };
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		const input = validate(changePasswordInput, values);
		// Passwords are never echoed back into the page.
		if (!input.ok) return fail(400, { errors: input.errors });
		const db = getDb();
		try {
			await changePassword(
				db,
				{ ...actorOf(event), userId: user.id },
				input.data.current,
				input.data.password
			);
		} catch (e) {
			if (e instanceof ThrottledError) {
				event.setHeaders({ 'Retry-After': String(e.retryAfter) });
				return fail(429, {
					errors: {
						form: { key: 'error.signIn.throttled', params: { seconds: e.retryAfter } }
					} as FieldErrors
				});
			}
			return refusal(e, {});
		}
		// All sessions ended with the change, this one too; the person stays signed in on a new one.
		const { token, session } = await createSession(db, user.id);
		setSessionCookie(event.cookies, token, session, event.url.protocol === 'https:');
		redirect(303, withNotice('/account', 'account.passwordChanged'));
	}
};
