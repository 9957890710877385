/**
 * From graph metrics (indices, typed arrays) to the report's named, plain-JSON figures. The
 * graph's group values are positions in the GroupPlan, so every list comes out in the plan's
 * order: departments by name, the merged group last. Pure: no DB.
 */
import { buildGraph, type Graph } from '$lib/graph/graph';
import {
	basics,
	cuts,
	type Basics,
	type GroupInsights,
	type SinglePointsOfFailure
} from '$lib/graph/metrics';
import type { NetworkLink, NetworkPerson } from '../network/network.queries';
import type { GroupPlan } from './groups';
import type { DepartmentFigures, DepartmentLinks, InsightsReport } from './insights.types';

/** Node ids are employee ids; group values are positions in the plan. */
export type PlanGraph = Graph<number, number>;

/**
 * People are added group by group, so buildGraph (which numbers groups by first appearance)
 * gives group index === plan position; the code below still maps through `graph.groups`.
 */
export function planGraph(
	people: readonly NetworkPerson[],
	links: readonly NetworkLink[],
	plan: GroupPlan
): PlanGraph {
	const nodes = people
		.map((p) => ({ id: p.id, group: plan.groupOf.get(p.departmentId) ?? -1 }))
		.filter((node) => node.group >= 0)
		.sort((x, y) => x.group - y.group || x.id - y.id);
	return buildGraph({ nodes, links: links.map((l) => ({ a: l.a, b: l.b })) });
}

/** Group index helpers: plan position, name, and pairs put in plan order. */
export function groupLookup(graph: PlanGraph, plan: GroupPlan) {
	const position = (g: number) => graph.groups[g];
	const name = (g: number) => plan.groups[position(g)].name;
	const ordered = ([a, b]: readonly [number, number]): [number, number] =>
		position(a) <= position(b) ? [a, b] : [b, a];
	const byPosition = (x: readonly [number, number], y: readonly [number, number]) =>
		position(x[0]) - position(y[0]) || position(x[1]) - position(y[1]);
	const indexAt = new Int32Array(plan.groups.length).fill(-1);
	graph.groups.forEach((p, g) => (indexAt[p] = g));
	return { position, name, ordered, byPosition, indexAt };
}

export interface OnePersonPairIndices {
	a: number;
	b: number;
	links: number;
	/** Node indices of the one person (both ends when the pair has one link). */
	nodes: number[];
}

export function groupFigures(
	graph: PlanGraph,
	plan: GroupPlan,
	groups: GroupInsights,
	spof: SinglePointsOfFailure
) {
	const { name, ordered, byPosition, indexAt } = groupLookup(graph, plan);
	const departments: DepartmentFigures[] = plan.groups.map((group, p) => {
		const s = groups.byGroup[indexAt[p]];
		return {
			id: group.id,
			name: group.name,
			size: s.size,
			internal: s.internal,
			external: s.external,
			ei: s.ei,
			density: s.density
		};
	});

	const linkCount = new Map<string, number>();
	const between = groups.pairs
		.filter((pair) => pair.a !== pair.b)
		.map((pair) => ({ pair: ordered([pair.a, pair.b]), links: pair.links, density: pair.density }))
		.sort((x, y) => byPosition(x.pair, y.pair));
	const linksBetweenDepartments: DepartmentLinks[] = between.map(({ pair, links, density }) => {
		linkCount.set(pair.join('|'), links);
		return { a: name(pair[0]), b: name(pair[1]), links, density };
	});

	const departmentPairsWithoutLinks = groups.pairsWithoutLinks
		.map(ordered)
		.sort(byPosition)
		.map(([a, b]): [string, string] => [name(a), name(b)]);

	// One department on its own has nobody to be cut off from.
	const isolatedDepartments =
		plan.groups.length > 1
			? groups.isolatedGroups
					.map((g): [number, number] => [g, g])
					.sort(byPosition)
					.map(([g]) => name(g))
			: [];

	const onePerson = new Map<string, OnePersonPairIndices>();
	for (const person of spof.people) {
		for (const raw of person.pairs) {
			const [a, b] = ordered(raw);
			const key = `${a}|${b}`;
			let entry = onePerson.get(key);
			if (!entry) onePerson.set(key, (entry = { a, b, links: linkCount.get(key) ?? 0, nodes: [] }));
			entry.nodes.push(person.node);
		}
	}
	const throughOnePerson = [...onePerson.values()].sort((x, y) =>
		byPosition([x.a, x.b], [y.a, y.b])
	);

	return {
		departments,
		linksBetweenDepartments,
		departmentPairsWithoutLinks,
		isolatedDepartments,
		throughOnePerson,
		name
	};
}

type NetworkFigures = Pick<
	InsightsReport,
	| 'nodes'
	| 'links'
	| 'density'
	| 'components'
	| 'largestComponent'
	| 'isolatedPeople'
	| 'internalLinks'
	| 'externalLinks'
	| 'eiIndex'
	| 'bridges'
	| 'articulationPointCount'
>;

/** The key numbers; `cutsResult` is passed in when the caller already has it. */
export function networkFigures(
	graph: PlanGraph,
	groups: GroupInsights,
	base: Basics = basics(graph),
	cutsResult = cuts(graph)
): NetworkFigures {
	return {
		nodes: base.nodes,
		links: base.links,
		density: base.density,
		components: base.components.count,
		largestComponent: base.components.sizes[0] ?? 0,
		isolatedPeople: base.isolates.length,
		internalLinks: groups.internalLinks,
		externalLinks: groups.externalLinks,
		eiIndex: groups.ei,
		bridges: cutsResult.bridges.length,
		articulationPointCount: cutsResult.articulationPoints.length
	};
}
