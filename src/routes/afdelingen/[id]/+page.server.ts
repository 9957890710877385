import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { findDepartment } from '$lib/server/departments/departments.queries';
import { departmentInput } from '$lib/server/departments/departments.schema';
import { deleteDepartment, updateDepartment } from '$lib/server/departments/departments.service';
import { idParam, refusal, withNotice } from '$lib/server/forms';
import { formValues, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const department = await findDepartment(getDb(), idParam(params.id));
	if (!department) error(404, 'Niet gevonden');
	return { department };
};

export const actions: Actions = {
	update: async ({ request, params }) => {
		const id = idParam(params.id);
		const values = formValues(await request.formData());
		const input = validate(departmentInput, values);
		if (!input.ok) return fail(400, { form: 'update', values, errors: input.errors });
		try {
			await updateDepartment(getDb(), id, input.data);
		} catch (e) {
			return refusal(e, values, 'update');
		}
		redirect(303, withNotice(`/afdelingen/${id}`, 'common.saved'));
	},
	delete: async ({ params }) => {
		try {
			await deleteDepartment(getDb(), idParam(params.id));
		} catch (e) {
			return refusal(e, {}, 'delete');
		}
		redirect(303, withNotice('/afdelingen', 'common.deleted'));
	}
};
