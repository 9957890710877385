/**
 * Articulation points (people whose leaving splits their part of the network) and bridges (links
 * whose loss does), by Hopcroft–Tarjan low-links. The depth-first search keeps its own stack and
 * an edge cursor per node: recursion would overflow the call stack on a 20,000-person chain.
 */
import type { AnyGraph } from './basics';

export interface Cuts {
	/** Node indices, ascending. */
	articulationPoints: number[];
	/** Links as [lo, hi] node indices, sorted. */
	bridges: [number, number][];
}

export function cuts(graph: AnyGraph): Cuts {
	const { n, offsets, targets } = graph;
	// disc 0 means unvisited, so discovery times start at 1.
	const disc = new Int32Array(n);
	const low = new Int32Array(n);
	const parent = new Int32Array(n);
	const cursor = new Int32Array(n);
	const stack = new Int32Array(n);
	const isCut = new Uint8Array(n);
	const bridges: [number, number][] = [];
	let time = 0;
	for (let root = 0; root < n; root++) {
		if (disc[root] !== 0) continue;
		disc[root] = low[root] = ++time;
		parent[root] = -1;
		cursor[root] = offsets[root];
		let sp = 0;
		stack[sp++] = root;
		let rootChildren = 0;
		while (sp > 0) {
			const v = stack[sp - 1];
			if (cursor[v] < offsets[v + 1]) {
				const w = targets[cursor[v]++];
				if (disc[w] === 0) {
					parent[w] = v;
					disc[w] = low[w] = ++time;
					cursor[w] = offsets[w];
					stack[sp++] = w;
					if (v === root) rootChildren++;
				} else if (w !== parent[v] && disc[w] < low[v]) {
					// Skipping the parent by node is exact here: the graph has no repeated links.
					low[v] = disc[w];
				}
				continue;
			}
			sp--;
			const p = parent[v];
			if (p === -1) continue;
			if (low[v] < low[p]) low[p] = low[v];
			if (low[v] > disc[p]) bridges.push(p < v ? [p, v] : [v, p]);
			if (p !== root && low[v] >= disc[p]) isCut[p] = 1;
		}
		if (rootChildren > 1) isCut[root] = 1;
	}
	const articulationPoints: number[] = [];
	for (let i = 0; i < n; i++) if (isCut[i]) articulationPoints.push(i);
	bridges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	return { articulationPoints, bridges };
}
