import { can } from '$lib/auth/roles';
import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartments } from '$lib/server/departments/departments.queries';
import { searchEmployees } from '$lib/server/employees/employees.queries';
import { searchInput } from '$lib/server/employees/employees.schema';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'network.read');
	const db = getDb();
	const query = searchInput.parse(Object.fromEntries(event.url.searchParams));
	const { rows, total } = await searchEmployees(db, {
		q: query.q,
		departmentId: query.afdeling,
		includeLeft: query.oud === '1',
		limit: PAGE_SIZE,
		offset: (query.pagina - 1) * PAGE_SIZE
	});
	return {
		query,
		employees: rows,
		total,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		departments: await listDepartments(db),
		canCreate: can(user.role, 'employees.create')
	};
};
