import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { findEmployee, topicsOf } from '$lib/server/employees/employees.queries';
import { idParam, refusal, withNotice } from '$lib/server/forms';
import { linksOf } from '$lib/server/links/links.queries';
import { addLinkInput, changeLinkInput, removeLinkInput } from '$lib/server/links/links.schema';
import {
	addLink,
	changeStrength,
	removeLink,
	resolveColleague
} from '$lib/server/links/links.service';
import { formValues, validate } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = getDb();
	const id = idParam(params.id);
	const employee = await findEmployee(db, id);
	if (!employee) error(404, 'Niet gevonden');
	const [topics, links] = await Promise.all([topicsOf(db, id), linksOf(db, id)]);
	return { employee, topics, links };
};

export const actions: Actions = {
	addLink: async ({ request, params }) => {
		const db = getDb();
		const ownerId = idParam(params.id);
		const values = formValues(await request.formData());
		const input = validate(addLinkInput, values);
		if (!input.ok) return fail(400, { form: 'addLink', values, errors: input.errors });
		let name = '';
		try {
			const other = await resolveColleague(
				db,
				ownerId,
				input.data.colleague,
				input.data.colleagueId
			);
			await addLink(db, {
				from: ownerId,
				to: other,
				strength: input.data.strength,
				note: input.data.note
			});
			name = (await findEmployee(db, other))?.full_name ?? '';
		} catch (e) {
			return refusal(e, values, 'addLink');
		}
		redirect(303, withNotice(`/medewerkers/${ownerId}`, 'link.added', name));
	},
	changeLink: async ({ request, params }) => {
		const ownerId = idParam(params.id);
		const values = formValues(await request.formData());
		const input = validate(changeLinkInput, values);
		if (!input.ok) return fail(400, { form: 'changeLink', values, errors: input.errors });
		try {
			await changeStrength(getDb(), ownerId, input.data.linkId, input.data.strength);
		} catch (e) {
			return refusal(e, values, 'changeLink');
		}
		redirect(303, withNotice(`/medewerkers/${ownerId}`, 'link.updated'));
	},
	removeLink: async ({ request, params }) => {
		const ownerId = idParam(params.id);
		const values = formValues(await request.formData());
		const input = validate(removeLinkInput, values);
		if (!input.ok) return fail(400, { form: 'removeLink', values, errors: input.errors });
		try {
			await removeLink(getDb(), ownerId, input.data.linkId);
		} catch (e) {
			return refusal(e, values, 'removeLink');
		}
		redirect(303, withNotice(`/medewerkers/${ownerId}`, 'link.removed'));
	}
};
