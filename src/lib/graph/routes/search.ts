import type { Graph } from '../graph';

/**
 * One best-route search: breadth-first to the nearest target layer, then two passes over the
 * shortest-path DAG. Lexicographic order: fewest steps, then a preferred target, then the
 * strongest weakest link, then the largest total strength.
 *
 * Why two passes: "weakest link, then total" is not optimal-substructure (a route that is best
 * so far can lose after one more weak link), so the best bottleneck is found first and the total
 * is then maximised over links at least that strong, which is exact.
 */

export interface Route {
	/** Node indexes from the caller to the target, both ends included. */
	nodes: number[];
	/** Link weight per step: `weights[i]` joins `nodes[i]` and `nodes[i + 1]`. */
	weights: number[];
	steps: number;
	/** Weakest link along the route; 0 when the route has no links (the caller is a target). */
	weakest: number;
	/** Sum of the link weights. */
	total: number;
	target: number;
	/** Whether the target was in the caller's `preferred` set. */
	preferred: boolean;
}

export interface SearchInput {
	graph: Graph<unknown, unknown>;
	from: number;
	isTarget: Uint8Array;
	preferred: ReadonlySet<number> | undefined;
	/** People the route may not pass through. */
	blocked: Uint8Array;
	/** Nodes whose direct link with `from` may not be used. */
	blockedFromLink: Uint8Array;
	maxSteps: number;
}

/** Typed arrays reused between the searches of one query. */
export class Scratch {
	dist: Int32Array;
	queue: Int32Array;
	best: Float64Array;
	total: Float64Array;
	parent: Int32Array;
	parentWeight: Float64Array;

	constructor(n: number) {
		this.dist = new Int32Array(n);
		this.queue = new Int32Array(n);
		this.best = new Float64Array(n);
		this.total = new Float64Array(n);
		this.parent = new Int32Array(n);
		this.parentWeight = new Float64Array(n);
	}
}

export function searchBest(input: SearchInput, scratch: Scratch): Route | null {
	const { graph, from, isTarget, preferred, blocked, blockedFromLink, maxSteps } = input;
	const { offsets, targets, weights } = graph;
	const { dist, queue, best, total, parent, parentWeight } = scratch;
	if (isTarget[from]) {
		const own = preferred?.has(from) ?? false;
		return {
			nodes: [from],
			weights: [],
			steps: 0,
			weakest: 0,
			total: 0,
			target: from,
			preferred: own
		};
	}
	const usable = (u: number, v: number) => u !== from || blockedFromLink[v] === 0;

	dist.fill(-1);
	dist[from] = 0;
	queue[0] = from;
	let head = 0;
	let tail = 1;
	let found = -1;
	while (head < tail) {
		const u = queue[head];
		if ((found >= 0 && dist[u] >= found) || dist[u] >= maxSteps) break;
		head++;
		for (let e = offsets[u]; e < offsets[u + 1]; e++) {
			const v = targets[e];
			if (dist[v] >= 0 || blocked[v] || !usable(u, v)) continue;
			dist[v] = dist[u] + 1;
			queue[tail++] = v;
			if (found < 0 && isTarget[v]) found = dist[v];
		}
	}
	if (found < 0) return null;

	let candidates: number[] = [];
	for (let k = 0; k < tail; k++) if (isTarget[queue[k]]) candidates.push(queue[k]);
	const wanted = candidates.filter((t) => preferred?.has(t));
	if (wanted.length > 0) candidates = wanted;

	// Pass 1: the strongest weakest link by which each node can be reached in the fewest steps.
	best[from] = Infinity;
	for (let k = 1; k < tail; k++) {
		const v = queue[k];
		let b = -Infinity;
		for (let e = offsets[v]; e < offsets[v + 1]; e++) {
			const u = targets[e];
			if (dist[u] !== dist[v] - 1 || !usable(u, v)) continue;
			const via = Math.min(best[u], weights[e]);
			if (via > b) b = via;
		}
		best[v] = b;
	}
	let floor = -Infinity;
	for (const t of candidates) floor = Math.max(floor, best[t]);

	// Pass 2: the largest total over links no weaker than that bottleneck.
	total[from] = 0;
	for (let k = 1; k < tail; k++) {
		const v = queue[k];
		let sum = -Infinity;
		let via = -1;
		let viaWeight = 0;
		for (let e = offsets[v]; e < offsets[v + 1]; e++) {
			const u = targets[e];
			const w = weights[e];
			if (dist[u] !== dist[v] - 1 || w < floor || !usable(u, v) || total[u] === -Infinity) {
				continue;
			}
			// Ties go to the lower index, so the answer does not depend on link order.
			if (total[u] + w > sum || (total[u] + w === sum && u < via)) {
				sum = total[u] + w;
				via = u;
				viaWeight = w;
			}
		}
		total[v] = sum;
		parent[v] = via;
		parentWeight[v] = viaWeight;
	}

	let target = -1;
	for (const t of candidates) {
		if (best[t] !== floor) continue;
		if (target < 0 || total[t] > total[target] || (total[t] === total[target] && t < target)) {
			target = t;
		}
	}
	const nodes = [target];
	const steps: number[] = [];
	// Exactly `found` steps back; a broken chain is a bug that must not become an endless loop.
	for (let v = target, k = 0; k < found; v = parent[v], k++) {
		if (parent[v] < 0) throw new Error('route search lost its way back');
		nodes.push(parent[v]);
		steps.push(parentWeight[v]);
	}
	nodes.reverse();
	steps.reverse();
	return {
		nodes,
		weights: steps,
		steps: steps.length,
		weakest: floor,
		total: total[target],
		target,
		preferred: preferred?.has(target) ?? false
	};
}
