import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { can } from '$lib/auth/roles';
import { actorOf, requireCapability, requireSelfOr } from '$lib/server/auth/guards';
import { today } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { listDepartments } from '$lib/server/departments/departments.queries';
import { findEmployee, listTopics, topicsOf } from '$lib/server/employees/employees.queries';
import { employeeInput } from '$lib/server/employees/employees.schema';
import {
	deleteEmployee,
	setLeft,
	updateEmployee,
	updateOwnProfile
} from '$lib/server/employees/employees.service';
import { idParam, refusal, withNotice } from '$lib/server/forms';
import { formValues, isoDate, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

const leaveInput = z.object({ leftOn: isoDate });
const deleteInput = z.object({
	confirm: z.literal('ja', { error: 'error.employee.confirmDelete' })
});

export const load: PageServerLoad = async (event) => {
	const id = idParam(event.params.id);
	const user = requireSelfOr(event, id, 'employees.manage');
	const db = getDb();
	const employee = await findEmployee(db, id);
	if (!employee) error(404, 'Niet gevonden');
	const [departments, topics, ownTopics] = await Promise.all([
		listDepartments(db),
		listTopics(db),
		topicsOf(db, id)
	]);
	return {
		employee,
		departments,
		topics,
		today: today(),
		canManage: can(user.role, 'employees.manage'),
		values: {
			fullName: employee.full_name,
			email: employee.email ?? '',
			phone: employee.phone,
			jobTitle: employee.job_title,
			departmentId: String(employee.department_id),
			topics: ownTopics,
			isContactPoint: employee.is_contact_point === 1,
			externalId: employee.external_id ?? ''
		}
	};
};

export const actions: Actions = {
	update: async (event) => {
		const id = idParam(event.params.id);
		const user = requireSelfOr(event, id, 'employees.manage');
		const values = formValues(await event.request.formData(), ['topics']);
		const input = validate(employeeInput, values);
		if (!input.ok) return fail(400, { form: 'update', values, errors: input.errors });
		try {
			const update = can(user.role, 'employees.manage') ? updateEmployee : updateOwnProfile;
			await update(getDb(), actorOf(event), id, input.data);
		} catch (e) {
			return refusal(e, values, 'update');
		}
		redirect(303, withNotice(`/medewerkers/${id}`, 'common.saved'));
	},
	leave: async (event) => {
		requireCapability(event, 'employees.manage');
		const id = idParam(event.params.id);
		const values = formValues(await event.request.formData());
		const input = validate(leaveInput, values);
		if (!input.ok) return fail(400, { form: 'leave', values, errors: input.errors });
		try {
			await setLeft(getDb(), actorOf(event), id, input.data.leftOn);
		} catch (e) {
			return refusal(e, values, 'leave');
		}
		redirect(303, withNotice(`/medewerkers/${id}`, 'common.saved'));
	},
	reactivate: async (event) => {
		requireCapability(event, 'employees.manage');
		const id = idParam(event.params.id);
		try {
			await setLeft(getDb(), actorOf(event), id, null);
		} catch (e) {
			return refusal(e, {}, 'reactivate');
		}
		redirect(303, withNotice(`/medewerkers/${id}`, 'common.saved'));
	},
	delete: async (event) => {
		requireCapability(event, 'employees.manage');
		const id = idParam(event.params.id);
		const values = formValues(await event.request.formData());
		const input = validate(deleteInput, values);
		if (!input.ok) return fail(400, { form: 'delete', values, errors: input.errors });
		try {
			await deleteEmployee(getDb(), actorOf(event), id);
		} catch (e) {
			return refusal(e, values, 'delete');
		}
		redirect(303, withNotice('/medewerkers', 'common.deleted'));
	}
};
