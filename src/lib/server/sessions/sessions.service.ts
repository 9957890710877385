import { sql } from 'kysely';
import { inTransaction, type DB } from '../db';
import { audit, type Actor } from '../audit/audit.service';
import { nowIso } from '../clock';
import type { SessionStatus } from '../db/schema';
import { InputError, NotFoundError } from '../validation';
import {
	countParticipants,
	facilitatorOptions,
	facilitatorsOf,
	findSession
} from './sessions.queries';
import type { SessionInput } from './sessions.schema';

/** The session, or NotFoundError; `allowed` lists the statuses the change is possible in. */
export async function sessionIn(db: DB, id: number, allowed?: SessionStatus[]) {
	const session = await findSession(db, id);
	if (!session) throw new NotFoundError();
	if (allowed && !allowed.includes(session.status)) {
		const key =
			session.status === 'closed'
				? 'error.session.closed'
				: session.status === 'planned'
					? 'error.session.notStarted'
					: 'error.session.running';
		throw new InputError({ form: { key } });
	}
	return session;
}

async function checkFacilitators(db: DB, ids: number[], sessionId?: number) {
	// Someone already leading this session stays valid, even if their account changed since.
	const allowed = new Set((await facilitatorOptions(db)).map((f) => f.id));
	if (sessionId) for (const f of await facilitatorsOf(db, sessionId)) allowed.add(f.id);
	if (ids.some((id) => !allowed.has(id))) {
		throw new InputError({ facilitators: { key: 'error.session.facilitator' } });
	}
}

async function replaceFacilitators(db: DB, sessionId: number, ids: number[]) {
	await db.deleteFrom('session_facilitator').where('session_id', '=', sessionId).execute();
	await db
		.insertInto('session_facilitator')
		.values([...new Set(ids)].map((employee_id) => ({ session_id: sessionId, employee_id })))
		.execute();
}

