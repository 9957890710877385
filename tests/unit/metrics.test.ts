import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph } from '../../src/lib/graph/graph';
import {
	basics,
	betweenness,
	brokerage,
	computeInsights,
	cuts,
	groupInsights,
	groupLinkMatrix,
	pairsLostIfLeaves,
	sampledBetweenness,
	seededRandom,
	singlePointsOfFailure,
	topNodes
} from '../../src/lib/graph/metrics';
import { generateDemo } from '../../src/lib/server/demo/generate';

type G = Graph<string, string>;

/** Nodes as "id:group", links as "a-b". */
function graphOf(nodes: string[], links: string[]): G {
	return buildGraph({
		nodes: nodes.map((spec) => {
			const [id, group] = spec.split(':');
			return { id, group };
		}),
		links: links.map((spec) => {
			const [a, b] = spec.split('-');
			return { a, b };
		})
	});
}

const ids = (graph: G, list: number[]) => list.map((i) => graph.ids[i]);
const groupPair = (graph: G, [a, b]: [number, number]) => `${graph.groups[a]}|${graph.groups[b]}`;

/** Random graph with a fixed seed: the brute-force comparisons below need some variety. */
function randomGraph(n: number, m: number, groups: number, seed: number): G {
	const random = seededRandom(seed);
	const nodes = Array.from({ length: n }, (_, i) => `${i}:g${Math.floor(random() * groups)}`);
	const links: string[] = [];
	for (let k = 0; k < m; k++) {
		links.push(`${Math.floor(random() * n)}-${Math.floor(random() * n)}`);
	}
	return graphOf(nodes, links);
}

function neighbours(graph: G, v: number): number[] {
	return Array.from(graph.targets.subarray(graph.offsets[v], graph.offsets[v + 1]));
}

/** Betweenness from its definition: all-pairs BFS distances and path counts. */
function bruteBetweenness(graph: G): number[] {
	const { n } = graph;
	const dist: number[][] = [];
	const sigma: number[][] = [];
	for (let s = 0; s < n; s++) {
		const d = Array<number>(n).fill(-1);
		const c = Array<number>(n).fill(0);
		d[s] = 0;
		c[s] = 1;
		const queue = [s];
		for (let h = 0; h < queue.length; h++) {
			const v = queue[h];
			for (const w of neighbours(graph, v)) {
				if (d[w] === -1) {
					d[w] = d[v] + 1;
					queue.push(w);
				}
				if (d[w] === d[v] + 1) c[w] += c[v];
			}
		}
		dist.push(d);
		sigma.push(c);
	}
	const out = Array<number>(n).fill(0);
	for (let s = 0; s < n; s++) {
		for (let t = s + 1; t < n; t++) {
			if (dist[s][t] <= 0) continue;
			for (let v = 0; v < n; v++) {
				if (v === s || v === t || dist[s][v] <= 0 || dist[v][t] <= 0) continue;
				if (dist[s][v] + dist[v][t] === dist[s][t]) {
					out[v] += (sigma[s][v] * sigma[v][t]) / sigma[s][t];
				}
			}
		}
	}
	return n > 2 ? out.map((x) => x / (((n - 1) * (n - 2)) / 2)) : out;
}

