import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/auth/roles';
import { actorOf, requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { findDepartment } from '$lib/server/departments/departments.queries';
import { departmentInput } from '$lib/server/departments/departments.schema';
import { deleteDepartment, updateDepartment } from '$lib/server/departments/departments.service';
import { idParam, refusal, withNotice } from '$lib/server/forms';
import { formValues, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'network.read');
	const department = await findDepartment(getDb(), idParam(event.params.id));
	if (!department) error(404, 'Niet gevonden');
	return { department, canManage: can(user.role, 'departments.manage') };
};

export const actions: Actions = {
	update: async (event) => {
		requireCapability(event, 'departments.manage');
		const id = idParam(event.params.id);
		const values = formValues(await event.request.formData());
		const input = validate(departmentInput, values);
		if (!input.ok) return fail(400, { form: 'update', values, errors: input.errors });
		try {
			await updateDepartment(getDb(), actorOf(event), id, input.data);
		} catch (e) {
			return refusal(e, values, 'update');
		}
		redirect(303, withNotice(`/afdelingen/${id}`, 'common.saved'));
	},
	delete: async (event) => {
		requireCapability(event, 'departments.manage');
		try {
			await deleteDepartment(getDb(), actorOf(event), idParam(event.params.id));
		} catch (e) {
			return refusal(e, {}, 'delete');
		}
		redirect(303, withNotice('/afdelingen', 'common.deleted'));
	}
};
