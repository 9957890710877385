import type { Graph } from '../graph';
import { Scratch, searchBest, type Route } from './search';

export type { Route } from './search';

export interface RouteOptions {
	/**
	 * Targets to favour among equally short routes, e.g. a topic's contact points. This ranks
	 * right after the number of steps: a preferred target beats a stronger route to another one.
	 */
	preferred?: ReadonlySet<number>;
	/** How many alternatives to look for after the best route (default 1). */
	alternatives?: number;
	/** Longest route worth showing, in steps (default: no limit). */
	maxSteps?: number;
	/** People no route may pass through (say, someone on leave); avoided targets are unreachable. */
	avoid?: ReadonlySet<number>;
}

/**
 * "Wie bel ik?": the best route from `from` to the nearest of `targets` (one person, everyone in
 * a department, everyone with a topic), followed by alternatives that pass through none of the
 * people between caller and target on the routes before them, so each is a real second choice
 * when someone does not answer. Order: fewest steps, then a preferred target, then the strongest
 * weakest link, then the largest total strength, then the lowest node index. A direct link
 * has no one in between; its alternative is then a route that does not use that link.
 * Returns [] when no target can be reached, and a single zero-step route when `from` is a target.
 */
export function findRoutes(
	graph: Graph<unknown, unknown>,
	from: number,
	targets: readonly number[],
	options: RouteOptions = {}
): Route[] {
	const { n } = graph;
	checkNode(n, from, 'from');
	const isTarget = new Uint8Array(n);
	for (const t of targets) {
		checkNode(n, t, 'target');
		isTarget[t] = 1;
	}
	const blocked = new Uint8Array(n);
	for (const p of options.avoid ?? []) {
		checkNode(n, p, 'avoided node');
		if (p !== from) blocked[p] = 1;
	}
	const input = {
		graph,
		from,
		isTarget,
		preferred: options.preferred,
		blocked,
		blockedFromLink: new Uint8Array(n),
		maxSteps: options.maxSteps ?? Infinity
	};
	const scratch = new Scratch(n);
	const first = searchBest(input, scratch);
	if (!first) return [];
	const routes = [first];
	if (first.steps === 0) return routes;
	const wanted = options.alternatives ?? 1;
	for (let k = 0; k < wanted; k++) {
		const last = routes[routes.length - 1];
		if (last.steps === 1) input.blockedFromLink[last.target] = 1;
		for (let i = 1; i < last.nodes.length - 1; i++) blocked[last.nodes[i]] = 1;
		const next = searchBest(input, scratch);
		if (!next) break;
		routes.push(next);
	}
	return routes;
}

/** Node indexes within `depth` links of `node`, the node itself first, nearer ones before farther. */
export function neighbourhood(
	graph: Graph<unknown, unknown>,
	node: number,
	depth: 1 | 2 | 3
): number[] {
	checkNode(graph.n, node, 'node');
	if (![1, 2, 3].includes(depth)) throw new RangeError(`depth must be 1, 2 or 3, not ${depth}`);
	const { offsets, targets } = graph;
	const dist = new Int8Array(graph.n).fill(-1);
	dist[node] = 0;
	const out = [node];
	let layerStart = 0;
	for (let d = 1; d <= depth; d++) {
		const layerEnd = out.length;
		for (let k = layerStart; k < layerEnd; k++) {
			const u = out[k];
			for (let e = offsets[u]; e < offsets[u + 1]; e++) {
				const v = targets[e];
				if (dist[v] >= 0) continue;
				dist[v] = d;
				out.push(v);
			}
		}
		// Sorted per layer so the order does not depend on the order links were listed in.
		const layer = out.slice(layerEnd).sort((a, b) => a - b);
		layer.forEach((v, i) => (out[layerEnd + i] = v));
		layerStart = layerEnd;
	}
	return out;
}

function checkNode(n: number, i: number, what: string): void {
	if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`${what} ${i} is not a node`);
}
