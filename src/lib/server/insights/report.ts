/**
 * The two reports, one per privacy tier, from a network read out of the database. Pure: no DB,
 * so the unit tests build reports from hand-made networks.
 */
import {
	computeInsights,
	groupInsights,
	singlePointsOfFailure,
	topNodes
} from '$lib/graph/metrics';
import type { NetworkLink, NetworkPerson } from '../network/network.queries';
import { planGroups } from './groups';
import { groupFigures, groupLookup, networkFigures, planGraph } from './figures';
import type { Broker, DepartmentsReport, NamedReport, PersonRef } from './insights.types';

export interface ReportInput {
	departments: readonly { id: number; name: string }[];
	people: readonly NetworkPerson[];
	links: readonly NetworkLink[];
	asOf: string | null;
	networkVersion: number;
}

const TOP = 10;

/**
 * Manager tier: small departments merged first, then everything computed on the merged groups,
 * so no figure (E-I, density, a pair) is about a small group. No node ever leaves as a name or id.
 */
export function departmentsReport(input: ReportInput, minGroupSize: number): DepartmentsReport {
	const plan = planGroups(input.departments, input.people, minGroupSize);
	const graph = planGraph(input.people, input.links, plan);
	const groups = groupInsights(graph);
	const figures = groupFigures(graph, plan, groups, singlePointsOfFailure(graph));
	const other = plan.other >= 0 ? plan.groups[plan.other] : null;
	return {
		tier: 'departments',
		asOf: input.asOf,
		networkVersion: input.networkVersion,
		minGroupSize,
		otherDepartments: other ? { name: other.name, departments: other.departments } : null,
		...networkFigures(graph, groups),
		departments: figures.departments,
		linksBetweenDepartments: figures.linksBetweenDepartments,
		departmentPairsWithoutLinks: figures.departmentPairsWithoutLinks,
		isolatedDepartments: figures.isolatedDepartments,
		departmentPairsThroughOnePerson: figures.throughOnePerson.map(({ a, b, links }) => ({
			a: figures.name(a),
			b: figures.name(b),
			links
		}))
	};
}

const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name, 'nl');

/** Beheerder tier: real departments and the named lists. Betweenness is exact when affordable. */
export function namedReport(input: ReportInput): NamedReport {
	const plan = planGroups(input.departments, input.people, 1);
	const graph = planGraph(input.people, input.links, plan);
	const insights = computeInsights(graph, { betweenness: 'auto' });
	const figures = groupFigures(graph, plan, insights.groups, insights.singlePointsOfFailure);
	const { ordered, byPosition } = groupLookup(graph, plan);
	const personById = new Map(input.people.map((p) => [p.id, p]));
	const person = (node: number): PersonRef => {
		const id = graph.ids[node];
		return { id, name: personById.get(id)!.name, department: figures.name(graph.group[node]) };
	};
	const between = insights.betweenness!;
	const value = (node: number) => between.values[node];
	const { total, coordinator, representative, consultant, liaison } = insights.brokerage;

	const brokers: Broker[] = topNodes(total, TOP)
		.filter((node) => total[node] > 0)
		.map((node) => ({
			...person(node),
			total: total[node],
			coordinator: coordinator[node],
			representative: representative[node],
			consultant: consultant[node],
			liaison: liaison[node]
		}));

	return {
		tier: 'named',
		asOf: input.asOf,
		networkVersion: input.networkVersion,
		minGroupSize: null,
		otherDepartments: null,
		...networkFigures(graph, insights.groups, insights.basics, insights.cuts),
		departments: figures.departments,
		linksBetweenDepartments: figures.linksBetweenDepartments,
		departmentPairsWithoutLinks: figures.departmentPairsWithoutLinks,
		isolatedDepartments: figures.isolatedDepartments,
		departmentPairsThroughOnePerson: figures.throughOnePerson.map(({ a, b, links, nodes }) => ({
			a: figures.name(a),
			b: figures.name(b),
			links,
			people: nodes.map(person).sort(byName)
		})),
		articulationPoints: insights.cuts.articulationPoints
			.map((node) => ({ name: person(node).name, value: value(node) }))
			.sort((x, y) => y.value - x.value || byName(x, y))
			.map((p) => p.name),
		betweennessTop: topNodes(between.values, TOP)
			.filter((node) => value(node) > 0)
			.map((node) => ({ ...person(node), value: value(node) })),
		betweenness: { exact: between.exact, sources: between.sources },
		brokers,
		whatIfLeaves: insights.singlePointsOfFailure.people
			.map(({ node, pairs }) => ({
				...person(node),
				pairs: pairs
					.map(ordered)
					.sort(byPosition)
					.map(([a, b]): [string, string] => [figures.name(a), figures.name(b)])
			}))
			.sort((x, y) => y.pairs.length - x.pairs.length || byName(x, y))
	};
}
