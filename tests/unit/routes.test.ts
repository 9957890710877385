import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph } from '../../src/lib/graph/graph';
import { findRoutes, neighbourhood, type Route } from '../../src/lib/graph/routes';
import { generateDemo } from '../../src/lib/server/demo/generate';

type G = Graph<string, string>;

/** Links as 'a-b:w'; every name also becomes a node, in group 'x' unless `groups` says otherwise. */
function graphOf(spec: string[], groups: Record<string, string> = {}): G {
	const links = spec.map((s) => {
		const [pair, w] = s.split(':');
		const [a, b] = pair.split('-');
		return { a, b, weight: w === undefined ? 1 : Number(w) };
	});
	const names = [...new Set([...links.flatMap((l) => [l.a, l.b]), ...Object.keys(groups)])];
	return buildGraph({ nodes: names.map((id) => ({ id, group: groups[id] ?? 'x' })), links });
}

const ix = (g: G, ...ids: string[]) => ids.map((id) => g.indexOf.get(id)!);
const names = (g: G, route: Route) => route.nodes.map((i) => g.ids[i]).join('');

function expectValid(g: G, route: Route, from: number): void {
	expect(route.nodes[0]).toBe(from);
	expect(route.nodes.at(-1)).toBe(route.target);
	expect(route.weights).toHaveLength(route.steps);
	expect(new Set(route.nodes).size).toBe(route.nodes.length);
	route.weights.forEach((w, i) => {
		const [u, v] = [route.nodes[i], route.nodes[i + 1]];
		const e = g.targets.subarray(g.offsets[u], g.offsets[u + 1]).indexOf(v);
		expect(e, `${u}-${v} is a link`).toBeGreaterThanOrEqual(0);
		expect(g.weights[g.offsets[u] + e]).toBe(w);
	});
	expect(route.total).toBe(route.weights.reduce((s, w) => s + w, 0));
	if (route.steps > 0) expect(route.weakest).toBe(Math.min(...route.weights));
}

