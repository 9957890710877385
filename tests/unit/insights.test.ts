import { describe, expect, it } from 'vitest';
import {
	minGroupSizeFromEnv,
	OTHER_DEPARTMENTS,
	planGroups
} from '../../src/lib/server/insights/groups';
import { parseAsOf } from '../../src/lib/server/insights/insights.params';
import { departmentsReport, namedReport } from '../../src/lib/server/insights/report';
import type { NetworkLink, NetworkPerson } from '../../src/lib/server/network/network.queries';

const departments = [
	{ id: 1, name: 'Archief' },
	{ id: 2, name: 'Leeg' },
	{ id: 3, name: 'Publieksplein' },
	{ id: 4, name: 'Vastgoed' }
];

function person(id: number, name: string, departmentId: number): NetworkPerson {
	return { id, name, jobTitle: '', departmentId, contactPoint: false };
}

function link(a: number, b: number, formedOn = '2026-01-10'): NetworkLink {
	return { a, b, strength: 2, formedOn, origin: 'handmatig' };
}

/** Archief: Aart, Bea (2). Leeg: nobody. Plein: Cees, Door, Erik (3). Vastgoed: Fay, Gert, Huub (3). */
const people = [
	person(11, 'Aart Archivaris', 1),
	person(12, 'Bea Bewaarder', 1),
	person(21, 'Cees Loket', 3),
	person(22, 'Door Balie', 3),
	person(23, 'Erik Telefoon', 3),
	person(31, 'Fay Taxateur', 4),
	person(32, 'Gert Grond', 4),
	person(33, 'Huub Huur', 4)
];
const links = [
	link(11, 12),
	link(21, 22),
	link(22, 23),
	link(31, 32),
	link(32, 33),
	link(22, 31),
	link(22, 33),
	link(12, 21)
];
const input = { departments, people, links, asOf: null, networkVersion: 7 };

describe('planGroups', () => {
	it('merges departments below the minimum into one group, last, and leaves out empty ones', () => {
		const plan = planGroups(departments, people, 3);
		expect(plan.groups).toEqual([
			{ id: 3, name: 'Publieksplein', departments: ['Publieksplein'], size: 3 },
			{ id: 4, name: 'Vastgoed', departments: ['Vastgoed'], size: 3 },
			{ id: null, name: OTHER_DEPARTMENTS, departments: ['Archief'], size: 2 }
		]);
		expect(plan.other).toBe(2);
		expect([...plan.groupOf.entries()].sort()).toEqual([
			[1, 2],
			[3, 0],
			[4, 1]
		]);
	});

	it('merges nothing at a minimum of 1, and everything when all are small', () => {
		const none = planGroups(departments, people, 1);
		expect(none.other).toBe(-1);
		expect(none.groups.map((g) => g.name)).toEqual(['Archief', 'Publieksplein', 'Vastgoed']);
		const all = planGroups(departments, people, 10);
		expect(all.groups).toEqual([
			{
				id: null,
				name: OTHER_DEPARTMENTS,
				departments: ['Archief', 'Publieksplein', 'Vastgoed'],
				size: 8
			}
		]);
	});

	it('keeps the merged group apart from a real department with the same name', () => {
		const clash = [...departments, { id: 5, name: 'overige afdelingen' }];
		const crowd = [...people, ...[1, 2, 3].map((i) => person(50 + i, `P${i}`, 5))];
		const plan = planGroups(clash, crowd, 3);
		expect(plan.groups.map((g) => g.name)).toEqual([
			'Publieksplein',
			'Vastgoed',
			'overige afdelingen',
			`${OTHER_DEPARTMENTS} (2)`
		]);
	});
});

describe('INSIGHTS_MIN_GROUP_SIZE', () => {
	it('is 5 unless set to a whole number of at least 1', () => {
		expect(minGroupSizeFromEnv(undefined)).toBe(5);
		expect(minGroupSizeFromEnv('')).toBe(5);
		expect(minGroupSizeFromEnv('8')).toBe(8);
		expect(minGroupSizeFromEnv('1')).toBe(1);
		for (const bad of ['0', '-3', '2.5', 'vijf']) expect(minGroupSizeFromEnv(bad)).toBe(5);
	});
});

