import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLeft, updateEmployee } from '../../src/lib/server/employees/employees.service';
import { employeeInput } from '../../src/lib/server/employees/employees.schema';
import { addLink, removeLink } from '../../src/lib/server/links/links.service';
import { mapPositions } from '../../src/lib/server/network/layout.service';
import { mapData } from '../../src/lib/server/network/map.service';
import { networkVersion } from '../../src/lib/server/network/network.queries';
import { whoToCall } from '../../src/lib/server/network/route.service';
import { networkSnapshot } from '../../src/lib/server/network/snapshot';
import { tempDb, type TempDb } from '../support/db';
import { addDepartment, addPerson, employeeForm, TEST_ACTOR } from './helpers';

let t: TempDb;
beforeEach(async () => {
	t = await tempDb();
});
afterEach(async () => {
	await t.close();
});

const link = (from: number, to: number, strength: 1 | 2 | 3 = 2) =>
	addLink(t.db, TEST_ACTOR, { from, to, strength });

/**
 * Vastgoed: ann, bob (contact point). Publieksplein: cor, dirk. Wonen: eva (no links).
 * ann—cor (trust), cor—dirk, dirk—bob: the only way from Publieksplein into Vastgoed.
 */
async function smallTown() {
	const vastgoed = await addDepartment(t.db, 'Vastgoed');
	const plein = await addDepartment(t.db, 'Publieksplein');
	const wonen = await addDepartment(t.db, 'Wonen');
	const ann = await addPerson(t.db, {
		fullName: 'Ann',
		departmentId: vastgoed,
		topics: ['horeca']
	});
	const bob = await addPerson(t.db, {
		fullName: 'Bob',
		departmentId: vastgoed,
		topics: ['horeca']
	});
	await updateEmployee(
		t.db,
		TEST_ACTOR,
		bob,
		employeeInput.parse({
			...employeeForm({ fullName: 'Bob', departmentId: vastgoed, topics: ['horeca'] }),
			isContactPoint: 'on'
		})
	);
	const cor = await addPerson(t.db, { fullName: 'Cor', departmentId: plein });
	const dirk = await addPerson(t.db, { fullName: 'Dirk', departmentId: plein });
	const eva = await addPerson(t.db, { fullName: 'Eva', departmentId: wonen });
	await link(ann, cor, 3);
	await link(cor, dirk, 2);
	await link(dirk, bob, 1);
	return { vastgoed, plein, wonen, ann, bob, cor, dirk, eva };
}

describe('the network version', () => {
	it('moves with every change to people, departments or links, and only then', async () => {
		const start = await networkVersion(t.db);
		const town = await smallTown();
		const afterTown = await networkVersion(t.db);
		expect(afterTown).toBeGreaterThan(start);
		await networkSnapshot(t.db);
		expect(await networkVersion(t.db)).toBe(afterTown);
		await setLeft(t.db, TEST_ACTOR, town.eva, '2026-01-01');
		expect(await networkVersion(t.db)).toBeGreaterThan(afterTown);
	});

	it('keeps people who left, and their links, off the map', async () => {
		const town = await smallTown();
		await setLeft(t.db, TEST_ACTOR, town.dirk, '2026-01-01');
		const map = await mapData(t.db);
		expect(map.people.map((p) => p.name).sort()).toEqual(['Ann', 'Bob', 'Cor', 'Eva']);
		expect(map.links).toEqual([[town.ann, town.cor, 3]]);
	});
});

describe('stored layout', () => {
	it('lays out once per version and answers from the stored positions after that', async () => {
		await smallTown();
		const snapshot = await networkSnapshot(t.db);
		const first = await mapPositions(t.db, snapshot);
		expect(first.fresh).toBe(true);
		const state = await t.db.selectFrom('layout_state').selectAll().executeTakeFirstOrThrow();
		expect(state.network_version).toBe(snapshot.version);
		const stored = await t.db.selectFrom('layout_position').selectAll().execute();
		expect(stored).toHaveLength(5);
		const again = await mapPositions(t.db, await networkSnapshot(t.db));
		expect(again.positions).toEqual(first.positions);
	});

	it('moves the others little when a link is removed', async () => {
		const town = await smallTown();
		const before = (await mapPositions(t.db, await networkSnapshot(t.db))).positions;
		const linkId = (
			await t.db.selectFrom('link').select('id').orderBy('id').executeTakeFirstOrThrow()
		).id;
		await removeLink(t.db, TEST_ACTOR, town.ann, linkId);
		const after = (await mapPositions(t.db, await networkSnapshot(t.db))).positions;
		const moved = [town.bob, town.dirk, town.eva].map((id) =>
			Math.hypot(after.get(id)!.x - before.get(id)!.x, after.get(id)!.y - before.get(id)!.y)
		);
		expect(Math.max(...moved)).toBeLessThan(40);
	});
});

describe('"Wie bel ik?"', () => {
	it('goes through trusted colleagues to a department, as text-ready steps', async () => {
		const town = await smallTown();
		const answer = await whoToCall(t.db, town.cor, { kind: 'afdeling', id: town.vastgoed });
		expect(answer.status).toBe('ok');
		const best = answer.routes[0];
		expect(best.people.map((p) => p.name)).toEqual(['Cor', 'Ann']);
		expect(best.strengths).toEqual([3]);
		expect(best.people[1].department).toBe('Vastgoed');
	});

	it('offers a route through other people as an alternative', async () => {
		const town = await smallTown();
		const answer = await whoToCall(t.db, town.cor, { kind: 'afdeling', id: town.vastgoed });
		expect(answer.routes[1].people.map((p) => p.name)).toEqual(['Cor', 'Dirk', 'Bob']);
	});

	it('prefers the contact point for a topic among equally short routes', async () => {
		const town = await smallTown();
		const answer = await whoToCall(t.db, town.dirk, { kind: 'onderwerp', name: 'HORECA' });
		expect(answer.routes[0].people.map((p) => p.name)).toEqual(['Dirk', 'Bob']);
	});

	it('says so when there is no route, and offers the department’s people to contact directly', async () => {
		const town = await smallTown();
		const answer = await whoToCall(t.db, town.eva, { kind: 'afdeling', id: town.vastgoed });
		expect(answer.status).toBe('none');
		expect(answer.contacts.map((c) => c.name)).toEqual(['Bob']);
	});

	it('tells people that they are the target, that nobody fits, or that they are not on the map', async () => {
		const town = await smallTown();
		expect((await whoToCall(t.db, town.ann, { kind: 'afdeling', id: town.vastgoed })).status).toBe(
			'self'
		);
		expect((await whoToCall(t.db, town.ann, { kind: 'onderwerp', name: 'drugs' })).status).toBe(
			'empty'
		);
		await setLeft(t.db, TEST_ACTOR, town.cor, '2026-01-01');
		const away = await whoToCall(t.db, town.cor, { kind: 'persoon', id: town.ann });
		expect(away.status).toBe('away');
		expect(away.contacts.map((c) => c.name)).toEqual(['Ann']);
	});
});
