import { fail, redirect } from '@sveltejs/kit';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { signIn } from '$lib/server/auth/signin.service';
import { signInInput } from '$lib/server/auth/users.schema';
import { getDb } from '$lib/server/db';
import { localPath } from '$lib/server/paths';
import { formValues, validate, type FieldErrors } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const back = localPath(url.searchParams.get('terug'));
	if (locals.user) redirect(303, back);
	return { back };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress, setHeaders }) => {
		const values = formValues(await request.formData());
		const input = validate(signInInput, values);
		const echo = { email: values.email, terug: values.terug };
		if (!input.ok) return fail(400, { values: echo, errors: input.errors });
		const db = getDb();
		const result = await signIn(db, input.data.email, input.data.password, getClientAddress());
		if (result.outcome === 'throttled') {
			setHeaders({ 'Retry-After': String(result.retryAfter) });
			return fail(429, {
				values: echo,
				errors: {
					form: { key: 'error.signIn.throttled', params: { seconds: result.retryAfter } }
				} as FieldErrors
			});
		}
		if (result.outcome === 'invalid') {
			return fail(400, {
				values: echo,
				errors: { form: { key: 'error.signIn.invalid' } } as FieldErrors
			});
		}
		// A new token at every sign-in: a token planted before sign-in never becomes a session.
		const { token, session } = await createSession(db, result.userId);
		setSessionCookie(cookies, token, session, url.protocol === 'https:');
		redirect(303, localPath(input.data.terug));
	}
};