describe('a path A-A-B-B plus a one-person group without links', () => {
	// 1:A - 2:A - 3:B - 4:B, and 5:C alone.
	const graph = graphOf(['1:A', '2:A', '3:B', '4:B', '5:C'], ['1-2', '2-3', '3-4']);

	it('counts nodes, links, density, components and isolates', () => {
		const b = basics(graph);
		expect(b.nodes).toBe(5);
		expect(b.links).toBe(3);
		expect(b.density).toBeCloseTo(6 / 20, 12);
		expect(b.components.count).toBe(2);
		expect(b.components.sizes).toEqual([4, 1]);
		expect(b.components.of[0]).toBe(b.components.of[3]);
		expect(b.components.of[0]).not.toBe(b.components.of[4]);
		expect(ids(graph, b.isolates)).toEqual(['5']);
		expect(Array.from(b.degree)).toEqual([1, 2, 2, 1, 0]);
	});

	it('summarises groups without dividing by zero for the one-person group', () => {
		const g = groupInsights(graph);
		expect(g.byGroup).toEqual([
			{ size: 2, internal: 1, external: 1, ei: 0, density: 1 },
			{ size: 2, internal: 1, external: 1, ei: 0, density: 1 },
			{ size: 1, internal: 0, external: 0, ei: null, density: 0 }
		]);
		expect(g.internalLinks).toBe(2);
		expect(g.externalLinks).toBe(1);
		expect(g.ei).toBeCloseTo(-1 / 3, 12);
		expect(g.pairs.map((p) => [groupPair(graph, [p.a, p.b]), p.links, p.density])).toEqual([
			['A|A', 1, 1],
			['A|B', 1, 0.25],
			['B|B', 1, 1]
		]);
		expect(g.pairsWithoutLinks.map((p) => groupPair(graph, p))).toEqual(['A|C', 'B|C']);
		expect(g.isolatedGroups.map((i) => graph.groups[i])).toEqual(['C']);
		expect(Array.from(groupLinkMatrix(graph))).toEqual([1, 1, 0, 1, 1, 0, 0, 0, 0]);
	});

	it('finds the middle two as articulation points and every link as a bridge', () => {
		const c = cuts(graph);
		expect(ids(graph, c.articulationPoints)).toEqual(['2', '3']);
		expect(c.bridges.map(([a, b]) => `${graph.ids[a]}-${graph.ids[b]}`)).toEqual([
			'1-2',
			'2-3',
			'3-4'
		]);
	});

	it('gives the two inner nodes betweenness 2 pairs out of 6', () => {
		expect(Array.from(betweenness(graph))).toEqual([0, 1 / 3, 1 / 3, 0, 0]);
	});

	it('names both ends of the only A-B link as single points of failure', () => {
		const spof = singlePointsOfFailure(graph);
		expect(
			spof.people.map((p) => [graph.ids[p.node], p.pairs.map((q) => groupPair(graph, q))])
		).toEqual([
			['2', ['A|B']],
			['3', ['A|B']]
		]);
		expect(Array.from(spof.pairsLost)).toEqual([0, 1, 1, 0, 0]);
	});

	it('sees the inner nodes as representatives between their own and the other group', () => {
		const b = brokerage(graph);
		expect(Array.from(b.representative)).toEqual([0, 1, 1, 0, 0]);
		expect(Array.from(b.total)).toEqual([0, 1, 1, 0, 0]);
		expect(Array.from(b.coordinator).concat(Array.from(b.liaison))).toEqual(Array(10).fill(0));
	});
});

describe('betweenness', () => {
	it('gives a star centre 1 and its leaves 0', () => {
		const star = graphOf(['c:A', 'a:A', 'b:A', 'd:A', 'e:A'], ['c-a', 'c-b', 'c-d', 'c-e']);
		expect(Array.from(betweenness(star))).toEqual([1, 0, 0, 0, 0]);
	});

	it('splits the credit between two equally short paths (4-cycle: 1/2 pair of 3 each)', () => {
		const square = graphOf(['1:A', '2:A', '3:A', '4:A'], ['1-2', '2-3', '3-4', '4-1']);
		for (const value of betweenness(square)) expect(value).toBeCloseTo(1 / 6, 12);
	});

	it('is 0 everywhere for one or two nodes and empty for none', () => {
		expect(Array.from(betweenness(graphOf(['1:A', '2:A'], ['1-2'])))).toEqual([0, 0]);
		expect(Array.from(betweenness(graphOf(['1:A'], [])))).toEqual([0]);
		expect(betweenness(graphOf([], [])).length).toBe(0);
	});

	it('agrees with the definition on a random graph with several components', () => {
		const graph = randomGraph(60, 90, 4, 7);
		const expected = bruteBetweenness(graph);
		const actual = betweenness(graph);
		expect(expected.some((x) => x > 0)).toBe(true);
		expected.forEach((x, i) => expect(actual[i]).toBeCloseTo(x, 12));
	});

	it('is exact when sampling every source, repeatable per seed, and unbiased in total on a cycle', () => {
		const graph = randomGraph(40, 80, 3, 11);
		expect(Array.from(sampledBetweenness(graph, 40, 5))).toEqual(Array.from(betweenness(graph)));
		expect(Array.from(sampledBetweenness(graph, 10, 5))).toEqual(
			Array.from(sampledBetweenness(graph, 10, 5))
		);
		expect(Array.from(sampledBetweenness(graph, 10, 5))).not.toEqual(
			Array.from(sampledBetweenness(graph, 10, 6))
		);
		// On a cycle every source contributes the same total, so any sample, scaled n/k, is exact.
		const cycle = graphOf(
			Array.from({ length: 7 }, (_, i) => `${i}:A`),
			Array.from({ length: 7 }, (_, i) => `${i}-${(i + 1) % 7}`)
		);
		const sum = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);
		expect(sum(sampledBetweenness(cycle, 3, 1))).toBeCloseTo(sum(betweenness(cycle)), 12);
	});

	it('ranks the highest first, ties by index', () => {
		expect(topNodes([0.1, 0.5, 0.5, 0.2], 3)).toEqual([1, 2, 3]);
	});
});

