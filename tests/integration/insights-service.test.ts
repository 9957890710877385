import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLeft } from '../../src/lib/server/employees/employees.service';
import { insightsFor } from '../../src/lib/server/insights/insights.service';
import { addLink } from '../../src/lib/server/links/links.service';
import { InputError } from '../../src/lib/server/validation';
import { tempDb, type TempDb } from '../support/db';
import { addDepartment, addPerson, TEST_ACTOR } from './helpers';

let t: TempDb;
beforeEach(async () => {
	t = await tempDb();
});
afterEach(async () => {
	await t.close();
});

const OTHER = 'Overige afdelingen';

/**
 * Archief: Jan, Kim. Juridisch: Lot. Publieksplein: Dirk, Eva, Fien. Vastgoed: Ann, Bob, Cas.
 * Wonen: Gijs, Hans, Ilse, Noor (no links; Wonen has no link outside). Every Publieksplein–
 * Vastgoed link touches Dirk, and those two were formed on 2026-03-01 (a session); the rest on
 * 2026-01-10.
 */
async function town() {
	const d = {
		archief: await addDepartment(t.db, 'Archief'),
		juridisch: await addDepartment(t.db, 'Juridisch'),
		plein: await addDepartment(t.db, 'Publieksplein'),
		vastgoed: await addDepartment(t.db, 'Vastgoed'),
		wonen: await addDepartment(t.db, 'Wonen')
	};
	const members: [string, number][] = [
		...['Ann', 'Bob', 'Cas'].map((n): [string, number] => [n, d.vastgoed]),
		...['Dirk', 'Eva', 'Fien'].map((n): [string, number] => [n, d.plein]),
		...['Gijs', 'Hans', 'Ilse', 'Noor'].map((n): [string, number] => [n, d.wonen]),
		...['Jan', 'Kim'].map((n): [string, number] => [n, d.archief]),
		['Lot', d.juridisch]
	];
	const p: Record<string, number> = {};
	for (const [name, departmentId] of members) {
		p[name] = await addPerson(t.db, { fullName: `${name} Testpersoon`, departmentId });
	}
	const link = (a: string, b: string, formedOn = '2026-01-10') =>
		addLink(t.db, TEST_ACTOR, { from: p[a], to: p[b], strength: 2, formedOn });
	const pairs =
		'Ann-Bob Bob-Cas Dirk-Eva Eva-Fien Dirk-Fien Gijs-Hans Gijs-Ilse Bob-Jan Eva-Lot Jan-Kim Kim-Lot';
	for (const pair of pairs.split(' ')) {
		const [a, b] = pair.split('-');
		await link(a, b);
	}
	await link('Ann', 'Dirk', '2026-03-01');
	await link('Cas', 'Dirk', '2026-03-01');
	return { d, p, names: members.map(([name]) => `${name} Testpersoon`) };
}

const full = (name: string) => `${name} Testpersoon`;

