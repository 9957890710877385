import { fail, redirect } from '@sveltejs/kit';
import { actorOf, requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartments } from '$lib/server/departments/departments.queries';
import { listTopics } from '$lib/server/employees/employees.queries';
import { employeeInput } from '$lib/server/employees/employees.schema';
import { createEmployee } from '$lib/server/employees/employees.service';
import { refusal, withNotice } from '$lib/server/forms';
import { formValues, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCapability(event, 'employees.create');
	const db = getDb();
	const [departments, topics] = await Promise.all([listDepartments(db), listTopics(db)]);
	return {
		departments,
		topics,
		preset: { departmentId: event.url.searchParams.get('afdeling') ?? '' }
	};
};

export const actions: Actions = {
	default: async (event) => {
		requireCapability(event, 'employees.create');
		const values = formValues(await event.request.formData(), ['topics']);
		const input = validate(employeeInput, values);
		if (!input.ok) return fail(400, { values, errors: input.errors });
		let id: number;
		try {
			id = await createEmployee(getDb(), actorOf(event), input.data);
		} catch (e) {
			return refusal(e, values);
		}
		redirect(303, withNotice(`/medewerkers/${id}`, 'employee.created', input.data.fullName));
	}
};
