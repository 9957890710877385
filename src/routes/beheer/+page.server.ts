import { requireCapability } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireCapability(event, 'users.manage');
	return {};
};