describe('parseAsOf', () => {
	it('takes real calendar dates, empty as today, and refuses the rest with a message key', () => {
		expect(parseAsOf(null)).toEqual({ ok: true, asOf: null });
		expect(parseAsOf('  ')).toEqual({ ok: true, asOf: null });
		expect(parseAsOf('2024-02-29')).toEqual({ ok: true, asOf: '2024-02-29' });
		for (const bad of ['2023-02-29', '2026-13-01', '1-3-2026', '2026-03-01T00:00', "'; drop"]) {
			expect(parseAsOf(bad), bad).toEqual({ ok: false, error: { key: 'insights.error.asOf' } });
		}
	});
});

describe('the departments report (manager)', () => {
	const report = departmentsReport(input, 3);

	it('computes department figures after merging the small ones', () => {
		expect(report.departments).toEqual([
			{ id: 3, name: 'Publieksplein', size: 3, internal: 2, external: 3, ei: 0.2, density: 2 / 3 },
			{ id: 4, name: 'Vastgoed', size: 3, internal: 2, external: 2, ei: 0, density: 2 / 3 },
			{ id: null, name: OTHER_DEPARTMENTS, size: 2, internal: 1, external: 1, ei: 0, density: 1 }
		]);
		expect(report.otherDepartments).toEqual({ name: OTHER_DEPARTMENTS, departments: ['Archief'] });
		expect(report.linksBetweenDepartments).toEqual([
			{ a: 'Publieksplein', b: 'Vastgoed', links: 2, density: 2 / 9 },
			{ a: 'Publieksplein', b: OTHER_DEPARTMENTS, links: 1, density: 1 / 6 }
		]);
		expect(report.departmentPairsWithoutLinks).toEqual([['Vastgoed', OTHER_DEPARTMENTS]]);
		expect(report.departmentPairsThroughOnePerson).toEqual([
			{ a: 'Publieksplein', b: 'Vastgoed', links: 2 },
			{ a: 'Publieksplein', b: OTHER_DEPARTMENTS, links: 1 }
		]);
		expect(report.eiIndex).toBeCloseTo((3 - 5) / 8, 12);
	});

	it('carries no employee name or id, and no named lists', () => {
		const json = JSON.stringify(report);
		for (const p of people) expect(json).not.toContain(p.name);
		const ids = [...json.matchAll(/"id":(\w+)/g)].map((m) => m[1]);
		expect(ids.sort()).toEqual(['3', '4', 'null']);
		expect(json).not.toMatch(/"(people|articulationPoints|betweennessTop|brokers|whatIfLeaves)"/);
		expect(report.tier).toBe('departments');
	});

	it('survives JSON unchanged: no typed arrays, Maps or undefined', () => {
		expect(JSON.parse(JSON.stringify(report))).toEqual(report);
		expect(JSON.parse(JSON.stringify(namedReport(input)))).toEqual(namedReport(input));
	});
});

describe('the named report (beheerder)', () => {
	const report = namedReport(input);

	it('keeps every department and names the one person a pair hangs on', () => {
		expect(report.departments.map((d) => d.name)).toEqual(['Archief', 'Publieksplein', 'Vastgoed']);
		const pv = report.departmentPairsThroughOnePerson.find(
			(p) => p.a === 'Publieksplein' && p.b === 'Vastgoed'
		);
		expect(pv?.people).toEqual([{ id: 22, name: 'Door Balie', department: 'Publieksplein' }]);
		// A single link: either end leaving cuts it.
		const ap = report.departmentPairsThroughOnePerson.find((p) => p.a === 'Archief');
		expect(ap?.people.map((p) => p.name)).toEqual(['Bea Bewaarder', 'Cees Loket']);
	});

	it('ranks by betweenness and lists who would cut which pairs', () => {
		const values = report.betweennessTop.map((p) => p.value);
		expect(values).toEqual([...values].sort((x, y) => y - x));
		expect(report.betweennessTop[0].name).toBe('Door Balie');
		expect(report.betweenness).toEqual({ exact: true, sources: 8 });
		expect(report.articulationPoints[0]).toBe('Door Balie');
		expect(report.whatIfLeaves.find((p) => p.name === 'Door Balie')?.pairs).toEqual([
			['Publieksplein', 'Vastgoed']
		]);
	});
});