describe('insights for the beheerder (named tier)', () => {
	it('gives the exact figures of a hand-made town', async () => {
		const { d, p } = await town();
		const r = await insightsFor(t.db, { tier: 'named' });
		expect(r).toMatchObject({
			tier: 'named',
			asOf: null,
			nodes: 13,
			links: 13,
			density: 1 / 6,
			components: 3,
			largestComponent: 9,
			isolatedPeople: 1,
			internalLinks: 8,
			externalLinks: 5,
			eiIndex: -3 / 13,
			bridges: 2,
			articulationPointCount: 1,
			articulationPoints: [full('Gijs')],
			isolatedDepartments: ['Wonen']
		});
		expect(r.departments).toEqual([
			{ id: d.archief, name: 'Archief', size: 2, internal: 1, external: 2, ei: 1 / 3, density: 1 },
			{ id: d.juridisch, name: 'Juridisch', size: 1, internal: 0, external: 2, ei: 1, density: 0 },
			{ id: d.plein, name: 'Publieksplein', size: 3, internal: 3, external: 3, ei: 0, density: 1 },
			{
				id: d.vastgoed,
				name: 'Vastgoed',
				size: 3,
				internal: 2,
				external: 3,
				ei: 0.2,
				density: 2 / 3
			},
			{ id: d.wonen, name: 'Wonen', size: 4, internal: 2, external: 0, ei: -1, density: 1 / 3 }
		]);
		expect(r.linksBetweenDepartments).toEqual([
			{ a: 'Archief', b: 'Juridisch', links: 1, density: 1 / 2 },
			{ a: 'Archief', b: 'Vastgoed', links: 1, density: 1 / 6 },
			{ a: 'Juridisch', b: 'Publieksplein', links: 1, density: 1 / 3 },
			{ a: 'Publieksplein', b: 'Vastgoed', links: 2, density: 2 / 9 }
		]);
		expect(r.departmentPairsWithoutLinks).toEqual([
			['Archief', 'Publieksplein'],
			['Archief', 'Wonen'],
			['Juridisch', 'Vastgoed'],
			['Juridisch', 'Wonen'],
			['Publieksplein', 'Wonen'],
			['Vastgoed', 'Wonen']
		]);
		const onePerson = r.departmentPairsThroughOnePerson.map((x) => [
			x.a,
			x.b,
			x.links,
			x.people.map((person) => person.name)
		]);
		expect(onePerson).toEqual([
			['Archief', 'Juridisch', 1, [full('Kim'), full('Lot')]],
			['Archief', 'Vastgoed', 1, [full('Bob'), full('Jan')]],
			['Juridisch', 'Publieksplein', 1, [full('Eva'), full('Lot')]],
			['Publieksplein', 'Vastgoed', 2, [full('Dirk')]]
		]);
		expect(r.whatIfLeaves.map((x) => [x.name, x.pairs.length])).toEqual([
			[full('Lot'), 2],
			[full('Bob'), 1],
			[full('Dirk'), 1],
			[full('Eva'), 1],
			[full('Jan'), 1],
			[full('Kim'), 1]
		]);
		expect(r.whatIfLeaves[0]).toMatchObject({
			id: p.Lot,
			department: 'Juridisch',
			pairs: [
				['Archief', 'Juridisch'],
				['Juridisch', 'Publieksplein']
			]
		});
	});

	it('counts brokerage roles and betweenness per person', async () => {
		await town();
		const r = await insightsFor(t.db, { tier: 'named' });
		// Dirk stands between Ann and Cas (both Vastgoed: consultant) and between each of them and
		// Eva or Fien (his own department: representative); Eva and Fien know each other.
		expect(r.brokers.find((b) => b.name === full('Dirk'))).toMatchObject({
			department: 'Publieksplein',
			total: 5,
			coordinator: 0,
			representative: 4,
			consultant: 1,
			liaison: 0
		});
		expect(r.brokers.find((b) => b.name === full('Gijs'))).toMatchObject({
			total: 1,
			coordinator: 1
		});
		// Gijs lies on the one shortest path Hans–Ilse: 1 pair of (13-1)(13-2)/2 = 66.
		expect(r.betweennessTop.find((b) => b.name === full('Gijs'))?.value).toBeCloseTo(1 / 66, 12);
		const values = r.betweennessTop.map((b) => b.value);
		expect(values).toEqual([...values].sort((x, y) => y - x));
		expect(values.every((v) => v > 0)).toBe(true);
		expect(r.betweenness).toEqual({ exact: true, sources: 13 });
	});
});

