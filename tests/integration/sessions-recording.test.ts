import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLink } from '../../src/lib/server/links/links.service';
import { findLinkBetween, linksOf } from '../../src/lib/server/links/links.queries';
import {
	addParticipant,
	removeParticipant
} from '../../src/lib/server/sessions/participants.service';
import { loadReport } from '../../src/lib/server/sessions/report';
import {
	recordSessionLink,
	undoLastLink
} from '../../src/lib/server/sessions/session-links.service';
import { countParticipants, findSession } from '../../src/lib/server/sessions/sessions.queries';
import { closeSession, startSession } from '../../src/lib/server/sessions/sessions.service';
import type { TempDb } from '../support/db';
import { planSession, sessionWorld } from './fixtures';
import { auditRows, count, refused, TEST_ACTOR } from './helpers';

let t: TempDb;
let facilitator: number;
let people: number[];
const session = (title: string) => planSession(t.db, facilitator, title);
const link = (a: number, b: number) => findLinkBetween(t.db, a, b);

beforeAll(async () => {
	({ t, people, facilitator } = await sessionWorld());
});
afterAll(async () => {
	await t?.close();
});

describe('recording links in a running session', () => {
	// Vastgoed: v1, v2; Publieksplein: p1; Vergunningen: g1; Handhaving: h1 (joins later).
	let id: number;
	let v1: number, v2: number, p1: number, g1: number, h1: number;
	beforeAll(async () => {
		[v1, p1, g1, h1, v2] = [people[0], people[1], people[2], people[3], people[4]];
		await addLink(t.db, TEST_ACTOR, { from: v1, to: v2, strength: 1 });
		await addLink(t.db, TEST_ACTOR, { from: v1, to: p1, strength: 1 });
		await addLink(t.db, TEST_ACTOR, { from: h1, to: g1, strength: 3 });
		id = await session('Netwerkoefening');
		for (const p of [v1, v2, p1, g1]) await addParticipant(t.db, TEST_ACTOR, id, p);
		await startSession(t.db, TEST_ACTOR, id);
	});

	it('stored the links among the participants at the start as the "before"', async () => {
		const baseline = await t.db
			.selectFrom('session_baseline')
			.select(['employee_a_id', 'employee_b_id', 'strength'])
			.where('session_id', '=', id)
			.execute();
		const pair = (a: number, b: number) => ({
			employee_a_id: Math.min(a, b),
			employee_b_id: Math.max(a, b),
			strength: 1
		});
		// Not h1–g1: Handhaving's h1 does not take part (yet).
		expect(baseline).toHaveLength(2);
		expect(baseline).toEqual(expect.arrayContaining([pair(v1, v2), pair(v1, p1)]));
	});

	it('records a new pair as a link formed in this session', async () => {
		const before = await count(t.db, 'link');
		expect(await recordSessionLink(t.db, TEST_ACTOR, id, { a: p1, b: v2, strength: 1 })).toEqual({
			action: 'recorded',
			a: p1,
			b: v2,
			strength: 1
		});
		expect(await count(t.db, 'link')).toBe(before + 1);
		expect(await link(p1, v2)).toMatchObject({
			origin: 'sessie',
			session_id: id,
			formed_on: '2026-03-10',
			strength: 1
		});
		expect((await auditRows(t.db)).slice(-2).map((r) => r.action)).toEqual([
			'link.create',
			'session.link'
		]);
		const shown = (await linksOf(t.db, v2)).find((l) => l.otherId === p1);
		expect(shown).toMatchObject({ sessionTitle: 'Netwerkoefening', sessionDate: '2026-03-10' });
		expect((await linksOf(t.db, v2)).find((l) => l.otherId === v1)?.sessionTitle).toBeNull();
	});

	it('strengthens or confirms a pair that was linked, never duplicating it', async () => {
		const before = await count(t.db, 'link');
		const strengthened = await recordSessionLink(t.db, TEST_ACTOR, id, {
			a: v1,
			b: v2,
			strength: 2
		});
		expect(strengthened.action).toBe('strengthened');
		expect(await link(v1, v2)).toMatchObject({ strength: 2, session_id: null });
		const confirmed = await recordSessionLink(t.db, TEST_ACTOR, id, { a: v2, b: v1, strength: 1 });
		expect(confirmed).toMatchObject({ action: 'confirmed', strength: 2 });
		expect(await link(v1, v2)).toMatchObject({ strength: 2 });
		expect(await count(t.db, 'link')).toBe(before);
	});

	it('refuses the same person twice and someone who does not take part', async () => {
		expect(
			await refused(() => recordSessionLink(t.db, TEST_ACTOR, id, { a: v1, b: v1, strength: 1 }))
		).toEqual({ form: { key: 'error.session.pickTwo' } });
		expect(
			await refused(() =>
				recordSessionLink(t.db, TEST_ACTOR, id, { a: v1, b: people[9], strength: 1 })
			)
		).toEqual({ form: { key: 'error.session.notParticipant' } });
	});

	it('undoes one step at a time and puts back exactly what was there', async () => {
		// The stack: recorded p1–v2, strengthened v1–v2 (1 → 2), confirmed v1–v2.
		expect((await undoLastLink(t.db, TEST_ACTOR, id)).action).toBe('confirmed');
		expect(await link(v1, v2)).toMatchObject({ strength: 2 });
		expect((await undoLastLink(t.db, TEST_ACTOR, id)).action).toBe('strengthened');
		expect(await link(v1, v2)).toMatchObject({ strength: 1 });
		expect((await undoLastLink(t.db, TEST_ACTOR, id)).action).toBe('recorded');
		expect(await link(p1, v2)).toBeUndefined();
		expect(await refused(() => undoLastLink(t.db, TEST_ACTOR, id))).toEqual({
			form: { key: 'error.session.nothingToUndo' }
		});
		expect((await auditRows(t.db, 'session.undo')).length).toBe(3);
	});

	it('reports before and after among the participants, also for someone who joined later', async () => {
		await recordSessionLink(t.db, TEST_ACTOR, id, { a: v2, b: p1, strength: 1 });
		await recordSessionLink(t.db, TEST_ACTOR, id, { a: p1, b: g1, strength: 2 });
		await recordSessionLink(t.db, TEST_ACTOR, id, { a: v1, b: v2, strength: 3 });
		// h1 joins: the h1–g1 link from before the session counts as "before".
		await addParticipant(t.db, TEST_ACTOR, id, h1);
		await recordSessionLink(t.db, TEST_ACTOR, id, { a: h1, b: v2, strength: 1 });
		// A link made outside the session afterwards does not change the session's report.
		await addLink(t.db, TEST_ACTOR, { from: g1, to: v1, strength: 1 });
		const { report } = (await loadReport(t.db, id))!;
		expect(report.before).toEqual({ links: 3, crossLinks: 2, departmentPairs: 2 });
		expect(report.after).toEqual({ links: 6, crossLinks: 5, departmentPairs: 4 });
		expect(report.strengthened).toBe(1);
		expect(report.newLinks).toHaveLength(3);
		// Vastgoed–Publieksplein and Handhaving–Vergunningen were connected before.
		expect(report.newDepartmentPairs).toEqual([
			{ a: 'Handhaving', b: 'Vastgoed' },
			{ a: 'Publieksplein', b: 'Vergunningen' }
		]);
		const colleagues = (who: number) =>
			report.perParticipant
				.find((r) => r.person.id === who)!
				.newColleagues.map((c) => c.id)
				.sort();
		expect(colleagues(p1)).toEqual([v2, g1].sort());
		expect(colleagues(v1)).toEqual([]);
		expect(colleagues(h1)).toEqual([v2]);
	});

	it('keeps a participant with recorded links, lets one without go', async () => {
		expect(await refused(() => removeParticipant(t.db, TEST_ACTOR, id, p1))).toEqual({
			participants: { key: 'error.session.participantHasLinks' }
		});
		const extra = people[8];
		await addParticipant(t.db, TEST_ACTOR, id, extra);
		await removeParticipant(t.db, TEST_ACTOR, id, extra);
		expect(await countParticipants(t.db, id)).toBe(5);
	});

	it('refuses recording, undo and new participants once closed', async () => {
		await closeSession(t.db, TEST_ACTOR, id);
		const closed = { form: { key: 'error.session.closed' } };
		expect(
			await refused(() => recordSessionLink(t.db, TEST_ACTOR, id, { a: v1, b: g1, strength: 1 }))
		).toEqual(closed);
		expect(await refused(() => undoLastLink(t.db, TEST_ACTOR, id))).toEqual(closed);
		expect(await refused(() => addParticipant(t.db, TEST_ACTOR, id, people[10]))).toEqual(closed);
		expect(await findSession(t.db, id)).toMatchObject({ status: 'closed' });
	});
});
