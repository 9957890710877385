import { error, json } from '@sveltejs/kit';
import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { findEmployee, topicsOf } from '$lib/server/employees/employees.queries';
import { idParam } from '$lib/server/forms';
import { linksOf } from '$lib/server/links/links.queries';
import type { RequestHandler } from './$types';

/** A person's card for the map's side panel: contact details, topics and current links. */
export const GET: RequestHandler = async (event) => {
	requireCapability(event, 'network.read');
	const db = getDb();
	const id = idParam(event.params.id);
	const employee = await findEmployee(db, id);
	if (!employee) error(404, 'Niet gevonden');
	const [topics, links] = await Promise.all([topicsOf(db, id), linksOf(db, id)]);
	return json({
		id: employee.id,
		name: employee.full_name,
		jobTitle: employee.job_title,
		email: employee.email,
		phone: employee.phone,
		department: employee.department_name,
		departmentColor: employee.department_color,
		contactPoint: employee.is_contact_point === 1,
		leftOn: employee.left_on,
		topics,
		links: links
			.filter((l) => !l.otherLeftOn)
			.map((l) => ({
				id: l.otherId,
				name: l.otherName,
				department: l.departmentName,
				strength: l.strength,
				formedOn: l.formedOn,
				origin: l.origin,
				session: l.sessionTitle ? { title: l.sessionTitle, date: l.sessionDate } : null
			}))
	});
};
