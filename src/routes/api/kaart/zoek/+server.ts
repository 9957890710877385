import { json } from '@sveltejs/kit';
import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { searchEmployees } from '$lib/server/employees/employees.queries';
import type { RequestHandler } from './$types';

/** The map's search: active people by name, job title or topic. */
export const GET: RequestHandler = async (event) => {
	requireCapability(event, 'network.read');
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	if (q.length < 2) return json([]);
	const { rows } = await searchEmployees(getDb(), { q, includeLeft: false, limit: 12, offset: 0 });
	return json(
		rows.map((r) => ({
			id: r.id,
			name: r.full_name,
			jobTitle: r.job_title,
			department: r.department_name
		}))
	);
};
