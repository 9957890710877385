import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseAsOf } from '$lib/server/insights/insights.params';
import { insightsFor, insightsTierFor } from '$lib/server/insights/insights.service';
import type { RequestHandler } from './$types';

/**
 * The dashboard's figures as JSON for other tools, in the caller's tier: `tier: "departments"`
 * (manager) has no articulationPoints, betweennessTop, brokers or whatIfLeaves at all;
 * `tier: "named"` (beheerder) has them. `?peildatum=YYYY-MM-DD` as on the page.
 */
export const GET: RequestHandler = async (event) => {
	const user = requireCapability(event, 'insights.read');
	const asOf = parseAsOf(event.url.searchParams.get('peildatum'));
	if (!asOf.ok) {
		return json(
			{ error: translate(event.locals.locale, asOf.error.key), field: 'peildatum' },
			{ status: 400 }
		);
	}
	return json(await insightsFor(getDb(), { tier: insightsTierFor(user), asOf: asOf.asOf }));
};
