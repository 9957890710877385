import { sql } from 'kysely';
import type { DB } from '../db';

export interface AuditFilter {
	action?: string;
	actor?: string;
	from?: string;
	to?: string;
	limit: number;
	offset: number;
}

export async function searchAudit(db: DB, filter: AuditFilter) {
	let query = db.selectFrom('audit_log');
	if (filter.action)
		query = query.where('action', 'like', `${filter.action.replace(/[%_\\]/g, '')}%`);
	if (filter.actor) {
		query = query.where(
			sql<boolean>`actor_email LIKE ${`%${filter.actor.replace(/[%_\\]/g, '')}%`}`
		);
	}
	if (filter.from) query = query.where('at', '>=', filter.from);
	// An inclusive end date: everything before the next day starts.
	if (filter.to) query = query.where('at', '<', `${filter.to}T99`);
	const [rows, total] = await Promise.all([
		query.selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
		query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(total.n) };
}

export async function auditActions(db: DB): Promise<string[]> {
	const rows = await db
		.selectFrom('audit_log')
		.select('action')
		.distinct()
		.orderBy('action')
		.execute();
	return rows.map((r) => r.action);
}
