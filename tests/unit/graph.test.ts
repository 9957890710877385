import { describe, expect, it } from 'vitest';
import { buildGraph, degreeOf } from '../../src/lib/graph/graph';

describe('buildGraph', () => {
	const graph = buildGraph({
		nodes: [
			{ id: 10, group: 'A' },
			{ id: 20, group: 'A' },
			{ id: 30, group: 'B' },
			{ id: 40, group: 'C' }
		],
		links: [
			{ a: 10, b: 20, weight: 3 },
			{ a: 20, b: 10 },
			{ a: 20, b: 30 },
			{ a: 30, b: 30 },
			{ a: 30, b: 99 }
		]
	});

	it('drops repeated pairs in either direction, self-loops and unknown ends', () => {
		expect(graph.n).toBe(4);
		expect(graph.m).toBe(2);
	});

	it('lists each neighbour on both sides with its weight', () => {
		const neighbours = (i: number) =>
			Array.from(graph.targets.slice(graph.offsets[i], graph.offsets[i + 1])).map(
				(j) => graph.ids[j]
			);
		expect(neighbours(graph.indexOf.get(20)!).sort()).toEqual([10, 30]);
		expect(neighbours(graph.indexOf.get(10)!)).toEqual([20]);
		expect(degreeOf(graph, graph.indexOf.get(40)!)).toBe(0);
		const first = graph.offsets[graph.indexOf.get(10)!];
		expect(graph.weights[first]).toBe(3);
	});

	it('numbers groups in order of first appearance', () => {
		expect(graph.groups).toEqual(['A', 'B', 'C']);
		expect(Array.from(graph.group)).toEqual([0, 0, 1, 2]);
	});
});
