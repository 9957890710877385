/**
 * Links within and between groups (departments): counts, densities, the Krackhardt–Stern E-I
 * index, pairs of groups without any link and groups cut off from all others.
 */
import type { AnyGraph } from './basics';

export interface GroupSummary {
	size: number;
	/** Links with both ends in the group. */
	internal: number;
	/** Links with exactly one end in the group. */
	external: number;
	/** (E - I) / (E + I); null when the group has no links at all. */
	ei: number | null;
	/** internal / (size(size-1)/2); 0 for one-person groups. */
	density: number;
}

/** An unordered pair of group indices, a <= b (a === b: links inside group a). */
export interface GroupPair {
	a: number;
	b: number;
	links: number;
	density: number;
}

export interface GroupInsights {
	/** Indexed by group index. */
	byGroup: GroupSummary[];
	/** Every pair with at least one link, a <= b, sorted by a then b. Absent pairs have 0 links. */
	pairs: GroupPair[];
	internalLinks: number;
	externalLinks: number;
	/** E-I over the whole network; null when there are no links. */
	ei: number | null;
	/** Pairs a < b of different groups with no link between them. */
	pairsWithoutLinks: [number, number][];
	/** Groups with no link to any other group (their people may still know each other). */
	isolatedGroups: number[];
}

export function eiIndex(external: number, internal: number): number | null {
	const total = external + internal;
	return total === 0 ? null : (external - internal) / total;
}

/**
 * Share of possible links present: inside a group L / (n(n-1)/2), between two L / (na nb).
 * One-person groups are real (a CEO alone), so an empty denominator gives 0 rather than NaN.
 */
export function groupPairDensity(
	links: number,
	sizeA: number,
	sizeB: number,
	same: boolean
): number {
	const possible = same ? (sizeA * (sizeA - 1)) / 2 : sizeA * sizeB;
	return possible === 0 ? 0 : links / possible;
}

export function groupSizes(graph: AnyGraph): Int32Array {
	const sizes = new Int32Array(graph.groups.length);
	for (let i = 0; i < graph.n; i++) sizes[graph.group[i]]++;
	return sizes;
}

/**
 * Key lo * G + hi per link (lo <= hi group indices), sorted. Sorting a Float64Array keeps memory
 * at O(m) however many groups there are, where a G x G table would not.
 */
function sortedPairKeys(graph: AnyGraph): Float64Array {
	const { n, offsets, targets, group } = graph;
	const G = graph.groups.length;
	const keys = new Float64Array(graph.m);
	let k = 0;
	for (let v = 0; v < n; v++) {
		const gv = group[v];
		for (let e = offsets[v]; e < offsets[v + 1]; e++) {
			const w = targets[e];
			if (w < v) continue;
			const gw = group[w];
			keys[k++] = gv <= gw ? gv * G + gw : gw * G + gv;
		}
	}
	return keys.sort();
}

export function groupInsights(graph: AnyGraph): GroupInsights {
	const G = graph.groups.length;
	const sizes = groupSizes(graph);
	const internal = new Int32Array(G);
	const external = new Int32Array(G);
	const keys = sortedPairKeys(graph);
	const pairs: GroupPair[] = [];
	for (let i = 0; i < keys.length;) {
		const key = keys[i];
		let j = i + 1;
		while (j < keys.length && keys[j] === key) j++;
		const a = Math.floor(key / G);
		const b = key - a * G;
		const links = j - i;
		if (a === b) internal[a] += links;
		else {
			external[a] += links;
			external[b] += links;
		}
		pairs.push({ a, b, links, density: groupPairDensity(links, sizes[a], sizes[b], a === b) });
		i = j;
	}

	// Walk all a < b in key order alongside the sorted pairs that exist.
	const pairsWithoutLinks: [number, number][] = [];
	let p = 0;
	for (let a = 0; a < G; a++) {
		for (let b = a + 1; b < G; b++) {
			const key = a * G + b;
			while (p < pairs.length && pairs[p].a * G + pairs[p].b < key) p++;
			if (p < pairs.length && pairs[p].a === a && pairs[p].b === b) continue;
			pairsWithoutLinks.push([a, b]);
		}
	}

	let internalLinks = 0;
	const byGroup: GroupSummary[] = [];
	const isolatedGroups: number[] = [];
	for (let g = 0; g < G; g++) {
		internalLinks += internal[g];
		if (external[g] === 0) isolatedGroups.push(g);
		byGroup.push({
			size: sizes[g],
			internal: internal[g],
			external: external[g],
			ei: eiIndex(external[g], internal[g]),
			density: groupPairDensity(internal[g], sizes[g], sizes[g], true)
		});
	}
	const externalLinks = graph.m - internalLinks;
	return {
		byGroup,
		pairs,
		internalLinks,
		externalLinks,
		ei: eiIndex(externalLinks, internalLinks),
		pairsWithoutLinks,
		isolatedGroups
	};
}

/** Dense symmetric G x G link counts (row-major), for a heat map of departments. */
export function groupLinkMatrix(graph: AnyGraph): Int32Array {
	const G = graph.groups.length;
	const matrix = new Int32Array(G * G);
	const { n, offsets, targets, group } = graph;
	for (let v = 0; v < n; v++) {
		for (let e = offsets[v]; e < offsets[v + 1]; e++) {
			const w = targets[e];
			if (w < v) continue;
			matrix[group[v] * G + group[w]]++;
			if (group[v] !== group[w]) matrix[group[w] * G + group[v]]++;
		}
	}
	return matrix;
}
