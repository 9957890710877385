// How long each network metric takes on email-eu-core and generated municipalities of 2,000 and
// 20,000 people; exact betweenness against graphology-metrics; sampled betweenness against exact.
// Figures only: timings are the median of 3 runs after one warm-up.
import fs from 'node:fs';
import path from 'node:path';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { buildGraph, type Graph } from '../src/lib/graph/graph';
import {
	basics,
	betweenness,
	brokerage,
	computeInsights,
	cuts,
	groupInsights,
	sampledBetweenness,
	singlePointsOfFailure
} from '../src/lib/graph/metrics';
import { generateDemo } from '../src/lib/server/demo/generate';

type AnyGraph = Graph<string, string>;
const SAMPLES = 200;

function median(fn: () => unknown, runs = 3): number {
	fn();
	const times: number[] = [];
	for (let r = 0; r < runs; r++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const ms = (t: number) => (t < 10 ? t.toFixed(2) : t.toFixed(0)).padStart(8) + ' ms';
const row = (name: string, t: number, note = '') =>
	console.log(`  ${name.padEnd(40)}${ms(t)}${note}`);

function readCsv(file: string): Record<string, string>[] {
	const [header, ...rows] = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
	const columns = header.split(',');
	return rows.map((row) => {
		const cells = row.split(',');
		return Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
	});
}

function emailEuCore(): AnyGraph | null {
	const dir = path.resolve(import.meta.dirname, '..', '..', 'shared', 'datasets', 'email-eu-core');
	if (!fs.existsSync(dir)) return null;
	return buildGraph({
		nodes: readCsv(path.join(dir, 'nodes.csv')).map((r) => ({ id: r.id, group: r.group })),
		links: readCsv(path.join(dir, 'edges.csv')).map((r) => ({ a: r.source, b: r.target }))
	});
}

function generated(people: number): AnyGraph {
	const data = generateDemo({ people });
	return buildGraph({
		nodes: data.employees.map((e) => ({ id: e.key, group: e.departmentKey })),
		links: data.links.map((l) => ({ a: l.a, b: l.b }))
	});
}

function toGraphology(graph: AnyGraph): UndirectedGraph {
	const g = new UndirectedGraph();
	for (const id of graph.ids) g.addNode(id);
	for (let v = 0; v < graph.n; v++) {
		for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
			const w = graph.targets[e];
			if (v < w) g.addEdge(graph.ids[v], graph.ids[w]);
		}
	}
	return g;
}

/** Ranks with ties averaged, as Spearman's rho needs (many people have betweenness 0). */
function ranks(values: ArrayLike<number>): Float64Array {
	const order = Array.from({ length: values.length }, (_, i) => i).sort(
		(a, b) => values[a] - values[b]
	);
	const out = new Float64Array(values.length);
	for (let i = 0; i < order.length;) {
		let j = i;
		while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
		for (let k = i; k <= j; k++) out[order[k]] = (i + j) / 2;
		i = j + 1;
	}
	return out;
}

function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
	const rx = ranks(x);
	const ry = ranks(y);
	const n = rx.length;
	const mean = (n - 1) / 2;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (rx[i] - mean) * (ry[i] - mean);
		sxx += (rx[i] - mean) ** 2;
		syy += (ry[i] - mean) ** 2;
	}
	return sxy / Math.sqrt(sxx * syy);
}

function timeMetrics(label: string, graph: AnyGraph): void {
	console.log(`\n${label}: ${graph.n} people, ${graph.m} links, ${graph.groups.length} groups`);
	const chosen = computeInsights(graph).betweenness!;
	const auto = chosen.exact ? 'exact' : `k=${chosen.sources}`;
	const rows: [string, () => unknown][] = [
		['basics (density, degrees, components)', () => basics(graph)],
		['groups (pairs, E-I, unlinked pairs)', () => groupInsights(graph)],
		['articulation points + bridges', () => cuts(graph)],
		['brokerage roles', () => brokerage(graph)],
		['what-if (single points of failure)', () => singlePointsOfFailure(graph)],
		['computeInsights without betweenness', () => computeInsights(graph, { betweenness: 'none' })],
		[`computeInsights, betweenness ${auto}`, () => computeInsights(graph)]
	];
	for (const [name, fn] of rows) row(name, median(fn));
}

function compareExact(label: string, graph: AnyGraph): void {
	const g = toGraphology(graph);
	const ours = median(() => betweenness(graph));
	// As called plainly it reads a 'weight' attribute and runs Dijkstra; getEdgeWeight null gives
	// its unweighted Brandes, the same problem ours solves. Both are shown.
	const plain = median(() => betweennessCentrality(g));
	const unweighted = median(() => betweennessCentrality(g, { getEdgeWeight: null }));
	const values = betweenness(graph);
	const reference = betweennessCentrality(g, { getEdgeWeight: null });
	let maxDiff = 0;
	graph.ids.forEach((id, i) => (maxDiff = Math.max(maxDiff, Math.abs(values[i] - reference[id]))));
	const ratio = (t: number) => `${(t / ours).toFixed(1)}x ours`;
	row('exact betweenness, ours', ours);
	row('graphology-metrics, default options', plain, `   ${ratio(plain)}`);
	row('graphology-metrics, getEdgeWeight null', unweighted, `   ${ratio(unweighted)}`);
	console.log(`  ${label}: largest difference from graphology ${maxDiff.toExponential(1)}`);
}

const email = emailEuCore();
if (email) {
	timeMetrics('email-eu-core', email);
	compareExact('email-eu-core', email);
} else {
	console.log('\nemail-eu-core: ../shared/datasets is absent, so it is left out');
}

const small = generated(2_000);
timeMetrics('generated 2,000', small);
compareExact('generated 2,000', small);
const exactSmall = betweenness(small);
const sampledSmall = sampledBetweenness(small, SAMPLES, 1);
console.log(
	`  sampled betweenness (k=${SAMPLES}) vs exact: Spearman rho ${spearman(sampledSmall, exactSmall).toFixed(3)}`
);

const large = generated(20_000);
timeMetrics('generated 20,000', large);
row(
	`sampled betweenness (k=${SAMPLES})`,
	median(() => sampledBetweenness(large, SAMPLES, 1))
);
