import { inTransaction, type DB } from '../db';
import { audit, type Actor } from '../audit/audit.service';
import { nowIso, today } from '../clock';
import type { LinkStrength, SessionLinkAction } from '../db/schema';
import { deleteLinkRow, findLinkBetween, updateLinkRow } from '../links/links.queries';
import { recordLink } from '../links/links.service';
import { InputError } from '../validation';
import { isParticipant } from './sessions.queries';
import { sessionIn } from './sessions.service';

export interface Recorded {
	action: SessionLinkAction;
	a: number;
	b: number;
	strength: LinkStrength;
}

/**
 * Two people met in an exercise. A new pair becomes a link formed in this session; a pair that was
 * already linked is strengthened or confirmed (never duplicated, never weakened). The event keeps
 * what was there before, so an undo puts exactly that back.
 */
export async function recordSessionLink(
	db: DB,
	actor: Actor,
	sessionId: number,
	pick: { a: number; b: number; strength: LinkStrength }
): Promise<Recorded> {
	return inTransaction(db, async (trx) => {
		const session = await sessionIn(trx, sessionId, ['running']);
		if (pick.a === pick.b) throw new InputError({ form: { key: 'error.session.pickTwo' } });
		for (const id of [pick.a, pick.b]) {
			if (!(await isParticipant(trx, sessionId, id))) {
				throw new InputError({ form: { key: 'error.session.notParticipant' } });
			}
		}
		const [a, b] = pick.a < pick.b ? [pick.a, pick.b] : [pick.b, pick.a];
		const before = await findLinkBetween(trx, a, b);
		// A session recorded ahead of its date still has the link formed today, not in the future.
		const formedOn = session.held_on < today() ? session.held_on : today();
		const { id: linkId } = await recordLink(trx, actor, {
			from: a,
			to: b,
			strength: pick.strength,
			origin: 'sessie',
			formedOn,
			sessionId
		});
		const action: SessionLinkAction = !before
			? 'recorded'
			: pick.strength > before.strength
				? 'strengthened'
				: 'confirmed';
		const strength = (
			before ? Math.max(before.strength, pick.strength) : pick.strength
		) as LinkStrength;
		await trx
			.insertInto('session_link_event')
			.values({
				session_id: sessionId,
				link_id: linkId,
				employee_a_id: a,
				employee_b_id: b,
				action,
				strength,
				previous_strength: before?.strength ?? null,
				at: nowIso(),
				by_user_id: actor.userId,
				undone_at: null
			})
			.execute();
		await audit(trx, actor, {
			action: 'session.link',
			entityType: 'session',
			entityId: sessionId,
			summary: `${action} ${a}–${b}, sterkte ${strength}`
		});
		// In the order tapped, so the answer reads as the facilitator picked them.
		return { action, a: pick.a, b: pick.b, strength };
	});
}

/** Undoes the session's newest recording that is still in force; undo again for the one before. */
export async function undoLastLink(db: DB, actor: Actor, sessionId: number): Promise<Recorded> {
	return inTransaction(db, async (trx) => {
		await sessionIn(trx, sessionId, ['running']);
		const event = await trx
			.selectFrom('session_link_event')
			.selectAll()
			.where('session_id', '=', sessionId)
			.where('undone_at', 'is', null)
			.orderBy('id', 'desc')
			.executeTakeFirst();
		if (!event) throw new InputError({ form: { key: 'error.session.nothingToUndo' } });
		const { employee_a_id: a, employee_b_id: b } = event;
		// link_id is cleared when the link was deleted meanwhile: then there is nothing to put back.
		const link = event.link_id ? await findLinkBetween(trx, a, b) : undefined;
		if (link && link.id === event.link_id && event.action === 'recorded') {
			await deleteLinkRow(trx, link.id);
			await audit(trx, actor, {
				action: 'link.delete',
				entityType: 'link',
				entityId: link.id,
				summary: `${a}–${b} (sessie ongedaan)`
			});
		} else if (link && link.id === event.link_id && event.action === 'strengthened') {
			const previous = event.previous_strength ?? link.strength;
			await updateLinkRow(trx, link.id, { strength: previous, updated_at: nowIso() });
			await audit(trx, actor, {
				action: 'link.update',
				entityType: 'link',
				entityId: link.id,
				summary: `${a}–${b}, sterkte ${previous} (sessie ongedaan)`
			});
		}
		await trx
			.updateTable('session_link_event')
			.set({ undone_at: nowIso() })
			.where('id', '=', event.id)
			.execute();
		await audit(trx, actor, {
			action: 'session.undo',
			entityType: 'session',
			entityId: sessionId,
			summary: `${event.action} ${a}–${b}`
		});
		return { action: event.action, a, b, strength: event.strength };
	});
}