describe('findRoutes', () => {
	it('finds the route with the fewest steps, not the strongest longer one', () => {
		const g = graphOf(['a-b:1', 'b-c:1', 'c-d:1', 'a-e:3', 'e-f:3', 'f-g:3', 'g-d:3']);
		const [best] = findRoutes(g, ix(g, 'a')[0], ix(g, 'd'));
		expect(names(g, best)).toBe('abcd');
		expect(best).toMatchObject({ steps: 3, weights: [1, 1, 1], weakest: 1, total: 3 });
		expectValid(g, best, ix(g, 'a')[0]);
	});

	it('prefers the stronger weakest link among equally short routes', () => {
		const g = graphOf(['a-b:1', 'b-d:3', 'a-c:2', 'c-d:2']);
		expect(names(g, findRoutes(g, ix(g, 'a')[0], ix(g, 'd'))[0])).toBe('acd');
	});

	it('breaks a tie on the weakest link by the total strength', () => {
		const g = graphOf(['a-b:2', 'b-d:2', 'a-c:2', 'c-d:3']);
		const [best] = findRoutes(g, ix(g, 'a')[0], ix(g, 'd'));
		expect(names(g, best)).toBe('acd');
		expect(best.total).toBe(5);
	});

	it('keeps the best total when a final weak link evens out the weakest links', () => {
		// Up to m the route via b is better (weakest 2 against 1), but after the weak link m-t
		// both have weakest 1 and the route via c has the larger total: 8 against 7.
		const g = graphOf(['a-b:2', 'b-p:2', 'p-m:2', 'a-c:1', 'c-q:3', 'q-m:3', 'm-t:1']);
		const [best] = findRoutes(g, ix(g, 'a')[0], ix(g, 't'));
		expect(names(g, best)).toBe('acqmt');
		expect(best).toMatchObject({ weakest: 1, total: 8 });
	});

	it('offers an alternative through entirely different people', () => {
		const g = graphOf([
			'a-b:3',
			'b-c:3',
			'c-t:3',
			'b-e:3',
			'e-t:2',
			'a-d:1',
			'd-f:1',
			'f-g:1',
			'g-t:1'
		]);
		const routes = findRoutes(g, ix(g, 'a')[0], ix(g, 't'));
		expect(routes.map((r) => names(g, r))).toEqual(['abct', 'adfgt']);
		const inner = (r: Route) => r.nodes.slice(1, -1);
		expect(inner(routes[1]).filter((p) => inner(routes[0]).includes(p))).toEqual([]);
		routes.forEach((r) => expectValid(g, r, ix(g, 'a')[0]));
	});

	it('gives only the best route when every other route shares someone with it', () => {
		const g = graphOf(['a-b:3', 'b-c:1', 'c-t:1', 'b-t:2']);
		const routes = findRoutes(g, ix(g, 'a')[0], ix(g, 't'), { alternatives: 3 });
		expect(routes.map((r) => names(g, r))).toEqual(['abt']);
	});

	it('keeps each further alternative clear of all earlier ones', () => {
		const g = graphOf(['a-b', 'b-t', 'a-c', 'c-t', 'a-d', 'd-e', 'e-t', 'c-e']);
		const routes = findRoutes(g, ix(g, 'a')[0], ix(g, 't'), { alternatives: 5 });
		expect(routes.map((r) => names(g, r))).toEqual(['abt', 'act', 'adet']);
	});

	it('after a direct link, suggests a route that does not use that link', () => {
		const g = graphOf(['a-t:1', 'a-b:2', 'b-t:2']);
		const routes = findRoutes(g, ix(g, 'a')[0], ix(g, 't'));
		expect(routes.map((r) => names(g, r))).toEqual(['at', 'abt']);
	});

	it('returns no routes when the target cannot be reached', () => {
		const g = graphOf(['a-b', 'c-d']);
		expect(findRoutes(g, ix(g, 'a')[0], ix(g, 'c', 'd'))).toEqual([]);
		expect(findRoutes(g, ix(g, 'a')[0], [])).toEqual([]);
	});

	it('returns one empty route when the caller is a target', () => {
		const g = graphOf(['a-b:3']);
		const routes = findRoutes(g, ix(g, 'a')[0], ix(g, 'a', 'b'));
		expect(routes).toEqual([
			{
				nodes: [ix(g, 'a')[0]],
				weights: [],
				steps: 0,
				weakest: 0,
				total: 0,
				target: 0,
				preferred: false
			}
		]);
	});

	it('picks the nearest member of a department', () => {
		const g = graphOf(['a-b', 'b-c', 'c-x1', 'b-x2', 'a-y'], {
			x1: 'Burgerzaken',
			x2: 'Burgerzaken'
		});
		const members = [...g.ids.keys()].filter((i) => g.groups[g.group[i]] === 'Burgerzaken');
		const [best] = findRoutes(g, ix(g, 'a')[0], members);
		expect(g.ids[best.target]).toBe('x2');
		expect(best.steps).toBe(2);
	});

	it('lets a preferred target win among equally short routes, but not over a shorter one', () => {
		const g = graphOf(['a-b:3', 'b-p:3', 'a-c:1', 'c-q:1', 'a-r:1', 'r-s:1', 's-z:1']);
		const [p, q, z] = ix(g, 'p', 'q', 'z');
		const from = ix(g, 'a')[0];
		expect(g.ids[findRoutes(g, from, [p, q])[0].target]).toBe('p');
		const [best] = findRoutes(g, from, [p, q], { preferred: new Set([q]) });
		expect(g.ids[best.target]).toBe('q');
		expect(best.preferred).toBe(true);
		expect(g.ids[findRoutes(g, from, [p, z], { preferred: new Set([z]) })[0].target]).toBe('p');
	});

	it('respects the longest route to show and the people to avoid', () => {
		const g = graphOf(['a-b', 'b-c', 'c-t', 'a-d', 'd-e', 'e-f', 'f-t']);
		const [a, t, b] = ix(g, 'a', 't', 'b');
		expect(findRoutes(g, a, [t], { maxSteps: 2 })).toEqual([]);
		expect(findRoutes(g, a, [t], { maxSteps: 3 })[0].steps).toBe(3);
		const routes = findRoutes(g, a, [t], { avoid: new Set([b]) });
		expect(routes.map((r) => names(g, r))).toEqual(['adeft']);
	});

	it('rejects node indexes that do not exist', () => {
		const g = graphOf(['a-b']);
		expect(() => findRoutes(g, 5, [0])).toThrow(RangeError);
		expect(() => findRoutes(g, 0, [-1])).toThrow(RangeError);
	});

	it('agrees with brute force over all shortest routes on random graphs', () => {
		let seed = 7;
		const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let round = 0; round < 150; round++) {
			const n = 9;
			const spec: string[] = [];
			for (let k = 0; k < 16; k++) {
				const a = Math.floor(rand() * n);
				const b = Math.floor(rand() * n);
				if (a !== b) spec.push(`n${a}-n${b}:${1 + Math.floor(rand() * 3)}`);
			}
			const g = graphOf(spec);
			const from = 0;
			const targets = [1, 2, 3].filter((t) => t < g.n && rand() < 0.7);
			const preferred = new Set(targets.filter(() => rand() < 0.4));
			const [best] = findRoutes(g, from, targets, { preferred });
			const expected = bruteBest(g, from, targets, preferred);
			if (!expected) {
				expect(best).toBeUndefined();
				continue;
			}
			expectValid(g, best, from);
			expect([best.steps, best.preferred, best.weakest, best.total]).toEqual(expected);
		}
	});

	it('finds valid routes and disjoint alternatives across the demo municipality', () => {
		const demo = generateDemo({ people: 600 });
		const g = buildGraph({
			nodes: demo.employees.map((e) => ({ id: e.key, group: e.departmentKey })),
			links: demo.links.map((l) => ({ a: l.a, b: l.b, weight: l.strength }))
		});
		for (let k = 0; k < 40; k++) {
			const from = (k * 37) % g.n;
			const to = (k * 101 + 13) % g.n;
			const routes = findRoutes(g, from, [to], { alternatives: 2 });
			const steps = bfsDistance(g, from, to);
			if (steps < 0) {
				expect(routes).toEqual([]);
				continue;
			}
			expect(routes[0].steps).toBe(steps);
			const seen = new Set<number>();
			for (const r of routes) {
				expectValid(g, r, from);
				for (const p of r.nodes.slice(1, -1)) {
					expect(seen.has(p)).toBe(false);
					seen.add(p);
				}
			}
		}
	});
});

