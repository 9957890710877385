import { describe, expect, it } from 'vitest';
import { translate } from '../../src/lib/i18n/translate';
import { routeSentences } from '../../src/lib/map/route-text';
import {
	departmentPairs,
	departmentView,
	isolatedDepartments,
	neighbourhoodOf,
	peopleBetween,
	peopleView,
	type MapLinkData,
	type MapPersonData
} from '../../src/lib/map/view';

const person = (id: number, departmentId: number, x = 0, y = 0): MapPersonData => ({
	id,
	name: `P${id}`,
	jobTitle: '',
	departmentId,
	contactPoint: false,
	degree: 0,
	x,
	y
});
const departments = [1, 2, 3, 4].map((id) => ({ id, name: `D${id}`, color: '#000000', size: 0 }));
// D1: 1, 2; D2: 3, 4; D3: 5; D4: nobody.
const people = [person(1, 1, 0, 0), person(2, 1, 10, 0), person(3, 2), person(4, 2), person(5, 3)];
const links: MapLinkData[] = [
	[1, 2, 3],
	[2, 3, 1],
	[4, 2, 2],
	[3, 4, 2]
];
for (const d of departments) d.size = people.filter((p) => p.departmentId === d.id).length;

describe('department view of the map', () => {
	it('counts links between departments once per pair, never inside one', () => {
		expect(departmentPairs(people, links)).toEqual([{ a: 1, b: 2, links: 2 }]);
	});

	it('marks departments with people but without outside links as isolated', () => {
		const isolated = isolatedDepartments(departments, departmentPairs(people, links));
		expect([...isolated]).toEqual([3]);
	});

	it('puts a department at the centre of its people, sized by headcount, and skips empty ones', () => {
		const view = departmentView(people, departments, departmentPairs(people, links));
		expect(view.nodes.map((n) => n.id)).toEqual(['d1', 'd2', 'd3']);
		expect(view.nodes[0]).toMatchObject({ x: 5, y: 0, isolated: false });
		expect(view.nodes[2].isolated).toBe(true);
		expect(view.nodes[0].size).toBeGreaterThan(view.nodes[2].size);
		expect(view.edges).toHaveLength(1);
	});

	it('lists who connects two departments, from the first department’s side', () => {
		const between = peopleBetween(people, links, 2, 1);
		expect(between.map((l) => [l.from.id, l.to.id])).toEqual([
			[3, 2],
			[4, 2]
		]);
	});
});

describe('people view and focus', () => {
	it('draws stronger links wider and busier people bigger', () => {
		const busy = { ...person(9, 1), degree: 9 };
		const view = peopleView([person(8, 1), busy], departments, [[8, 9, 3]]);
		expect(view.nodes[1].size).toBeGreaterThan(view.nodes[0].size);
		expect(view.edges[0]).toMatchObject({ id: 'l8-9', source: 'p8', target: 'p9' });
	});

	it('finds the people within one, two and three steps', () => {
		const chain: MapLinkData[] = [
			[1, 2, 1],
			[2, 3, 1],
			[3, 4, 1],
			[4, 5, 1]
		];
		expect([...neighbourhoodOf(1, 1, chain).people].sort()).toEqual([1, 2]);
		expect([...neighbourhoodOf(3, 1, chain).people].sort()).toEqual([2, 3, 4]);
		expect([...neighbourhoodOf(1, 3, chain).people].sort()).toEqual([1, 2, 3, 4]);
		expect([...neighbourhoodOf(1, 2, chain).links].sort()).toEqual(['l1-2', 'l2-3']);
	});
});

describe('route as sentences', () => {
	const t = (key: string, params?: Record<string, string | number>) => translate('nl', key, params);
	const p = (id: number, name: string, department: string) => ({ id, name, department });

	it('asks the first person for an introduction, in plain Dutch', () => {
		const lines = routeSentences(
			t,
			[
				p(1, 'Ik', 'Publieksplein'),
				p(2, 'Jan de Vries', 'Vastgoed'),
				p(3, 'Fatima El Amrani', 'Publieksplein')
			],
			[3, 2]
		);
		expect(lines).toEqual([
			'Vraag Jan de Vries (Vastgoed), die je vertrouwt, om je voor te stellen aan Fatima El Amrani (Publieksplein).'
		]);
	});

	it('says to call directly when the target is one step away', () => {
		expect(routeSentences(t, [p(1, 'Ik', 'A'), p(2, 'Bo', 'B')], [1])).toEqual([
			'Neem direct contact op met Bo (B), die je kent.'
		]);
	});

	it('names each next introduction on longer routes', () => {
		const lines = routeSentences(
			t,
			[p(1, 'Ik', 'A'), p(2, 'Bo', 'B'), p(3, 'Cas', 'C'), p(4, 'Dewi', 'D')],
			[2, 1, 3]
		);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toContain('met wie je samenwerkt');
		expect(lines[1]).toBe('Cas brengt je daarna in contact met Dewi (D).');
	});
});
