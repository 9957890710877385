import { inTransaction, type DB } from '../db';
import { audit, type Actor } from '../audit/audit.service';
import { nowIso, today } from '../clock';
import type { LinkOrigin, LinkStrength } from '../db/schema';
import { findEmployee } from '../employees/employees.queries';
import { InputError, NotFoundError } from '../validation';
import {
	deleteLinkRow,
	findColleagues,
	findLink,
	findLinkBetween,
	insertLink,
	updateLinkRow
} from './links.queries';

export interface LinkDraft {
	from: number;
	to: number;
	strength: LinkStrength;
	note?: string;
	origin?: LinkOrigin;
	formedOn?: string;
	/** The session the link formed in; only a new link takes it (an existing one formed earlier). */
	sessionId?: number;
}

async function checkPair(db: DB, from: number, to: number) {
	if (from === to) throw new InputError({ colleague: { key: 'error.link.self' } });
	const [a, b] = await Promise.all([findEmployee(db, from), findEmployee(db, to)]);
	if (!a) throw new NotFoundError();
	if (!b) throw new InputError({ colleague: { key: 'error.link.unknownColleague' } });
	if (a.left_on || b.left_on) throw new InputError({ colleague: { key: 'error.employee.left' } });
}

function newRow(draft: LinkDraft, actor: Actor) {
	const at = nowIso();
	return {
		employee_a_id: Math.min(draft.from, draft.to),
		employee_b_id: Math.max(draft.from, draft.to),
		strength: draft.strength,
		origin: draft.origin ?? 'handmatig',
		formed_on: draft.formedOn ?? today(),
		note: draft.note ?? '',
		recorded_by_user_id: actor.userId,
		session_id: draft.sessionId ?? null,
		created_at: at,
		updated_at: at
	} as const;
}

/** Adding by hand: an existing pair is refused, so the person sees it and edits that link instead. */
function pairSummary(draft: LinkDraft) {
	return `${Math.min(draft.from, draft.to)}–${Math.max(draft.from, draft.to)}, sterkte ${draft.strength}`;
}

export async function addLink(db: DB, actor: Actor, draft: LinkDraft): Promise<number> {
	return inTransaction(db, async (trx) => {
		await checkPair(trx, draft.from, draft.to);
		if (await findLinkBetween(trx, draft.from, draft.to)) {
			throw new InputError({ colleague: { key: 'error.link.duplicate' } });
		}
		const id = await insertLink(trx, newRow(draft, actor));
		await audit(trx, actor, {
			action: 'link.create',
			entityType: 'link',
			entityId: id,
			summary: pairSummary(draft)
		});
		return id;
	});
}

/**
 * Recording (sessions, imports): a pair seen again is updated, never duplicated.
 * The stronger of the two strengths wins, so a session never weakens an existing link.
 */
export async function recordLink(
	db: DB,
	actor: Actor,
	draft: LinkDraft
): Promise<{ id: number; created: boolean }> {
	return inTransaction(db, async (trx) => {
		await checkPair(trx, draft.from, draft.to);
		const existing = await findLinkBetween(trx, draft.from, draft.to);
		if (!existing) {
			const id = await insertLink(trx, newRow(draft, actor));
			await audit(trx, actor, {
				action: 'link.create',
				entityType: 'link',
				entityId: id,
				summary: pairSummary(draft)
			});
			return { id, created: true };
		}
		const strength = Math.max(existing.strength, draft.strength) as LinkStrength;
		await updateLinkRow(trx, existing.id, {
			strength,
			note: draft.note || existing.note,
			updated_at: nowIso()
		});
		await audit(trx, actor, {
			action: 'link.update',
			entityType: 'link',
			entityId: existing.id,
			summary: pairSummary({ ...draft, strength })
		});
		return { id: existing.id, created: false };
	});
}

/** `ownerId` ties the change to a person's page: a link id of someone else's link is not found. */
export async function changeStrength(
	db: DB,
	actor: Actor,
	ownerId: number,
	linkId: number,
	strength: LinkStrength
) {
	await inTransaction(db, async (trx) => {
		const link = await findLink(trx, linkId);
		if (!link || (link.employee_a_id !== ownerId && link.employee_b_id !== ownerId)) {
			throw new InputError({ linkId: { key: 'error.link.notFound' } });
		}
		await updateLinkRow(trx, linkId, { strength, updated_at: nowIso() });
		await audit(trx, actor, {
			action: 'link.update',
			entityType: 'link',
			entityId: linkId,
			summary: `${link.employee_a_id}–${link.employee_b_id}, sterkte ${strength}`
		});
	});
}

export async function removeLink(db: DB, actor: Actor, ownerId: number, linkId: number) {
	await inTransaction(db, async (trx) => {
		const link = await findLink(trx, linkId);
		if (!link || (link.employee_a_id !== ownerId && link.employee_b_id !== ownerId)) {
			throw new InputError({ linkId: { key: 'error.link.notFound' } });
		}
		await deleteLinkRow(trx, linkId);
		await audit(trx, actor, {
			action: 'link.delete',
			entityType: 'link',
			entityId: linkId,
			summary: `${link.employee_a_id}–${link.employee_b_id}`
		});
	});
}

/** Turns what the person typed (or picked) into one colleague, or a message for the field. */
export async function resolveColleague(
	db: DB,
	ownerId: number,
	typed: string,
	pickedId?: number
): Promise<number> {
	if (pickedId) return pickedId;
	if (!typed) throw new InputError({ colleague: { key: 'error.required' } });
	const matches = await findColleagues(db, typed, ownerId, 10);
	const exact = matches.filter((m) => m.full_name.toLowerCase() === typed.toLowerCase());
	if (exact.length === 1) return exact[0].id;
	if (matches.length === 1) return matches[0].id;
	throw new InputError({
		colleague: { key: matches.length ? 'error.link.ambiguous' : 'error.link.unknownColleague' }
	});
}
