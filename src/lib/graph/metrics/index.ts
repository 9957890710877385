/**
 * Everything the network insights page needs, from one graph. Results use node and group indices
 * (see `graph.ids`, `graph.groups`) and typed arrays, both of which survive SvelteKit's devalue.
 */
import { basics, type AnyGraph, type Basics } from './basics';
import { betweenness, sampledBetweenness } from './betweenness';
import { brokerage, type Brokerage } from './brokerage';
import { cuts, type Cuts } from './cut';
import { groupInsights, type GroupInsights } from './groups';
import { singlePointsOfFailure, type SinglePointsOfFailure } from './whatif';

export * from './basics';
export * from './betweenness';
export * from './brokerage';
export * from './cut';
export * from './groups';
export * from './whatif';

/**
 * Work (sources x (n + 2m)) up to which 'auto' computes betweenness exactly: roughly half a second
 * (email-eu-core, 3.3e7, takes about 0.12 s). Beyond it, sources are sampled to stay within it:
 * 20,000 people with 100,000 links get about 450 sources.
 */
export const EXACT_BETWEENNESS_BUDGET = 1e8;
/** Fewer sampled sources than this give rankings too noisy to show. */
const MIN_SAMPLES = 50;

export type BetweennessMode = 'auto' | 'exact' | 'sampled' | 'none';

export interface InsightOptions {
	betweenness?: BetweennessMode;
	/** Sources for 'sampled' (default: as many as the budget allows, at least 50). */
	samples?: number;
	seed?: number;
}

export interface BetweennessResult {
	exact: boolean;
	/** Number of BFS sources used (n when exact). */
	sources: number;
	values: Float64Array;
}

export interface Insights {
	basics: Basics;
	groups: GroupInsights;
	cuts: Cuts;
	brokerage: Brokerage;
	singlePointsOfFailure: SinglePointsOfFailure;
	/** null when asked for 'none'. */
	betweenness: BetweennessResult | null;
}

function budgetedSamples(graph: AnyGraph): number {
	const perSource = graph.n + 2 * graph.m;
	return Math.max(MIN_SAMPLES, Math.floor(EXACT_BETWEENNESS_BUDGET / Math.max(1, perSource)));
}

export function computeBetweenness(
	graph: AnyGraph,
	options: InsightOptions = {}
): BetweennessResult | null {
	const mode = options.betweenness ?? 'auto';
	if (mode === 'none') return null;
	const samples = options.samples ?? budgetedSamples(graph);
	const exact = mode === 'exact' || samples >= graph.n;
	if (exact) return { exact: true, sources: graph.n, values: betweenness(graph) };
	return {
		exact: false,
		sources: Math.max(1, Math.floor(samples)),
		values: sampledBetweenness(graph, samples, options.seed)
	};
}

export function computeInsights(graph: AnyGraph, options: InsightOptions = {}): Insights {
	return {
		basics: basics(graph),
		groups: groupInsights(graph),
		cuts: cuts(graph),
		brokerage: brokerage(graph),
		singlePointsOfFailure: singlePointsOfFailure(graph),
		betweenness: computeBetweenness(graph, options)
	};
}
