// The metrics against networkx 3.6 on five published organisational networks (see the README in
// ../shared/datasets). Every expected figure comes from each dataset's reference.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph } from '../../src/lib/graph/graph';
import {
	brokerage,
	computeInsights,
	pairsLostIfLeaves,
	topNodes,
	type Insights
} from '../../src/lib/graph/metrics';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const datasetsDir = path.resolve(repoRoot, '..', 'shared', 'datasets');
const exists = fs.existsSync(datasetsDir);
const DATASETS = [
	'krackhardt-advice',
	'krackhardt-friendship',
	'lazega-cowork',
	'uk-faculty',
	'email-eu-core'
];
const FILES = ['nodes.csv', 'edges.csv', 'network.graphml', 'reference.json'];
const TOLERANCE = 1e-6;

interface Reference {
	nodes: number;
	links: number;
	density: number;
	components: number;
	largest_component: number;
	isolates: number;
	group_sizes: Record<string, number>;
	links_between_groups: Record<string, number>;
	ei_index: number;
	ei_by_group: Record<string, { internal: number; external: number; ei: number | null }>;
	group_pairs_without_links: string[];
	articulation_points: string[];
	bridges: number;
	betweenness_top10: [string, number][];
}

function readCsv(file: string): Record<string, string>[] {
	const [header, ...rows] = fs
		.readFileSync(file, 'utf8')
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '');
	const columns = header.split(',').map((c) => c.trim());
	return rows.map((row) => {
		const cells = row.split(',');
		return Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? '').trim()]));
	});
}

function load(name: string): { graph: Graph<string, string>; reference: Reference } {
	const dir = path.join(datasetsDir, name);
	const nodes = readCsv(path.join(dir, 'nodes.csv')).map((r) => ({ id: r.id, group: r.group }));
	// buildGraph gives the undirected simple view: arcs both ways become one link, loops go.
	const links = readCsv(path.join(dir, 'edges.csv')).map((r) => ({ a: r.source, b: r.target }));
	const reference = JSON.parse(fs.readFileSync(path.join(dir, 'reference.json'), 'utf8'));
	return { graph: buildGraph({ nodes, links }), reference };
}

/** networkx writes "a|b" in string order; normalise both sides the same way anyway. */
const pairKey = (a: string, b: string) => (a <= b ? `${a}|${b}` : `${b}|${a}`);
const normaliseKey = (key: string) => pairKey(...(key.split('|') as [string, string]));

function expectClose(actual: number | null, expected: number | null, what: string) {
	if (expected === null) return expect(actual, what).toBeNull();
	expect(actual, what).not.toBeNull();
	expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
		TOLERANCE
	);
}

it('says when the shared datasets are absent', () => {
	if (!exists) {
		console.warn(
			`metrics-datasets: ${datasetsDir} is absent, so the comparison with networkx did not run`
		);
		return expect(fs.existsSync(datasetsDir)).toBe(false);
	}
	// Present: then all five must be complete, or their suites below would fail less clearly.
	for (const name of DATASETS) {
		for (const file of FILES) expect(fs.existsSync(path.join(datasetsDir, name, file))).toBe(true);
	}
});

