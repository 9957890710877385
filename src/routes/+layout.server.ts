import { demoRequested } from '$lib/server/config';
import type { LayoutServerLoad } from './$types';

// Only what the header needs; each page's own load guards its own data.
export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		locale: locals.locale,
		demo: demoRequested(),
		user: user ? { name: user.name, role: user.role, employeeId: user.employeeId } : null
	};
};