describe('insights for a manager (departments tier)', () => {
	it('merges small departments before computing, and names nobody', async () => {
		const { names } = await town();
		const r = await insightsFor(t.db, { tier: 'departments', minGroupSize: 3 });
		expect(r.otherDepartments).toEqual({ name: OTHER, departments: ['Archief', 'Juridisch'] });
		expect(r.departments.map((x) => [x.name, x.size, x.internal, x.external, x.ei])).toEqual([
			['Publieksplein', 3, 3, 3, 0],
			['Vastgoed', 3, 2, 3, 0.2],
			['Wonen', 4, 2, 0, -1],
			[OTHER, 3, 2, 2, 0]
		]);
		expect(r).toMatchObject({ nodes: 13, links: 13, internalLinks: 9, externalLinks: 4 });
		expect(r.eiIndex).toBeCloseTo(-5 / 13, 12);
		expect(r.linksBetweenDepartments.map((x) => [x.a, x.b, x.links])).toEqual([
			['Publieksplein', 'Vastgoed', 2],
			['Publieksplein', OTHER, 1],
			['Vastgoed', OTHER, 1]
		]);
		expect(r.departmentPairsWithoutLinks).toEqual([
			['Publieksplein', 'Wonen'],
			['Vastgoed', 'Wonen'],
			['Wonen', OTHER]
		]);
		expect(r.departmentPairsThroughOnePerson).toEqual([
			{ a: 'Publieksplein', b: 'Vastgoed', links: 2 },
			{ a: 'Publieksplein', b: OTHER, links: 1 },
			{ a: 'Vastgoed', b: OTHER, links: 1 }
		]);
		const json = JSON.stringify(r);
		for (const name of names) expect(json).not.toContain(name);
		expect(json).not.toContain('Testpersoon');
		expect(Object.keys(r)).not.toContain('articulationPoints');
		expect(Object.keys(r)).not.toContain('betweennessTop');
	});

	it('uses INSIGHTS_MIN_GROUP_SIZE (default 5): here every department is small', async () => {
		await town();
		const r = await insightsFor(t.db, { tier: 'departments' });
		expect(r.minGroupSize).toBe(5);
		expect(r.departments).toEqual([
			{ id: null, name: OTHER, size: 13, internal: 13, external: 0, ei: -1, density: 1 / 6 }
		]);
		expect(r.isolatedDepartments).toEqual([]);
		expect(r.departmentPairsWithoutLinks).toEqual([]);
	});
});

describe('the as-of date', () => {
	it('counts only links formed on or before it, among the people active now', async () => {
		await town();
		const before = await insightsFor(t.db, { tier: 'named', asOf: '2026-02-28' });
		expect(before).toMatchObject({ asOf: '2026-02-28', nodes: 13, links: 11 });
		expect(before.departmentPairsWithoutLinks).toContainEqual(['Publieksplein', 'Vastgoed']);
		expect(before.linksBetweenDepartments.map((x) => `${x.a}–${x.b}`)).not.toContain(
			'Publieksplein–Vastgoed'
		);
		const onTheDay = await insightsFor(t.db, { tier: 'named', asOf: '2026-03-01' });
		expect(onTheDay.links).toBe(13);
		const long = await insightsFor(t.db, { tier: 'departments', asOf: '2020-01-01' });
		expect(long).toMatchObject({ links: 0, isolatedPeople: 13, components: 13 });
	});

	it('refuses a date that is not one', async () => {
		await town();
		await expect(insightsFor(t.db, { tier: 'named', asOf: '2026-02-30' })).rejects.toThrow(
			InputError
		);
	});
});

describe('caching per network version', () => {
	it('returns the same object until the network changes, then computes afresh', async () => {
		const { p } = await town();
		const first = await insightsFor(t.db, { tier: 'named' });
		expect(await insightsFor(t.db, { tier: 'named' })).toBe(first);
		const dated = await insightsFor(t.db, { tier: 'named', asOf: '2026-02-28' });
		expect(await insightsFor(t.db, { tier: 'named', asOf: '2026-02-28' })).toBe(dated);
		expect(dated).not.toBe(first);
		const manager = await insightsFor(t.db, { tier: 'departments', minGroupSize: 3 });
		expect(await insightsFor(t.db, { tier: 'departments', minGroupSize: 3 })).toBe(manager);

		await setLeft(t.db, TEST_ACTOR, p.Dirk, '2026-04-01');
		const after = await insightsFor(t.db, { tier: 'named' });
		expect(after).not.toBe(first);
		expect(after.networkVersion).toBeGreaterThan(first.networkVersion);
		expect(after).toMatchObject({ nodes: 12, links: 9 });
		expect(after.departmentPairsWithoutLinks).toContainEqual(['Publieksplein', 'Vastgoed']);
		expect(await insightsFor(t.db, { tier: 'departments', minGroupSize: 3 })).not.toBe(manager);
	});
});