describe.runIf(exists)('metrics on the shared datasets match networkx', () => {
	// runIf alone still runs this body and lists every test as skipped; returning early keeps the
	// suite empty, so an absent folder shows up as the warning above and nothing else.
	if (!exists) return;
	for (const name of DATASETS) {
		describe(name, () => {
			const { graph, reference: ref } = load(name);
			const insights: Insights = computeInsights(graph, { betweenness: 'exact' });
			const groupName = (g: number) => graph.groups[g];

			it('has the same size, density, components and isolates', () => {
				expect(insights.basics.nodes).toBe(ref.nodes);
				expect(insights.basics.links).toBe(ref.links);
				expectClose(insights.basics.density, ref.density, 'density');
				expect(insights.basics.components.count).toBe(ref.components);
				expect(insights.basics.components.sizes[0]).toBe(ref.largest_component);
				expect(insights.basics.isolates.length).toBe(ref.isolates);
			});

			it('has the same group sizes and links between each pair of groups', () => {
				const sizes = Object.fromEntries(
					insights.groups.byGroup.map((g, i) => [groupName(i), g.size])
				);
				expect(sizes).toEqual(ref.group_sizes);
				const ours = Object.fromEntries(
					insights.groups.pairs.map((p) => [pairKey(groupName(p.a), groupName(p.b)), p.links])
				);
				const theirs = Object.fromEntries(
					Object.entries(ref.links_between_groups).map(([k, v]) => [normaliseKey(k), v])
				);
				expect(ours).toEqual(theirs);
			});

			it('has the same E-I index overall and per group', () => {
				expectClose(insights.groups.ei, ref.ei_index, 'E-I overall');
				const byName = new Map(insights.groups.byGroup.map((g, i) => [groupName(i), g]));
				expect([...byName.keys()].sort()).toEqual(Object.keys(ref.ei_by_group).sort());
				for (const [group, expected] of Object.entries(ref.ei_by_group)) {
					const actual = byName.get(group)!;
					expect(actual.internal, `internal ${group}`).toBe(expected.internal);
					expect(actual.external, `external ${group}`).toBe(expected.external);
					expectClose(actual.ei, expected.ei, `E-I ${group}`);
				}
			});

			it('has the same group pairs without links', () => {
				const ours = insights.groups.pairsWithoutLinks.map(([a, b]) =>
					pairKey(groupName(a), groupName(b))
				);
				expect(ours.sort()).toEqual(ref.group_pairs_without_links.map(normaliseKey).sort());
			});

			it('has the same articulation points and number of bridges', () => {
				const ours = insights.cuts.articulationPoints.map((i) => graph.ids[i]);
				expect(new Set(ours)).toEqual(new Set(ref.articulation_points));
				expect(ours.length).toBe(ref.articulation_points.length);
				expect(insights.cuts.bridges.length).toBe(ref.bridges);
			});

			it('has the same top-10 betweenness, ties aside', () => {
				const values = insights.betweenness!.values;
				const top = topNodes(values, ref.betweenness_top10.length);
				ref.betweenness_top10.forEach(([id, value], rank) => {
					expectClose(values[top[rank]], value, `value at rank ${rank + 1}`);
					expectClose(values[graph.indexOf.get(id)!], value, `betweenness of ${id}`);
				});
				// Ids tied with the last place may be listed in any order by either side.
				const cutoff = ref.betweenness_top10[ref.betweenness_top10.length - 1][1];
				const refIds = new Set(ref.betweenness_top10.map(([id]) => id));
				for (const i of top) {
					if (values[i] > cutoff + TOLERANCE) expect(refIds.has(graph.ids[i])).toBe(true);
				}
			});

			it('names single points of failure exactly as removing each person does', () => {
				const lost = new Map(insights.singlePointsOfFailure.people.map((p) => [p.node, p.pairs]));
				for (let v = 0; v < graph.n; v++) {
					expect(lost.get(v) ?? [], `node ${graph.ids[v]}`).toEqual(pairsLostIfLeaves(graph, v));
				}
				// A pair is only at risk when it has links; those without never show up here.
				const linked = new Set(insights.groups.pairs.map((p) => `${p.a}|${p.b}`));
				for (const { pairs } of insights.singlePointsOfFailure.people) {
					for (const [a, b] of pairs) expect(linked.has(`${a}|${b}`)).toBe(true);
				}
			});

			it('counts brokerage as enumerating every open neighbour pair does', () => {
				const ours = brokerage(graph);
				const { offsets, targets, group: g } = graph;
				const linked = new Set<number>();
				for (let v = 0; v < graph.n; v++) {
					for (let e = offsets[v]; e < offsets[v + 1]; e++) linked.add(v * graph.n + targets[e]);
				}
				for (let v = 0; v < graph.n; v++) {
					const counts = [0, 0, 0, 0];
					for (let i = offsets[v]; i < offsets[v + 1]; i++) {
						for (let j = i + 1; j < offsets[v + 1]; j++) {
							const [a, c] = [targets[i], targets[j]];
							if (linked.has(a * graph.n + c)) continue;
							const inA = g[a] === g[v];
							const inC = g[c] === g[v];
							counts[inA && inC ? 0 : inA || inC ? 1 : g[a] === g[c] ? 2 : 3]++;
						}
					}
					const actual = [
						ours.coordinator[v],
						ours.representative[v],
						ours.consultant[v],
						ours.liaison[v]
					];
					expect(actual, `node ${graph.ids[v]}`).toEqual(counts);
				}
			});
		});
	}
});
