/**
 * Betweenness centrality (Brandes 2001), unweighted, normalised as networkx does for undirected
 * graphs: each pair counted once, divided by (n-1)(n-2)/2. The counting itself is in brandes.ts.
 */
import type { AnyGraph } from './basics';
import { brandes, localise, type Local } from './brandes';

function normalise(raw: Float64Array, n: number, scale: number): Float64Array {
	// raw counts each unordered pair twice; networkx divides that by (n-1)(n-2).
	if (n > 2) {
		const factor = scale / ((n - 1) * (n - 2));
		for (let i = 0; i < n; i++) raw[i] *= factor;
	}
	return raw;
}

function toOriginal(lg: Local, raw: Float64Array): Float64Array {
	const out = new Float64Array(lg.n);
	for (let i = 0; i < lg.n; i++) out[lg.original[i]] = raw[i];
	return out;
}

/**
 * Exact normalised betweenness per node: O(n m) time, O(n + m) memory. A leaf v on u (degree >= 2)
 * is folded into u (Baglioni et al. 2012): every shortest path from v is v-u then one from u, so
 * v's dependencies equal u's except that u itself lies between v and all comp(u) - 2 others. So u
 * runs with weight 1 + leaves, v runs not at all and, as a target behind u, is counted in extra[u]
 * (a leaf is never between two others). Isolated nodes are not sources either. Pairs of twins
 * could be folded the same way but are too rare in real networks to pay for finding them.
 */
export function betweenness(graph: AnyGraph): Float64Array {
	const { n, offsets, targets } = graph;
	const drop = new Uint8Array(n);
	const leaves = new Float64Array(n);
	for (let v = 0; v < n; v++) {
		if (offsets[v + 1] - offsets[v] !== 1) continue;
		const u = targets[offsets[v]];
		if (offsets[u + 1] - offsets[u] > 1) {
			drop[v] = 1;
			leaves[u]++;
		}
	}
	const lg = localise(graph, drop);
	const extra = new Float64Array(n);
	const weight = new Float64Array(n);
	const sources: number[] = [];
	for (let i = 0; i < n; i++) {
		const v = lg.original[i];
		extra[i] = leaves[v];
		weight[i] = 1 + leaves[v];
		if (drop[v] === 0 && offsets[v + 1] > offsets[v]) sources.push(i);
	}
	const raw = new Float64Array(n);
	brandes(lg, sources, weight, extra, raw);
	for (let i = 0; i < n; i++) raw[i] += extra[i] * (lg.size[i] - 2);
	return normalise(toOriginal(lg, raw), n, 1);
}

/** mulberry32: tiny, seedable, and good enough to pick sample sources. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Estimate from k distinct random sources, scaled by n/k (as networkx does with `k`). Use it when
 * the exact O(n m) is too slow; k >= n gives the exact values.
 */
export function sampledBetweenness(graph: AnyGraph, k: number, seed = 1): Float64Array {
	const n = graph.n;
	if (k >= n) return betweenness(graph);
	const samples = Math.max(1, Math.floor(k));
	const random = seededRandom(seed);
	// Partial Fisher–Yates: the first `samples` entries become a uniform sample without repeats.
	const pool = new Int32Array(n);
	for (let i = 0; i < n; i++) pool[i] = i;
	for (let i = 0; i < samples; i++) {
		const j = i + Math.floor(random() * (n - i));
		const s = pool[j];
		pool[j] = pool[i];
		pool[i] = s;
	}
	const lg = localise(graph, null);
	const sources = Array.from(pool.subarray(0, samples), (v) => lg.local[v]);
	const raw = new Float64Array(n);
	brandes(lg, sources, new Float64Array(n).fill(1), new Float64Array(n), raw);
	return normalise(toOriginal(lg, raw), n, n / samples);
}

/** Node indices of the `count` highest values, highest first; ties in index order. */
export function topNodes(values: ArrayLike<number>, count: number): number[] {
	const idx = Array.from({ length: values.length }, (_, i) => i);
	idx.sort((x, y) => values[y] - values[x] || x - y);
	return idx.slice(0, count);
}
