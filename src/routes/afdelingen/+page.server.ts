import { fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/auth/roles';
import { actorOf, requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartmentsWithStats } from '$lib/server/departments/departments.queries';
import { departmentInput } from '$lib/server/departments/departments.schema';
import { createDepartment } from '$lib/server/departments/departments.service';
import { refusal, withNotice } from '$lib/server/forms';
import { formValues, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'network.read');
	return {
		departments: await listDepartmentsWithStats(getDb()),
		canManage: can(user.role, 'departments.manage')
	};
};

export const actions: Actions = {
	create: async (event) => {
		requireCapability(event, 'departments.manage');
		const values = formValues(await event.request.formData());
		const input = validate(departmentInput, values);
		if (!input.ok) return fail(400, { form: 'create', values, errors: input.errors });
		try {
			await createDepartment(getDb(), actorOf(event), input.data);
		} catch (e) {
			return refusal(e, values, 'create');
		}
		redirect(303, withNotice('/afdelingen', 'department.created', input.data.name));
	}
};
