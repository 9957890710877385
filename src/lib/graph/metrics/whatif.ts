/**
 * "What if X leaves": the pairs of departments whose every link runs through X, so that they would
 * have no link left without X. Computed for everyone at once: a pair's links share a common
 * endpoint only if the running intersection of their endpoint sets stays non-empty, so each pair
 * keeps two candidate slots and each further link can only clear them. A pair with a single link
 * keeps both endpoints: either person leaving cuts it.
 */
import type { AnyGraph } from './basics';

export interface CriticalPerson {
	node: number;
	/** Group index pairs [a, b], a < b, sorted. */
	pairs: [number, number][];
}

export interface SinglePointsOfFailure {
	/** Only people who are the sole connection of at least one pair, by node index. */
	people: CriticalPerson[];
	/** Number of group pairs each node is the sole connection of (0 for most). */
	pairsLost: Int32Array;
}

export function singlePointsOfFailure(graph: AnyGraph): SinglePointsOfFailure {
	const { n, offsets, targets, group } = graph;
	const G = graph.groups.length;
	const slotOf = new Map<number, number>();
	const first = new Int32Array(graph.m);
	const second = new Int32Array(graph.m);
	const lo = new Int32Array(graph.m);
	const hi = new Int32Array(graph.m);
	let slots = 0;
	for (let v = 0; v < n; v++) {
		const gv = group[v];
		for (let e = offsets[v]; e < offsets[v + 1]; e++) {
			const w = targets[e];
			const gw = group[w];
			if (w < v || gw === gv) continue;
			const key = gv < gw ? gv * G + gw : gw * G + gv;
			const slot = slotOf.get(key);
			if (slot === undefined) {
				slotOf.set(key, slots);
				first[slots] = v;
				second[slots] = w;
				lo[slots] = Math.min(gv, gw);
				hi[slots] = Math.max(gv, gw);
				slots++;
				continue;
			}
			if (first[slot] !== v && first[slot] !== w) first[slot] = -1;
			if (second[slot] !== v && second[slot] !== w) second[slot] = -1;
		}
	}
	const byNode = new Map<number, [number, number][]>();
	const pairsLost = new Int32Array(n);
	const add = (node: number, slot: number) => {
		if (node === -1) return;
		pairsLost[node]++;
		let list = byNode.get(node);
		if (!list) byNode.set(node, (list = []));
		list.push([lo[slot], hi[slot]]);
	};
	for (let s = 0; s < slots; s++) {
		add(first[s], s);
		add(second[s], s);
	}
	const people: CriticalPerson[] = [];
	for (const [node, pairs] of byNode) {
		pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
		people.push({ node, pairs });
	}
	people.sort((x, y) => x.node - y.node);
	return { people, pairsLost };
}

/** The same question for one person, answered directly in O(m): which pairs lose their last link. */
export function pairsLostIfLeaves(graph: AnyGraph, node: number): [number, number][] {
	const { n, offsets, targets, group } = graph;
	const G = graph.groups.length;
	const remaining = new Set<number>();
	for (let v = 0; v < n; v++) {
		if (v === node) continue;
		for (let e = offsets[v]; e < offsets[v + 1]; e++) {
			const w = targets[e];
			if (w === node || group[w] === group[v]) continue;
			remaining.add(Math.min(group[v], group[w]) * G + Math.max(group[v], group[w]));
		}
	}
	const lost = new Set<number>();
	for (let e = offsets[node]; e < offsets[node + 1]; e++) {
		const a = group[node];
		const b = group[targets[e]];
		if (a === b) continue;
		const key = Math.min(a, b) * G + Math.max(a, b);
		if (!remaining.has(key)) lost.add(key);
	}
	return [...lost]
		.sort((x, y) => x - y)
		.map((key): [number, number] => [Math.floor(key / G), key % G]);
}
