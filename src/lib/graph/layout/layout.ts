import type { Graph } from '../graph';
import { keepInOwnCell } from './constrain';
import { departmentStats, discRadius, placeDepartments } from './departments';
import { fitIn } from './incremental';
import { placePeople } from './people';
import { compareKeys, createRng } from './prng';
import { relax } from './relax';
import type { Disc, Layout, LayoutOptions, LayoutState, Point } from './types';

/**
 * Server-side layout of the network map, handed to Cytoscape.js as preset positions (its own
 * force layouts take minutes at 2,000 people). Departments become discs with gaps between them;
 * people sit inside their department's disc, facing the departments they know people in.
 */

export const DEFAULT_SPACING = 40;
const DEFAULT_SEED = 0x5eed;
const DEFAULT_ITERATIONS = 50;

export function layoutGraph<Id, Group>(
	graph: Graph<Id, Group>,
	options: LayoutOptions<Id, Group> = {}
): Layout<Id, Group> {
	const s = options.spacing ?? DEFAULT_SPACING;
	if (!(s > 0)) throw new RangeError('spacing must be positive');
	const rng = createRng(options.seed ?? DEFAULT_SEED);
	const state = createState(graph, s);
	const stats = departmentStats(state);
	const previous = options.previous;
	const incremental = previous !== undefined && graph.ids.some((id) => previous.has(id));
	if (incremental) {
		fitIn(state, stats, graph, previous, options.previousCentres, rng);
	} else {
		for (let g = 0; g < state.G; g++) state.cr[g] = discRadius(stats.size[g], s);
		placeDepartments(state, stats);
		placePeople(state, rng);
		const iterations = options.iterations ?? DEFAULT_ITERATIONS;
		relax(state, { iterations, startTemp: 0.5, endTemp: 0.05 }, rng);
	}
	keepInOwnCell(state);
	return finish(graph, state, !incremental);
}

function createState<Id, Group>(graph: Graph<Id, Group>, s: number): LayoutState {
	const { n, ids, groups, group } = graph;
	const G = groups.length;
	const rank = new Int32Array(n);
	const byId = Array.from({ length: n }, (_, i) => i).sort(
		(a, b) => compareKeys(ids[a], ids[b]) || a - b
	);
	byId.forEach((p, r) => (rank[p] = r));
	const groupOrder = Int32Array.from({ length: G }, (_, g) => g).sort(
		(a, b) => compareKeys(groups[a], groups[b]) || a - b
	);
	const groupRank = new Int32Array(G);
	groupOrder.forEach((g, r) => (groupRank[g] = r));
	const lists: number[][] = Array.from({ length: G }, () => []);
	for (const p of byId) lists[group[p]].push(p);
	return {
		n,
		G,
		s,
		group,
		offsets: graph.offsets,
		targets: graph.targets,
		weights: graph.weights,
		rank,
		groupRank,
		groupOrder,
		members: lists.map((list) => Int32Array.from(list)),
		x: new Float64Array(n),
		y: new Float64Array(n),
		cx: new Float64Array(G),
		cy: new Float64Array(G),
		cr: new Float64Array(G)
	};
}

function finish<Id, Group>(
	graph: Graph<Id, Group>,
	state: LayoutState,
	toOrigin: boolean
): Layout<Id, Group> {
	const { n, G, x, y, cx, cy, cr } = state;
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	const grow = (px: number, py: number, r: number) => {
		minX = Math.min(minX, px - r);
		minY = Math.min(minY, py - r);
		maxX = Math.max(maxX, px + r);
		maxY = Math.max(maxY, py + r);
	};
	for (let g = 0; g < G; g++) grow(cx[g], cy[g], cr[g]);
	for (let p = 0; p < n; p++) grow(x[p], y[p], 0);
	if (n === 0 && G === 0) minX = minY = maxX = maxY = 0;
	if (toOrigin) {
		for (let p = 0; p < n; p++) {
			x[p] -= minX;
			y[p] -= minY;
		}
		for (let g = 0; g < G; g++) {
			cx[g] -= minX;
			cy[g] -= minY;
		}
	}
	const origin: Point = toOrigin ? { x: 0, y: 0 } : { x: minX, y: minY };
	const positions = new Map<Id, Point>();
	for (let p = 0; p < n; p++) positions.set(graph.ids[p], { x: x[p], y: y[p] });
	const departmentCentres = new Map<Group, Disc>();
	for (let g = 0; g < G; g++)
		departmentCentres.set(graph.groups[g], { x: cx[g], y: cy[g], r: cr[g] });
	return { x, y, positions, departmentCentres, origin, width: maxX - minX, height: maxY - minY };
}
