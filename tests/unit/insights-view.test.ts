import { describe, expect, it } from 'vitest';
import { count, longDate, percent, signed } from '../../src/lib/components/insights/format';
import { gapsByDepartment } from '../../src/lib/components/insights/gaps';
import { heatmapCells, LEVELS } from '../../src/lib/components/insights/heatmap';
import type { DepartmentFigures } from '../../src/lib/server/insights/insights.types';

function dept(name: string, size: number, internal: number): DepartmentFigures {
	const density = size < 2 ? 0 : internal / ((size * (size - 1)) / 2);
	return { id: null, name, size, internal, external: 0, ei: null, density };
}

const departments = [dept('A', 4, 3), dept('B', 5, 6), dept('C', 2, 1), dept('D', 1, 0)];
const between = [
	{ a: 'A', b: 'B', links: 4, density: 4 / 20 },
	{ a: 'A', b: 'C', links: 1, density: 1 / 8 },
	{ a: 'B', b: 'D', links: 1, density: 1 / 5 },
	{ a: 'C', b: 'D', links: 1, density: 1 / 2 }
];

describe('the heat map matrix', () => {
	const { cells, maxBetween } = heatmapCells(departments, between);

	it('has every pair both ways, zeros included, and the inside counts on the diagonal', () => {
		expect(cells.map((row) => row.map((c) => c.links))).toEqual([
			[3, 4, 1, 0],
			[4, 6, 0, 1],
			[1, 0, 1, 1],
			[0, 1, 1, 0]
		]);
		expect(cells[1][1]).toMatchObject({ inside: true, density: 6 / 10, level: 0 });
		expect(cells[2][0].density).toBe(1 / 8);
	});

	it('colours between-department cells in fifths of the densest pair; no link is level 0', () => {
		expect(maxBetween).toBe(1 / 2);
		const levels = cells.map((row) => row.map((c) => c.level));
		// 0.2/0.5 = 0.4 → 2; 0.125/0.5 = 0.25 → 2; 0.2 → 2; 0.5 → 5.
		expect(levels).toEqual([
			[0, 2, 2, 0],
			[2, 0, 0, 2],
			[2, 0, 0, LEVELS],
			[0, 2, LEVELS, 0]
		]);
	});
});

describe('gaps per department', () => {
	it('lists, per department in report order, the departments it has no link with', () => {
		const pairs: [string, string][] = [
			['A', 'D'],
			['B', 'C']
		];
		expect(gapsByDepartment(departments, pairs)).toEqual([
			{ name: 'A', others: ['D'] },
			{ name: 'B', others: ['C'] },
			{ name: 'C', others: ['B'] },
			{ name: 'D', others: ['A'] }
		]);
		expect(gapsByDepartment(departments, [])).toEqual([]);
	});
});

describe('number formats', () => {
	it('writes Dutch and English numbers, signs and dates', () => {
		expect(percent('nl', 0.00234)).toBe('0,23%');
		expect(percent('en', 0.00234)).toBe('0.23%');
		expect(signed('nl', -0.456)).toBe('−0,46');
		expect(signed('en', 0.5)).toBe('+0.50');
		expect(signed('nl', 0)).toBe('0,00');
		expect(signed('nl', null)).toBe('–');
		expect(count('nl', 12345)).toBe('12.345');
		expect(longDate('nl', '2026-03-01')).toBe('1 maart 2026');
		expect(longDate('en', '2026-03-01')).toBe('1 March 2026');
	});
});
