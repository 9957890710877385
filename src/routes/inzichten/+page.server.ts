import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseAsOf } from '$lib/server/insights/insights.params';
import { insightsFor, insightsTierFor } from '$lib/server/insights/insights.service';
import type { PageServerLoad } from './$types';

/**
 * Managers get the departments tier, the beheerder the named one. A malformed peildatum shows a
 * message at the field and today's figures, never an error page.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'insights.read');
	const typed = (event.url.searchParams.get('peildatum') ?? '').slice(0, 40);
	const asOf = parseAsOf(typed);
	const report = await insightsFor(getDb(), {
		tier: insightsTierFor(user),
		asOf: asOf.ok ? asOf.asOf : null
	});
	return { report, peildatum: typed, error: asOf.ok ? null : asOf.error };
};
