// Server-side layout and "Wie bel ik?" route queries on demo municipalities of several sizes.
// Target: 2,000 people / 10,000 links laid out in ≤ 2 s; a route query at 20,000 people well
// under 50 ms. Prints figures only.
import { buildGraph } from '../src/lib/graph/graph';
import {
	crowdedShare,
	DEFAULT_SPACING,
	layoutGraph,
	nearestCentreShare
} from '../src/lib/graph/layout';
import { findRoutes, neighbourhood } from '../src/lib/graph/routes';
import { generateDemo } from '../src/lib/server/demo/generate';

const sizes = [300, 2_000, 5_000, 20_000];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const max = (xs: number[]) => Math.max(...xs);
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const spread = (xs: number[]) =>
	`${median(xs).toFixed(2)} / ${p95(xs).toFixed(2)} / ${max(xs).toFixed(1)}`;
const time = <T>(fn: () => T): [T, number] => {
	const t0 = performance.now();
	const out = fn();
	return [out, performance.now() - t0];
};
const pad = (v: string | number, w: number) => String(v).padEnd(w);

console.log(
	'people  depts  links    layout ms (1st / best of 3)  own-centre share  crowded  ' +
		'width×height   add 1 person: ms  moved median / max'
);
const graphs = [];
for (const people of sizes) {
	const data = generateDemo({ people });
	const nodes = data.employees.map((e) => ({ id: e.key, group: e.departmentKey }));
	const links = data.links.map((l) => ({ a: l.a, b: l.b, weight: l.strength }));
	const graph = buildGraph({ nodes, links });
	const runs = [0, 1, 2].map(() => time(() => layoutGraph(graph)));
	const layout = runs[0][0];
	const ms = runs.map(([, t]) => t);

	const newcomer = { id: 'bench-new', group: nodes[0].group };
	const grown = buildGraph({
		nodes: [...nodes, newcomer],
		links: [
			...links,
			{ a: newcomer.id, b: nodes[0].id, weight: 2 },
			{ a: newcomer.id, b: nodes[nodes.length >> 1].id, weight: 1 }
		]
	});
	const [after, addMs] = time(() =>
		layoutGraph(grown, { previous: layout.positions, previousCentres: layout.departmentCentres })
	);
	const moved = nodes.map(({ id }) => {
		const a = layout.positions.get(id)!;
		const b = after.positions.get(id)!;
		return Math.hypot(a.x - b.x, a.y - b.y);
	});
	console.log(
		pad(people, 8) +
			pad(graph.groups.length, 7) +
			pad(graph.m, 9) +
			pad(`${ms[0].toFixed(0)} / ${Math.min(...ms).toFixed(0)}`, 29) +
			pad(nearestCentreShare(graph, layout).toFixed(4), 18) +
			pad(`${(100 * crowdedShare(layout, DEFAULT_SPACING / 2)).toFixed(2)}%`, 9) +
			pad(`${layout.width.toFixed(0)}×${layout.height.toFixed(0)}`, 15) +
			pad(addMs.toFixed(1), 18) +
			`${median(moved).toFixed(2)} / ${max(moved).toFixed(1)}`
	);
	graphs.push({ people, graph });
}
console.log('(crowded: share of people with someone closer than half a spacing)\n');

console.log(
	'people  links    route to a person ms (median / p95 / max)  to a department       neighbourhood(3)'
);
let seed = 12345;
const next = (n: number) => {
	seed = (seed * 1103515245 + 12345) % 2147483648;
	return seed % n;
};
for (const { people, graph } of graphs) {
	const members: number[][] = graph.groups.map(() => []);
	for (let i = 0; i < graph.n; i++) members[graph.group[i]].push(i);
	const person: number[] = [];
	const department: number[] = [];
	const around: number[] = [];
	for (let k = 0; k < 200; k++) {
		const from = next(graph.n);
		person.push(time(() => findRoutes(graph, from, [next(graph.n)], { alternatives: 2 }))[1]);
		const dept = members[next(members.length)];
		department.push(time(() => findRoutes(graph, from, dept, { alternatives: 2 }))[1]);
		around.push(time(() => neighbourhood(graph, from, 3))[1]);
	}
	console.log(
		pad(people, 8) +
			pad(graph.m, 9) +
			pad(spread(person), 43) +
			pad(spread(department), 22) +
			spread(around)
	);
}
console.log(
	'(route queries ask for the best route plus two alternatives; a max far above p95 is the ' +
		'garbage collector or another process on the two cores)'
);
