import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/lib/i18n/translate';
import { addLink } from '../../src/lib/server/links/links.service';
import { addParticipant } from '../../src/lib/server/sessions/participants.service';
import { adviseNextRound, latestAdvice } from '../../src/lib/server/sessions/pairing.service';
import { recordSessionLink } from '../../src/lib/server/sessions/session-links.service';
import { participantsOf } from '../../src/lib/server/sessions/sessions.queries';
import { createSession, startSession } from '../../src/lib/server/sessions/sessions.service';
import { addAccount } from '../support/auth';
import { tempDb, type TempDb } from '../support/db';
import { addDepartment, addPerson, auditCount, auditRows, TEST_ACTOR } from './helpers';

let t: TempDb;
let facilitator: number;
const dept: Record<string, number> = {};
const person: Record<string, number> = {};

async function sessionWith(names: string[]) {
	const id = await createSession(t.db, TEST_ACTOR, {
		title: 'Koppeloefening',
		heldOn: '2026-04-01',
		location: '',
		notes: '',
		facilitators: [facilitator]
	});
	for (const name of names) await addParticipant(t.db, TEST_ACTOR, id, person[name]);
	return id;
}
const storedPairs = async (id: number) =>
	(
		await t.db
			.selectFrom('session_suggestion')
			.select(['employee_a_id as a', 'employee_b_id as b', 'employee_c_id as c'])
			.where('session_id', '=', id)
			.execute()
	).flatMap(({ a, b, c }) => {
		const members = [a, b, ...(c ? [c] : [])].sort((x, y) => x - y);
		return members.flatMap((m, i) => members.slice(i + 1).map((n) => `${m}-${n}`));
	});

beforeAll(async () => {
	t = await tempDb();
	for (const name of ['Vastgoed', 'Publieksplein', 'Belastingen']) {
		dept[name] = await addDepartment(t.db, name);
	}
	const staff: [string, string][] = [
		['Vera', 'Vastgoed'],
		['Victor', 'Vastgoed'],
		['Pim', 'Publieksplein'],
		['Petra', 'Publieksplein'],
		['Bas', 'Belastingen'],
		['Bea', 'Belastingen'],
		['Bram', 'Belastingen']
	];
	for (const [name, department] of staff) {
		person[name] = await addPerson(t.db, { fullName: name, departmentId: dept[department] });
	}
	// Belastingen knows both others; Vastgoed and Publieksplein have no link at all.
	await addLink(t.db, TEST_ACTOR, { from: person.Bram, to: person.Vera, strength: 2 });
	await addLink(t.db, TEST_ACTOR, { from: person.Bram, to: person.Pim, strength: 2 });
	facilitator = (await addAccount(t.db, 'facilitator')).employeeId;
});
afterAll(async () => {
	await t.close();
});

describe('pairing advice in a session', () => {
	it('stores a round, puts the unconnected departments first and explains why in one line', async () => {
		const id = await sessionWith(['Vera', 'Victor', 'Pim', 'Petra', 'Bas']);
		expect(await adviseNextRound(t.db, TEST_ACTOR, id)).toEqual({ status: 'ok', round: 1 });
		const advice = (await latestAdvice(t.db, id, await participantsOf(t.db, id)))!;
		expect(advice.round).toBe(1);
		// Five people: one pair and one trio, nobody left out.
		expect(advice.groups.map((g) => g.members.length).sort()).toEqual([2, 3]);
		expect(advice.unpaired).toEqual([]);
		const first = advice.groups[0];
		expect(first.members.map((m) => m.departmentName).sort()).toEqual(
			expect.arrayContaining(['Publieksplein', 'Vastgoed'])
		);
		expect(translate('nl', first.reason.key, first.reason.params)).toMatch(
			/^(Vastgoed en Publieksplein|Publieksplein en Vastgoed) hebben nog geen enkele verbinding$/
		);
		expect((await auditRows(t.db, 'session.pairing')).at(-1)).toMatchObject({ entity_id: id });
	});

	it('never repeats a pair in later rounds, and says so when all new pairs were offered', async () => {
		const id = await sessionWith(['Vera', 'Pim', 'Bas', 'Bea']);
		let status = 'ok';
		for (let round = 0; round < 10 && status === 'ok'; round++) {
			status = (await adviseNextRound(t.db, TEST_ACTOR, id)).status;
		}
		expect(status).toBe('exhausted');
		const pairs = await storedPairs(id);
		expect(new Set(pairs).size).toBe(pairs.length);
		// Every cross-department pair among these four, as none of them are linked.
		expect(pairs).toHaveLength(5);
		const logged = await auditCount(t.db);
		expect((await adviseNextRound(t.db, TEST_ACTOR, id)).status).toBe('exhausted');
		expect(await auditCount(t.db)).toBe(logged);
	});

	it('does not suggest a pair once the session linked them', async () => {
		const id = await sessionWith(['Vera', 'Pim']);
		await startSession(t.db, TEST_ACTOR, id);
		await recordSessionLink(t.db, TEST_ACTOR, id, { a: person.Vera, b: person.Pim, strength: 1 });
		expect(await adviseNextRound(t.db, TEST_ACTOR, id)).toEqual({ status: 'allLinked' });
		expect(await storedPairs(id)).toEqual([]);
	});

	it('says so when everyone comes from one department', async () => {
		const id = await sessionWith(['Bas', 'Bea', 'Bram']);
		expect(await adviseNextRound(t.db, TEST_ACTOR, id)).toEqual({ status: 'oneDepartment' });
		expect(await latestAdvice(t.db, id, await participantsOf(t.db, id))).toBeNull();
	});
});
