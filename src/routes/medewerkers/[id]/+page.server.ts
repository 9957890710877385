import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/auth/roles';
import { actorOf, requireCapability, requireSelfOr } from '$lib/server/auth/guards';
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

export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'network.read');
	const db = getDb();
	const id = idParam(event.params.id);
	const employee = await findEmployee(db, id);
	if (!employee) error(404, 'Niet gevonden');
	const [topics, links] = await Promise.all([topicsOf(db, id), linksOf(db, id)]);
	const self = user.employeeId === id;
	return {
		employee,
		topics,
		links,
		canEditLinks: self || can(user.role, 'links.editOthers'),
		canEdit: self || can(user.role, 'employees.manage')
	};
};

export const actions: Actions = {
	addLink: async (event) => {
		const db = getDb();
		const ownerId = idParam(event.params.id);
		requireSelfOr(event, ownerId, 'links.editOthers');
		const values = formValues(await event.request.formData());
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
			await addLink(db, actorOf(event), {
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
	changeLink: async (event) => {
		const ownerId = idParam(event.params.id);
		requireSelfOr(event, ownerId, 'links.editOthers');
		const values = formValues(await event.request.formData());
		const input = validate(changeLinkInput, values);
		if (!input.ok) return fail(400, { form: 'changeLink', values, errors: input.errors });
		try {
			await changeStrength(
				getDb(),
				actorOf(event),
				ownerId,
				input.data.linkId,
				input.data.strength
			);
		} catch (e) {
			return refusal(e, values, 'changeLink');
		}
		redirect(303, withNotice(`/medewerkers/${ownerId}`, 'link.updated'));
	},
	removeLink: async (event) => {
		const ownerId = idParam(event.params.id);
		requireSelfOr(event, ownerId, 'links.editOthers');
		const values = formValues(await event.request.formData());
		const input = validate(removeLinkInput, values);
		if (!input.ok) return fail(400, { form: 'removeLink', values, errors: input.errors });
		try {
			await removeLink(getDb(), actorOf(event), ownerId, input.data.linkId);
		} catch (e) {
			return refusal(e, values, 'removeLink');
		}
		redirect(303, withNotice(`/medewerkers/${ownerId}`, 'link.removed'));
	}
};
