import { z } from 'zod';
import type { DB } from '../db';
import { resolveColleague } from '../links/links.service';
import { InputError, type FieldErrors } from '../validation';
import { whoToCall, type RouteAnswer, type RouteTarget } from './route.service';

const query = z.object({
	naar: z.enum(['afdeling', 'onderwerp', 'persoon']).optional().catch(undefined),
	afdeling: z.coerce.number().int().positive().optional().catch(undefined),
	onderwerp: z.string().trim().max(60).optional().catch(undefined),
	persoon: z.string().trim().max(120).optional().catch(undefined)
});

export type RouteQuery = z.output<typeof query>;

/**
 * "Wie bel ik?" as a plain GET form (`/kaart?naar=afdeling&afdeling=5`), so the answer has an
 * address, works without JavaScript and is the same on the map and in the table view.
 */
export async function routeFromQuery(
	db: DB,
	me: number,
	params: URLSearchParams
): Promise<{ query: RouteQuery; answer: RouteAnswer | null; errors: FieldErrors }> {
	const q = query.parse(Object.fromEntries(params));
	if (!q.naar) return { query: q, answer: null, errors: {} };
	let target: RouteTarget;
	try {
		if (q.naar === 'afdeling') {
			if (!q.afdeling) throw new InputError({ afdeling: { key: 'error.department.unknown' } });
			target = { kind: 'afdeling', id: q.afdeling };
		} else if (q.naar === 'onderwerp') {
			if (!q.onderwerp) throw new InputError({ onderwerp: { key: 'error.required' } });
			target = { kind: 'onderwerp', name: q.onderwerp };
		} else {
			const id = await resolveColleague(db, me, q.persoon ?? '').catch((e) => {
				if (e instanceof InputError) throw new InputError({ persoon: e.errors.colleague });
				throw e;
			});
			target = { kind: 'persoon', id };
		}
	} catch (e) {
		if (e instanceof InputError) return { query: q, answer: null, errors: e.errors };
		throw e;
	}
	return { query: q, answer: await whoToCall(db, me, target), errors: {} };
}
