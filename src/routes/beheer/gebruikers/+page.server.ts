import { fail } from '@sveltejs/kit';
import { actorOf, requireCapability } from '$lib/server/auth/guards';
import { employeesWithoutAccount, listUsers } from '$lib/server/auth/users.queries';
import { newUserInput } from '$lib/server/auth/users.schema';
import { createUser } from '$lib/server/auth/users.service';
import { publicOrigin } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { refusal } from '$lib/server/forms';
import { formValues, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCapability(event, 'users.manage');
	const db = getDb();
	const [users, candidates] = await Promise.all([listUsers(db), employeesWithoutAccount(db)]);
	return { users, candidates };
};

export const actions: Actions = {
	create: async (event) => {
		requireCapability(event, 'users.manage');
		const values = formValues(await event.request.formData());
		const input = validate(newUserInput, values);
		if (!input.ok) return fail(400, { form: 'create', values, errors: input.errors });
		try {
			const { setupToken } = await createUser(getDb(), actorOf(event), input.data);
			// Shown once, on this response only: there is no mail server, the beheerder passes it on.
			return {
				created: {
					email: input.data.email,
					link: `${event.url.origin || publicOrigin()}/account/instellen/${setupToken}`
				}
			};
		} catch (e) {
			return refusal(e, values, 'create');
		}
	}
};
