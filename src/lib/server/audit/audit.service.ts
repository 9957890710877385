import type { DB } from '../db';
import { nowIso } from '../clock';

/** Who did it: a signed-in user, or the system (command line, demo seed) with a label. */
export interface Actor {
	userId: number | null;
	email: string;
	ip?: string;
}

export const SYSTEM: Actor = { userId: null, email: 'systeem' };

export interface AuditEntry {
	action: string;
	entityType: string;
	entityId?: number | null;
	/** Short, human-readable; names of the things changed, never passwords or tokens. */
	summary?: string;
}

/** Append one line; call it inside the transaction of the change it describes. */
export async function audit(db: DB, actor: Actor, entry: AuditEntry): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			at: nowIso(),
			actor_user_id: actor.userId,
			actor_email: actor.email,
			action: entry.action,
			entity_type: entry.entityType,
			entity_id: entry.entityId ?? null,
			summary: (entry.summary ?? '').slice(0, 500),
			ip: actor.ip ?? ''
		})
		.execute();
}
