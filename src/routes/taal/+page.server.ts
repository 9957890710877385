import { redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n/translate';
import { localPath } from '$lib/server/paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = await request.formData();
		const taal = form.get('taal');
		if (isLocale(taal)) {
			cookies.set(LOCALE_COOKIE, taal, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				maxAge: 60 * 60 * 24 * 365
			});
		}
		redirect(303, localPath(form.get('terug')));
	}
};