describe('neighbourhood', () => {
	// a - b - c - d - e, with b - f
	const g = graphOf(['a-b', 'b-c', 'c-d', 'd-e', 'b-f']);
	const at = (...ids: string[]) => ix(g, ...ids);

	it('grows by one link per level of depth, the node itself first', () => {
		const c = at('c')[0];
		expect(neighbourhood(g, c, 1)).toEqual([c, ...at('b', 'd').sort((x, y) => x - y)]);
		expect(new Set(neighbourhood(g, c, 2))).toEqual(new Set(at('a', 'b', 'c', 'd', 'e', 'f')));
		expect(
			neighbourhood(g, at('a')[0], 2)
				.map((i) => g.ids[i])
				.sort()
		).toEqual(['a', 'b', 'c', 'f']);
		expect(
			neighbourhood(g, at('a')[0], 3)
				.map((i) => g.ids[i])
				.sort()
		).toEqual(['a', 'b', 'c', 'd', 'f']);
	});

	it('lists nearer people before farther ones', () => {
		const order = neighbourhood(g, at('a')[0], 3).map((i) => g.ids[i]);
		expect(order[0]).toBe('a');
		expect(order[1]).toBe('b');
		expect(order.indexOf('d')).toBe(4);
	});

	it('is just the node for someone without links, and rejects other depths', () => {
		const lone = buildGraph({ nodes: [{ id: 1, group: 'x' }], links: [] });
		expect(neighbourhood(lone, 0, 3)).toEqual([0]);
		expect(() => neighbourhood(g, 0, 4 as 3)).toThrow(RangeError);
	});
});

/** [steps, preferred, weakest, total] of the best route, by listing every shortest route. */
function bruteBest(
	g: G,
	from: number,
	targets: number[],
	preferred: Set<number>
): [number, boolean, number, number] | null {
	if (targets.includes(from)) return [0, preferred.has(from), 0, 0];
	let found = -1;
	for (const t of targets) {
		const d = bfsDistance(g, from, t);
		if (d >= 0 && (found < 0 || d < found)) found = d;
	}
	if (found < 0) return null;
	let best: [number, boolean, number, number] | null = null;
	const better = (x: [number, boolean, number, number], y: typeof best) =>
		!y || (x[1] !== y[1] ? x[1] : x[2] !== y[2] ? x[2] > y[2] : x[3] > y[3]);
	const walk = (u: number, path: number[], ws: number[]) => {
		if (ws.length === found) {
			if (!targets.includes(u)) return;
			const cand: [number, boolean, number, number] = [
				found,
				preferred.has(u),
				Math.min(...ws),
				ws.reduce((s, w) => s + w, 0)
			];
			if (better(cand, best)) best = cand;
			return;
		}
		for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) {
			const v = g.targets[e];
			if (!path.includes(v)) walk(v, [...path, v], [...ws, g.weights[e]]);
		}
	};
	walk(from, [from], []);
	return best;
}

function bfsDistance(g: G, from: number, to: number): number {
	const dist = new Int32Array(g.n).fill(-1);
	dist[from] = 0;
	const queue = [from];
	for (let k = 0; k < queue.length; k++) {
		const u = queue[k];
		if (u === to) return dist[u];
		for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) {
			const v = g.targets[e];
			if (dist[v] < 0) {
				dist[v] = dist[u] + 1;
				queue.push(v);
			}
		}
	}
	return -1;
}