export async function createSession(db: DB, actor: Actor, input: SessionInput): Promise<number> {
	return inTransaction(db, async (trx) => {
		await checkFacilitators(trx, input.facilitators);
		const at = nowIso();
		const { id } = await trx
			.insertInto('session')
			.values({
				title: input.title,
				held_on: input.heldOn,
				location: input.location,
				notes: input.notes,
				status: 'planned',
				begrip: '',
				created_by_user_id: actor.userId,
				created_at: at,
				updated_at: at
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await replaceFacilitators(trx, id, input.facilitators);
		await audit(trx, actor, {
			action: 'session.create',
			entityType: 'session',
			entityId: id,
			summary: `${input.title}, ${input.heldOn}`
		});
		return id;
	});
}

export async function updateSession(db: DB, actor: Actor, id: number, input: SessionInput) {
	await inTransaction(db, async (trx) => {
		await sessionIn(trx, id);
		await checkFacilitators(trx, input.facilitators, id);
		await trx
			.updateTable('session')
			.set({
				title: input.title,
				held_on: input.heldOn,
				location: input.location,
				notes: input.notes,
				updated_at: nowIso()
			})
			.where('id', '=', id)
			.execute();
		await replaceFacilitators(trx, id, input.facilitators);
		await audit(trx, actor, {
			action: 'session.update',
			entityType: 'session',
			entityId: id,
			summary: `${input.title}, ${input.heldOn}`
		});
	});
}

/** Only a planned session: one that ran is history, and its links point to it. */
export async function deleteSession(db: DB, actor: Actor, id: number) {
	await inTransaction(db, async (trx) => {
		const session = await sessionIn(trx, id);
		if (session.status !== 'planned') {
			throw new InputError({ form: { key: 'error.session.deleteStarted' } });
		}
		await trx.deleteFrom('session').where('id', '=', id).execute();
		await audit(trx, actor, {
			action: 'session.delete',
			entityType: 'session',
			entityId: id,
			summary: session.title
		});
	});
}

/**
 * Keeps the links among participants as they are now: the "before" of the report. `onlyFor`
 * adds just the links of someone who joins a running session.
 */
export async function snapshotBaseline(db: DB, sessionId: number, onlyFor?: number) {
	await sql`
		INSERT OR IGNORE INTO session_baseline (session_id, employee_a_id, employee_b_id, strength)
		SELECT ${sessionId}, l.employee_a_id, l.employee_b_id, l.strength
		FROM link l
		JOIN session_participant pa ON pa.session_id = ${sessionId} AND pa.employee_id = l.employee_a_id
		JOIN session_participant pb ON pb.session_id = ${sessionId} AND pb.employee_id = l.employee_b_id
		WHERE ${onlyFor ?? null} IS NULL OR ${onlyFor ?? null} IN (l.employee_a_id, l.employee_b_id)`.execute(
		db
	);
}

export async function startSession(db: DB, actor: Actor, id: number) {
	await inTransaction(db, async (trx) => {
		const session = await sessionIn(trx, id, ['planned']);
		if ((await countParticipants(trx, id)) === 0) {
			throw new InputError({ form: { key: 'error.session.noParticipants' } });
		}
		const at = nowIso();
		await trx
			.updateTable('session')
			.set({ status: 'running', started_at: at, updated_at: at })
			.where('id', '=', id)
			.execute();
		await snapshotBaseline(trx, id);
		await audit(trx, actor, {
			action: 'session.start',
			entityType: 'session',
			entityId: id,
			summary: session.title
		});
	});
}

export async function closeSession(db: DB, actor: Actor, id: number) {
	await inTransaction(db, async (trx) => {
		const session = await sessionIn(trx, id, ['running']);
		const at = nowIso();
		await trx
			.updateTable('session')
			.set({ status: 'closed', closed_at: at, updated_at: at })
			.where('id', '=', id)
			.execute();
		await audit(trx, actor, {
			action: 'session.close',
			entityType: 'session',
			entityId: id,
			summary: session.title
		});
	});
}

/** The group's own description of ondermijning; the log keeps its length, not its words. */
export async function saveBegrip(db: DB, actor: Actor, id: number, begrip: string) {
	await inTransaction(db, async (trx) => {
		await sessionIn(trx, id);
		await trx
			.updateTable('session')
			.set({ begrip, updated_at: nowIso() })
			.where('id', '=', id)
			.execute();
		await audit(trx, actor, {
			action: 'session.begrip',
			entityType: 'session',
			entityId: id,
			summary: `${begrip.length} tekens`
		});
	});
}

const MAX_SIGNALS = 30;

export async function addSignal(db: DB, actor: Actor, id: number, label: string) {
	await inTransaction(db, async (trx) => {
		await sessionIn(trx, id);
		const existing = await trx
			.selectFrom('session_signal')
			.select(['label'])
			.where('session_id', '=', id)
			.execute();
		if (existing.some((s) => s.label.toLowerCase() === label.toLowerCase())) {
			throw new InputError({ label: { key: 'error.session.signalExists' } });
		}
		if (existing.length >= MAX_SIGNALS) {
			throw new InputError({
				label: { key: 'error.session.tooManySignals', params: { max: MAX_SIGNALS } }
			});
		}
		await trx
			.insertInto('session_signal')
			.values({ session_id: id, label, created_at: nowIso() })
			.execute();
		await audit(trx, actor, {
			action: 'session.signal.add',
			entityType: 'session',
			entityId: id,
			summary: label
		});
	});
}

export async function removeSignal(db: DB, actor: Actor, id: number, signalId: number) {
	await inTransaction(db, async (trx) => {
		await sessionIn(trx, id);
		const signal = await trx
			.selectFrom('session_signal')
			.select(['label'])
			.where('id', '=', signalId)
			.where('session_id', '=', id)
			.executeTakeFirst();
		if (!signal) throw new InputError({ label: { key: 'error.session.signalNotFound' } });
		await trx.deleteFrom('session_signal').where('id', '=', signalId).execute();
		await audit(trx, actor, {
			action: 'session.signal.remove',
			entityType: 'session',
			entityId: id,
			summary: signal.label
		});
	});
}