describe('articulation points and bridges', () => {
	it('finds the knot of a bow tie and no bridges; nothing on a cycle', () => {
		const bowTie = graphOf(
			['1:A', '2:A', 'x:A', '3:A', '4:A'],
			['1-2', '2-x', 'x-1', 'x-3', '3-4', '4-x']
		);
		expect(ids(bowTie, cuts(bowTie).articulationPoints)).toEqual(['x']);
		expect(cuts(bowTie).bridges).toEqual([]);
		const cycle = graphOf(['1:A', '2:A', '3:A'], ['1-2', '2-3', '3-1']);
		expect(cuts(cycle)).toEqual({ articulationPoints: [], bridges: [] });
	});

	it('handles a tree root with two children and a pendant link on a cycle', () => {
		// r has children a and b: r is a cut point although it is the DFS root.
		const graph = graphOf(['r:A', 'a:A', 'b:A', 'c:A', 'd:A'], ['r-a', 'r-b', 'b-c', 'c-d', 'd-b']);
		expect(ids(graph, cuts(graph).articulationPoints)).toEqual(['r', 'b']);
		expect(cuts(graph).bridges.map(([x, y]) => `${graph.ids[x]}-${graph.ids[y]}`)).toEqual([
			'r-a',
			'r-b'
		]);
	});

	it('walks a 20,000-person chain without overflowing the stack', () => {
		const n = 20_000;
		const chain = buildGraph({
			nodes: Array.from({ length: n }, (_, i) => ({ id: i, group: 0 })),
			links: Array.from({ length: n - 1 }, (_, i) => ({ a: i, b: i + 1 }))
		});
		const c = cuts(chain);
		expect(c.articulationPoints.length).toBe(n - 2);
		expect(c.bridges.length).toBe(n - 1);
	});
});

describe('brokerage', () => {
	it('classifies the open pairs around a broker and leaves out closed ones', () => {
		// v (X) knows a1, a2 (X), b1, b2 (Y), c1 (Z); b1-b2 and a1-c1 know each other.
		const graph = graphOf(
			['v:X', 'a1:X', 'a2:X', 'b1:Y', 'b2:Y', 'c1:Z'],
			['v-a1', 'v-a2', 'v-b1', 'v-b2', 'v-c1', 'b1-b2', 'a1-c1']
		);
		const b = brokerage(graph);
		const v = graph.indexOf.get('v')!;
		// coordinator a1-a2; representative a1-b1, a1-b2, a2-b1, a2-b2, a2-c1 (a1-c1 is closed);
		// consultant none (b1-b2 is closed); liaison b1-c1, b2-c1.
		expect([b.coordinator[v], b.representative[v], b.consultant[v], b.liaison[v]]).toEqual([
			1, 5, 0, 2
		]);
		expect(b.total[v]).toBe(8);
		// a2 knows only v; a1, b1, b2 and c1 each have two neighbours who know each other.
		expect(Array.from(b.total).filter((_, i) => i !== v)).toEqual([0, 0, 0, 0, 0]);
	});

	it('counts a consultant between two people of one other group', () => {
		const graph = graphOf(['v:X', 'p:Y', 'q:Y'], ['v-p', 'v-q']);
		expect(brokerage(graph).consultant[0]).toBe(1);
		expect(brokerage(graph).total[0]).toBe(1);
	});

	it('agrees with enumerating every neighbour pair on a random graph', () => {
		const graph = randomGraph(80, 400, 5, 3);
		const linked = new Set<string>();
		for (let v = 0; v < graph.n; v++) for (const w of neighbours(graph, v)) linked.add(`${v}-${w}`);
		const b = brokerage(graph);
		for (let v = 0; v < graph.n; v++) {
			const count = { coordinator: 0, representative: 0, consultant: 0, liaison: 0 };
			const nb = neighbours(graph, v);
			const g = graph.group;
			for (let i = 0; i < nb.length; i++) {
				for (let j = i + 1; j < nb.length; j++) {
					const [a, c] = [nb[i], nb[j]];
					if (linked.has(`${a}-${c}`)) continue;
					if (g[a] === g[v] && g[c] === g[v]) count.coordinator++;
					else if (g[a] === g[v] || g[c] === g[v]) count.representative++;
					else if (g[a] === g[c]) count.consultant++;
					else count.liaison++;
				}
			}
			expect({
				coordinator: b.coordinator[v],
				representative: b.representative[v],
				consultant: b.consultant[v],
				liaison: b.liaison[v]
			}).toEqual(count);
		}
	});
});

