/**
 * The insights report: plain JSON (no typed arrays, no Maps), so the page, GET /api/insights and
 * `npm run cli -- insights --json` all hand out the very same object. Departments are named, never
 * numbered by graph index, so a report reads on its own.
 */

/**
 * Who may see what. 'departments' (manager): aggregates only, small departments merged, no
 * employee names or ids anywhere. 'named' (beheerder): every department as it is, plus the named
 * lists (articulation points, brokers, "what if X leaves", betweenness).
 */
export type InsightsTier = 'departments' | 'named';

export interface DepartmentFigures {
	/** Department id; null for the merged "Overige afdelingen". */
	id: number | null;
	name: string;
	/** Active people. */
	size: number;
	/** Links with both ends inside. */
	internal: number;
	/** Links from inside to another department. */
	external: number;
	/** Krackhardt–Stern (E - I) / (E + I); null when the department has no links at all. */
	ei: number | null;
	/** Share of the possible links inside that exist (0 for one person). */
	density: number;
}

/** Two departments (in the report's department order) and the links between them. */
export interface DepartmentLinks {
	a: string;
	b: string;
	links: number;
	/** links / (size a × size b). */
	density: number;
}

export interface PersonRef {
	id: number;
	name: string;
	department: string;
}

/** A pair of departments whose every link touches one and the same person. */
export interface OnePersonPair {
	a: string;
	b: string;
	links: number;
}

export interface NamedOnePersonPair extends OnePersonPair {
	/** The person, or both ends when the pair has a single link (either leaving cuts it). */
	people: PersonRef[];
}

export interface Broker extends PersonRef {
	/** Gould–Fernandez: open pairs of neighbours this person stands between, per role and total. */
	total: number;
	coordinator: number;
	representative: number;
	consultant: number;
	liaison: number;
}

export interface LeaverImpact extends PersonRef {
	/** Department pairs that would have no link left. */
	pairs: [string, string][];
}

interface ReportBase {
	/** The date links were counted up to (formed on or before it); null: all links, today. */
	asOf: string | null;
	/** The network version the figures belong to (moves with every write). */
	networkVersion: number;
	/** People (active now). */
	nodes: number;
	links: number;
	/** 2 × links / (nodes × (nodes − 1)). */
	density: number;
	/** Connected parts; a person without links is a part of their own. */
	components: number;
	/** People in the largest connected part. */
	largestComponent: number;
	/** People without any link. */
	isolatedPeople: number;
	internalLinks: number;
	externalLinks: number;
	/** E-I over all links: −1 all inside departments, +1 all between departments. */
	eiIndex: number | null;
	/** Links whose loss splits the network (a count, no names in any tier). */
	bridges: number;
	/** People whose leaving splits the network (a count; names only in the named tier). */
	articulationPointCount: number;
	/** In display order (by name; the merged group last). */
	departments: DepartmentFigures[];
	/** Pairs of different departments with at least one link. */
	linksBetweenDepartments: DepartmentLinks[];
	departmentPairsWithoutLinks: [string, string][];
	/** Departments without a single link to another department. */
	isolatedDepartments: string[];
}

export interface DepartmentsReport extends ReportBase {
	tier: 'departments';
	/** Departments smaller than this were merged (INSIGHTS_MIN_GROUP_SIZE). */
	minGroupSize: number;
	/** The merged group, or null when no department was small. */
	otherDepartments: { name: string; departments: string[] } | null;
	departmentPairsThroughOnePerson: OnePersonPair[];
}

export interface NamedReport extends ReportBase {
	tier: 'named';
	minGroupSize: null;
	otherDepartments: null;
	departmentPairsThroughOnePerson: NamedOnePersonPair[];
	/** Names, most between first (by betweenness, then name). */
	articulationPoints: string[];
	/** Top 10 by betweenness (normalised as networkx does), highest first; only values above 0. */
	betweennessTop: (PersonRef & { value: number })[];
	/** Exact, or estimated from `sources` sampled people on large networks. */
	betweenness: { exact: boolean; sources: number };
	/** Top 10 by Gould–Fernandez total, only people who broker at all. */
	brokers: Broker[];
	/** Everyone whose leaving cuts at least one department pair, most pairs first. */
	whatIfLeaves: LeaverImpact[];
}

export type InsightsReport = DepartmentsReport | NamedReport;
