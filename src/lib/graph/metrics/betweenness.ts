/**
 * Betweenness centrality (Brandes 2001), unweighted, normalised as networkx does for undirected
 * graphs: each pair counted once, divided by (n-1)(n-2)/2. Typed arrays throughout; the BFS
 * order doubles as the stack. The forward pass writes each node's shortest-path successors into
 * one flat array in BFS order, so the backward pass reads a contiguous, branch-free range per node
 * instead of re-testing every neighbour's distance.
 */
import type { AnyGraph } from './basics';

/** The adjacency renumbered in BFS order, so that neighbours sit close together in memory. */
interface Local {
	n: number;
	offsets: Int32Array;
	targets: Int32Array;
	/** Original index of each local node. */
	original: Int32Array;
}

function localise(graph: AnyGraph): Local {
	const { n, offsets, targets } = graph;
	const original = new Int32Array(n);
	const local = new Int32Array(n).fill(-1);
	let next = 0;
	for (let root = 0; root < n; root++) {
		if (local[root] !== -1) continue;
		let head = next;
		local[root] = next;
		original[next++] = root;
		while (head < next) {
			const v = original[head++];
			for (let e = offsets[v]; e < offsets[v + 1]; e++) {
				const w = targets[e];
				if (local[w] === -1) {
					local[w] = next;
					original[next++] = w;
				}
			}
		}
	}
	const localOffsets = new Int32Array(n + 1);
	const localTargets = new Int32Array(targets.length);
	for (let i = 0; i < n; i++) {
		const v = original[i];
		let k = localOffsets[i];
		for (let e = offsets[v]; e < offsets[v + 1]; e++) localTargets[k++] = local[targets[e]];
		localOffsets[i + 1] = k;
	}
	return { n, offsets: localOffsets, targets: localTargets, original };
}

/** Brandes from the given sources (original indices); raw counts each unordered pair twice. */
function brandes(graph: AnyGraph, sources: ArrayLike<number>, count: number): Float64Array {
	const { n, offsets, targets, original } = localise(graph);
	const localOf = new Int32Array(n);
	for (let i = 0; i < n; i++) localOf[original[i]] = i;
	const dist = new Int32Array(n).fill(-1);
	const sigma = new Float64Array(n);
	const coef = new Float64Array(n);
	const order = new Int32Array(n);
	const succ = new Int32Array(targets.length);
	const succEnd = new Int32Array(n);
	const raw = new Float64Array(n);
	for (let k = 0; k < count; k++) {
		const s = localOf[sources[k]];
		dist[s] = 0;
		sigma[s] = 1;
		let head = 0;
		let tail = 0;
		let ptr = 0;
		order[tail++] = s;
		while (head < tail) {
			const v = order[head++];
			const dv = dist[v] + 1;
			const sv = sigma[v];
			for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
				const w = targets[e];
				const dw = dist[w];
				if (dw === -1) {
					dist[w] = dv;
					sigma[w] = sv;
					order[tail++] = w;
					succ[ptr++] = w;
				} else if (dw === dv) {
					sigma[w] += sv;
					succ[ptr++] = w;
				}
			}
			succEnd[v] = ptr;
		}
		// Reverse BFS order: successors are final before their predecessors read them. sigma and
		// coef are always written before being read, so only dist needs clearing for the next source.
		let end = ptr;
		for (let i = tail - 1; i > 0; i--) {
			const v = order[i];
			const start = succEnd[order[i - 1]];
			let sum = 0;
			for (let p = start; p < end; p++) sum += coef[succ[p]];
			end = start;
			const sv = sigma[v];
			const delta = sv * sum;
			raw[v] += delta;
			coef[v] = (1 + delta) / sv;
			dist[v] = -1;
		}
		dist[s] = -1;
	}
	const out = new Float64Array(n);
	for (let i = 0; i < n; i++) out[original[i]] = raw[i];
	return out;
}

function normalise(raw: Float64Array, n: number, scale: number): Float64Array {
	// raw counts each unordered pair twice; networkx divides that by (n-1)(n-2).
	if (n > 2) {
		const factor = scale / ((n - 1) * (n - 2));
		for (let i = 0; i < n; i++) raw[i] *= factor;
	}
	return raw;
}

/** Exact normalised betweenness per node: O(n m) time, O(n + m) memory. */
export function betweenness(graph: AnyGraph): Float64Array {
	const all = new Int32Array(graph.n);
	for (let i = 0; i < graph.n; i++) all[i] = i;
	return normalise(brandes(graph, all, graph.n), graph.n, 1);
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
	return normalise(brandes(graph, pool, samples), n, n / samples);
}

/** Node indices of the `count` highest values, highest first; ties in index order. */
export function topNodes(values: ArrayLike<number>, count: number): number[] {
	const idx = Array.from({ length: values.length }, (_, i) => i);
	idx.sort((x, y) => values[y] - values[x] || x - y);
	return idx.slice(0, count);
}
