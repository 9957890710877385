/**
 * Size, density, degrees, connected components and people without links. Node and group
 * numbers in every result are indices into `graph.ids` / `graph.groups`, so callers can map
 * them back to ids without another lookup table travelling along.
 */
import type { Graph } from '../graph';

/** Any graph, whatever its id and group types: metrics only look at the index structure. */
export type AnyGraph = Graph<unknown, unknown>;

export interface Components {
	count: number;
	/** Sizes, largest first. */
	sizes: number[];
	/** Component index per node; components are numbered in order of their lowest node index. */
	of: Int32Array;
}

export interface Basics {
	nodes: number;
	links: number;
	density: number;
	degree: Int32Array;
	components: Components;
	/** Nodes without any link, in index order. */
	isolates: number[];
}

/** 2m / (n(n-1)); 0 for fewer than two nodes, where the ratio has no meaning. */
export function density(graph: AnyGraph): number {
	const { n, m } = graph;
	return n < 2 ? 0 : (2 * m) / (n * (n - 1));
}

export function degrees(graph: AnyGraph): Int32Array {
	const degree = new Int32Array(graph.n);
	for (let i = 0; i < graph.n; i++) degree[i] = graph.offsets[i + 1] - graph.offsets[i];
	return degree;
}

export function isolates(graph: AnyGraph): number[] {
	const out: number[] = [];
	for (let i = 0; i < graph.n; i++) if (graph.offsets[i + 1] === graph.offsets[i]) out.push(i);
	return out;
}

/** Breadth-first with a typed-array queue: no recursion, so 20,000-node chains are fine. */
export function components(graph: AnyGraph): Components {
	const { n, offsets, targets } = graph;
	const of = new Int32Array(n).fill(-1);
	const queue = new Int32Array(n);
	const sizes: number[] = [];
	for (let s = 0; s < n; s++) {
		if (of[s] !== -1) continue;
		const c = sizes.length;
		of[s] = c;
		let head = 0;
		let tail = 0;
		queue[tail++] = s;
		while (head < tail) {
			const v = queue[head++];
			for (let e = offsets[v]; e < offsets[v + 1]; e++) {
				const w = targets[e];
				if (of[w] === -1) {
					of[w] = c;
					queue[tail++] = w;
				}
			}
		}
		sizes.push(tail);
	}
	return { count: sizes.length, sizes: sizes.slice().sort((x, y) => y - x), of };
}

export function basics(graph: AnyGraph): Basics {
	return {
		nodes: graph.n,
		links: graph.m,
		density: density(graph),
		degree: degrees(graph),
		components: components(graph),
		isolates: isolates(graph)
	};
}
