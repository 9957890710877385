import { pairsOf, suggestPairs, type Pair, type PairingReason } from '$lib/graph/pairing';
import { inTransaction, type DB } from '../db';
import { audit, type Actor } from '../audit/audit.service';
import { nowIso } from '../clock';
import {
	departmentLinkCounts,
	linksAmong,
	participantsOf,
	suggestionsOf,
	type Participant
} from './sessions.queries';
import { sessionIn } from './sessions.service';

export type AdviceStatus = 'ok' | 'tooFew' | 'oneDepartment' | 'allLinked' | 'exhausted';

/** One group of the advice, ready to show: names and a one-line reason (a key and its values). */
export interface AdviceGroup {
	members: { id: number; name: string; departmentName: string; departmentColor: string }[];
	reason: { key: string; params: Record<string, string | number> };
}

function explain(reason: PairingReason, departments: Map<number, string>): AdviceGroup['reason'] {
	const name = (id: number) => departments.get(id) ?? '?';
	if (reason.code === 'noLink') {
		const [a, b] = reason.departments;
		return { key: 'session.pairing.reason.noLink', params: { a: name(a), b: name(b) } };
	}
	return {
		key:
			reason.count === 1
				? 'session.pairing.reason.fewOutsideOne'
				: 'session.pairing.reason.fewOutside',
		params: { department: name(reason.department), other: name(reason.other), count: reason.count }
	};
}

function departmentNames(participants: Participant[]) {
	return new Map(participants.map((p) => [p.departmentId, p.departmentName]));
}

/**
 * Advice for the next exercise round: computed from the network as it is now, stored as a round
 * so that no pair is suggested twice in the session. Nothing is stored when there is no advice.
 */
export async function adviseNextRound(
	db: DB,
	actor: Actor,
	sessionId: number
): Promise<{ status: AdviceStatus; round?: number }> {
	return inTransaction(db, async (trx) => {
		await sessionIn(trx, sessionId, ['planned', 'running']);
		const participants = await participantsOf(trx, sessionId);
		const ids = participants.map((p) => p.id);
		const [links, departmentLinks, earlier] = await Promise.all([
			linksAmong(trx, ids),
			departmentLinkCounts(trx),
			suggestionsOf(trx, sessionId)
		]);
		const suggested: Pair[] = earlier.flatMap((s) => pairsOf([s.a, s.b, ...(s.c ? [s.c] : [])]));
		const advice = suggestPairs({
			people: participants.map((p) => ({ id: p.id, departmentId: p.departmentId })),
			links: links.map((l) => [l.a, l.b] as const),
			departmentLinks,
			suggested
		});
		if (advice.status !== 'ok') return { status: advice.status };
		const round = Math.max(0, ...earlier.map((s) => s.round)) + 1;
		const at = nowIso();
		await trx
			.insertInto('session_suggestion')
			.values(
				advice.groups.map((g) => ({
					session_id: sessionId,
					round,
					employee_a_id: g.members[0],
					employee_b_id: g.members[1],
					employee_c_id: g.members[2] ?? null,
					reason: JSON.stringify(g.reason),
					created_at: at
				}))
			)
			.execute();
		await audit(trx, actor, {
			action: 'session.pairing',
			entityType: 'session',
			entityId: sessionId,
			summary: `ronde ${round}: ${advice.groups.length} groepen`
		});
		return { status: 'ok', round };
	});
}

/** The newest round of advice, with names, and who was left without a partner in it. */
export async function latestAdvice(db: DB, sessionId: number, participants: Participant[]) {
	const rows = await suggestionsOf(db, sessionId);
	const round = Math.max(0, ...rows.map((r) => r.round));
	if (round === 0) return null;
	const byId = new Map(participants.map((p) => [p.id, p]));
	const departments = departmentNames(participants);
	const groups: AdviceGroup[] = rows
		.filter((r) => r.round === round)
		.map((r) => ({
			members: [r.a, r.b, r.c]
				.map((id) => (id ? byId.get(id) : undefined))
				.filter((p): p is Participant => !!p)
				.map((p) => ({
					id: p.id,
					name: p.name,
					departmentName: p.departmentName,
					departmentColor: p.departmentColor
				})),
			reason: explain(JSON.parse(r.reason) as PairingReason, departments)
		}))
		.filter((g) => g.members.length >= 2);
	const placed = new Set(groups.flatMap((g) => g.members.map((m) => m.id)));
	return {
		round,
		groups,
		unpaired: participants.filter((p) => !placed.has(p.id)).map((p) => p.name)
	};
}
export type LatestAdvice = Awaited<ReturnType<typeof latestAdvice>>;
