import { can } from '$lib/auth/roles';
import { requireCapability } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

/** Managers see the department figures only; the files with names are the beheerder's. */
export const load: PageServerLoad = (event) => {
	const user = requireCapability(event, 'insights.read');
	return { full: can(user.role, 'data.exchange') };
};