describe('what if someone leaves', () => {
	it('finds the shared endpoint of all links of a pair, and none when links are spread', () => {
		// A|B: x-b1, x-b2 (all through x). A|C: x-c1, y-c1 (all through c1). B|C: b1-c2, b2-c3.
		const graph = graphOf(
			['x:A', 'y:A', 'b1:B', 'b2:B', 'c1:C', 'c2:C', 'c3:C'],
			['x-b1', 'x-b2', 'x-c1', 'y-c1', 'b1-c2', 'b2-c3', 'x-y']
		);
		const spof = singlePointsOfFailure(graph);
		expect(
			spof.people.map((p) => [graph.ids[p.node], p.pairs.map((q) => groupPair(graph, q))])
		).toEqual([
			['x', ['A|B']],
			['c1', ['A|C']]
		]);
		for (let v = 0; v < graph.n; v++) {
			expect(pairsLostIfLeaves(graph, v)).toEqual(
				spof.people.find((p) => p.node === v)?.pairs ?? []
			);
		}
	});

	it('agrees with removing each person in turn on a random graph', () => {
		const graph = randomGraph(120, 150, 12, 21);
		const spof = singlePointsOfFailure(graph);
		expect(spof.people.length).toBeGreaterThan(0);
		for (let v = 0; v < graph.n; v++) {
			const direct = pairsLostIfLeaves(graph, v);
			expect(spof.people.find((p) => p.node === v)?.pairs ?? []).toEqual(direct);
			expect(spof.pairsLost[v]).toBe(direct.length);
		}
	});
});

describe('computeInsights', () => {
	it('copes with an empty network and a single person', () => {
		for (const graph of [graphOf([], []), graphOf(['1:A'], [])]) {
			const insights = computeInsights(graph);
			expect(insights.basics.density).toBe(0);
			expect(insights.groups.ei).toBeNull();
			expect(insights.groups.pairsWithoutLinks).toEqual([]);
			expect(insights.cuts).toEqual({ articulationPoints: [], bridges: [] });
			expect(insights.betweenness?.values.length).toBe(graph.n);
		}
	});

	it('chooses exact or sampled betweenness as asked', () => {
		const graph = randomGraph(50, 100, 3, 2);
		expect(computeInsights(graph).betweenness?.exact).toBe(true);
		expect(computeInsights(graph, { betweenness: 'none' }).betweenness).toBeNull();
		const sampled = computeInsights(graph, { betweenness: 'sampled', samples: 10, seed: 4 });
		expect(sampled.betweenness).toMatchObject({ exact: false, sources: 10 });
		expect(Array.from(sampled.betweenness!.values)).toEqual(
			Array.from(sampledBetweenness(graph, 10, 4))
		);
	});

	it('handles 20,000 people and 100,000 links within a second without exact betweenness', () => {
		const data = generateDemo({ people: 20_000 });
		const graph = buildGraph({
			nodes: data.employees.map((e) => ({ id: e.key, group: e.departmentKey })),
			links: data.links.map((l) => ({ a: l.a, b: l.b }))
		});
		computeInsights(graph, { betweenness: 'none' });
		const t0 = performance.now();
		const insights = computeInsights(graph, { betweenness: 'none' });
		const elapsed = performance.now() - t0;
		expect(insights.basics.links).toBe(graph.m);
		expect(insights.groups.internalLinks + insights.groups.externalLinks).toBe(graph.m);
		expect(elapsed).toBeLessThan(1000);
	});
});
