import { error, fail } from '@sveltejs/kit';
import { actorOf, requireCapability } from '$lib/server/auth/guards';
import { findUser } from '$lib/server/auth/users.queries';
import { roleInput } from '$lib/server/auth/users.schema';
import { changeRole, endSessions, resetSetupLink, setActive } from '$lib/server/auth/users.service';
import { getDb } from '$lib/server/db';
import { idParam, refusal } from '$lib/server/forms';
import { formValues, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCapability(event, 'users.manage');
	const db = getDb();
	const user = await findUser(db, idParam(event.params.id));
	if (!user) error(404, 'Niet gevonden');
	const sessions = await db
		.selectFrom('user_session')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('user_id', '=', user.id)
		.executeTakeFirstOrThrow();
	return {
		account: {
			id: user.id,
			email: user.email,
			role: user.role,
			active: user.active === 1,
			hasPassword: user.password_hash !== null,
			name: user.full_name,
			employeeId: user.employee_id,
			sessions: Number(sessions.n)
		}
	};
};

export const actions: Actions = {
	role: async (event) => {
		requireCapability(event, 'users.manage');
		const values = formValues(await event.request.formData());
		const input = validate(roleInput, values);
		if (!input.ok) return fail(400, { form: 'role', values, errors: input.errors });
		try {
			await changeRole(getDb(), actorOf(event), idParam(event.params.id), input.data.role);
		} catch (e) {
			return refusal(e, values, 'role');
		}
		return { done: 'user.roleChanged' as const };
	},
	deactivate: async (event) => {
		requireCapability(event, 'users.manage');
		try {
			await setActive(getDb(), actorOf(event), idParam(event.params.id), false);
		} catch (e) {
			return refusal(e, {}, 'deactivate');
		}
		return { done: 'user.deactivated' as const };
	},
	activate: async (event) => {
		requireCapability(event, 'users.manage');
		try {
			await setActive(getDb(), actorOf(event), idParam(event.params.id), true);
		} catch (e) {
			return refusal(e, {}, 'activate');
		}
		return { done: 'user.activated' as const };
	},
	endSessions: async (event) => {
		requireCapability(event, 'users.manage');
		try {
			await endSessions(getDb(), actorOf(event), idParam(event.params.id));
		} catch (e) {
			return refusal(e, {}, 'endSessions');
		}
		return { done: 'user.sessionsEnded' as const };
	},
	setupLink: async (event) => {
		requireCapability(event, 'users.manage');
		try {
			const token = await resetSetupLink(getDb(), actorOf(event), idParam(event.params.id));
			return { link: `${event.url.origin}/account/instellen/${token}` };
		} catch (e) {
			return refusal(e, {}, 'setupLink');
		}
	}
};
