import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	addNewParticipant,
	addParticipant
} from '../../src/lib/server/sessions/participants.service';
import { countParticipants, findSession } from '../../src/lib/server/sessions/sessions.queries';
import {
	createSession,
	deleteSession,
	startSession
} from '../../src/lib/server/sessions/sessions.service';
import type { TempDb } from '../support/db';
import { planSession, sessionWorld } from './fixtures';
import { auditCount, auditRows, count, refused, TEST_ACTOR } from './helpers';

let t: TempDb;
let facilitator: number;
let dept: Record<string, number>;
let people: number[];
const session = (title: string) => planSession(t.db, facilitator, title);

beforeAll(async () => {
	({ t, dept, people, facilitator } = await sessionWorld());
});
afterAll(async () => {
	await t?.close();
});

describe('planning a session', () => {
	it('creates a planned session with its facilitators, and logs it', async () => {
		const id = await session('Sessie Stadhuis');
		expect(await findSession(t.db, id)).toMatchObject({
			title: 'Sessie Stadhuis',
			held_on: '2026-03-10',
			status: 'planned'
		});
		const lead = await t.db
			.selectFrom('session_facilitator')
			.select('employee_id')
			.where('session_id', '=', id)
			.execute();
		expect(lead).toEqual([{ employee_id: facilitator }]);
		expect((await auditRows(t.db, 'session.create')).at(-1)).toMatchObject({ entity_id: id });
	});

	it('refuses a facilitator without a facilitator or beheerder account', async () => {
		const before = await count(t.db, 'employee');
		const errors = await refused(() =>
			createSession(t.db, TEST_ACTOR, {
				title: 'Zonder begeleider',
				heldOn: '2026-03-11',
				location: '',
				notes: '',
				facilitators: [people[0]]
			})
		);
		expect(errors).toEqual({ facilitators: { key: 'error.session.facilitator' } });
		expect(await count(t.db, 'employee')).toBe(before);
	});

	it('takes 20 participants and refuses the 21st with the explanation, writing nothing', async () => {
		const id = await session('Volle groep');
		for (const p of people.slice(0, 20)) await addParticipant(t.db, TEST_ACTOR, id, p);
		expect(await countParticipants(t.db, id)).toBe(20);
		const logged = await auditCount(t.db);
		const employees = await count(t.db, 'employee');
		const errors = await refused(() => addParticipant(t.db, TEST_ACTOR, id, people[20]));
		expect(errors).toEqual({ participants: { key: 'error.session.full', params: { max: 20 } } });
		const onTheSpot = await refused(() =>
			addNewParticipant(t.db, TEST_ACTOR, id, {
				fullName: 'Nieuw Mens',
				departmentId: dept.Vastgoed
			})
		);
		expect(onTheSpot.participants.key).toBe('error.session.full');
		expect(await countParticipants(t.db, id)).toBe(20);
		expect(await count(t.db, 'employee')).toBe(employees);
		expect(await auditCount(t.db)).toBe(logged);
		// The database itself refuses a 21st too, whoever writes.
		await expect(
			sql`INSERT INTO session_participant (session_id, employee_id, added_at)
				VALUES (${id}, ${people[21]}, '2026-03-10')`.execute(t.db)
		).rejects.toThrow(/at most 20/);
	});

	it('refuses someone twice, and someone who left', async () => {
		const id = await session('Dubbel');
		await addParticipant(t.db, TEST_ACTOR, id, people[0]);
		expect(
			(await refused(() => addParticipant(t.db, TEST_ACTOR, id, people[0]))).participants
		).toMatchObject({ key: 'error.session.alreadyParticipant' });
		await t.db
			.updateTable('employee')
			.set({ left_on: '2026-01-01' })
			.where('id', '=', people[23])
			.execute();
		expect(await refused(() => addParticipant(t.db, TEST_ACTOR, id, people[23]))).toEqual({
			colleague: { key: 'error.employee.left' }
		});
		await t.db
			.updateTable('employee')
			.set({ left_on: null })
			.where('id', '=', people[23])
			.execute();
	});

	it('adds someone on the spot as a new employee, or refuses a namesake in that department', async () => {
		const id = await session('Ter plekke');
		const newId = await addNewParticipant(t.db, TEST_ACTOR, id, {
			fullName: 'Sara Spontaan',
			departmentId: dept.Handhaving
		});
		const row = await t.db
			.selectFrom('employee')
			.selectAll()
			.where('id', '=', newId)
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({ full_name: 'Sara Spontaan', department_id: dept.Handhaving });
		expect(await countParticipants(t.db, id)).toBe(1);
		const employees = await count(t.db, 'employee');
		const errors = await refused(() =>
			addNewParticipant(t.db, TEST_ACTOR, id, {
				fullName: 'sara spontaan',
				departmentId: dept.Handhaving
			})
		);
		expect(errors).toEqual({ fullName: { key: 'error.session.personExists' } });
		expect(await count(t.db, 'employee')).toBe(employees);
		expect(await countParticipants(t.db, id)).toBe(1);
	});

	it('starts only with participants; deletes only while planned', async () => {
		const empty = await session('Leeg');
		expect(await refused(() => startSession(t.db, TEST_ACTOR, empty))).toEqual({
			form: { key: 'error.session.noParticipants' }
		});
		await deleteSession(t.db, TEST_ACTOR, empty);
		expect(await findSession(t.db, empty)).toBeUndefined();
		const ran = await session('Gestart');
		await addParticipant(t.db, TEST_ACTOR, ran, people[0]);
		await startSession(t.db, TEST_ACTOR, ran);
		expect(await refused(() => deleteSession(t.db, TEST_ACTOR, ran))).toEqual({
			form: { key: 'error.session.deleteStarted' }
		});
		expect(await refused(() => startSession(t.db, TEST_ACTOR, ran))).toEqual({
			form: { key: 'error.session.running' }
		});
	});
});
