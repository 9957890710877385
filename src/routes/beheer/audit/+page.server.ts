import { z } from 'zod';
import { auditActions, searchAudit } from '$lib/server/audit/audit.queries';
import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 100;
const date = z.iso.date().optional().catch(undefined);
const filterInput = z.object({
	actie: z.string().trim().max(60).optional().catch(undefined),
	wie: z.string().trim().max(254).optional().catch(undefined),
	van: date,
	tot: date,
	pagina: z.coerce.number().int().min(1).max(100_000).catch(1)
});

export const load: PageServerLoad = async (event) => {
	requireCapability(event, 'audit.read');
	const db = getDb();
	const filter = filterInput.parse(Object.fromEntries(event.url.searchParams));
	const [{ rows, total }, actions] = await Promise.all([
		searchAudit(db, {
			action: filter.actie,
			actor: filter.wie,
			from: filter.van,
			to: filter.tot,
			limit: PAGE_SIZE,
			offset: (filter.pagina - 1) * PAGE_SIZE
		}),
		auditActions(db)
	]);
	return { filter, rows, total, actions, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
};
