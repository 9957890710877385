/**
 * Gould–Fernandez brokerage on undirected links: v brokers between neighbours a and c when a and
 * c are not linked themselves. Roles by group: coordinator (a, v, c all one group), representative
 * (exactly one of a, c in v's group; the directed gatekeeper and representative roles coincide
 * without direction), consultant (a and c share a group that is not v's; also "itinerant") and
 * liaison (three different groups).
 *
 * Counting all neighbour pairs would be quadratic in the degree per node; instead the pairs per
 * role follow from the group counts among v's neighbours, and only the closed pairs (triangles
 * through v) are enumerated and subtracted. A stamp array marks v's neighbours, so testing
 * whether c is one of them is O(1); the total work is the sum over nodes of degree squared.
 */
import type { AnyGraph } from './basics';

export const BROKERAGE_ROLES = ['coordinator', 'representative', 'consultant', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** Open pairs per node per role, and their sum. Float64Array: degree^2 can pass 2^31. */
export type Brokerage = Record<BrokerageRole | 'total', Float64Array>;

// Guarded so that k = 0 gives 0, not -0.
const pairsOf = (k: number) => (k < 2 ? 0 : (k * (k - 1)) / 2);

export function brokerage(graph: AnyGraph): Brokerage {
	const { n, offsets, targets, group } = graph;
	const G = graph.groups.length;
	const coordinator = new Float64Array(n);
	const representative = new Float64Array(n);
	const consultant = new Float64Array(n);
	const liaison = new Float64Array(n);
	const total = new Float64Array(n);
	const perGroup = new Int32Array(G);
	const touched = new Int32Array(G);
	const mark = new Int32Array(n);

	for (let v = 0; v < n; v++) {
		const start = offsets[v];
		const end = offsets[v + 1];
		const k = end - start;
		if (k < 2) continue;
		const gv = group[v];
		const stamp = v + 1;
		let distinct = 0;
		for (let e = start; e < end; e++) {
			const w = targets[e];
			mark[w] = stamp;
			const g = group[w];
			if (perGroup[g]++ === 0) touched[distinct++] = g;
		}
		const same = perGroup[gv];
		let sameOther = 0;
		for (let t = 0; t < distinct; t++) {
			const g = touched[t];
			if (g !== gv) sameOther += pairsOf(perGroup[g]);
			perGroup[g] = 0;
		}
		let coord = pairsOf(same);
		let rep = same * (k - same);
		let cons = sameOther;
		let liai = pairsOf(k - same) - sameOther;

		for (let e = start; e < end; e++) {
			const a = targets[e];
			const ga = group[a];
			for (let f = offsets[a]; f < offsets[a + 1]; f++) {
				const c = targets[f];
				if (c <= a || mark[c] !== stamp) continue;
				const gc = group[c];
				if (ga === gv) {
					if (gc === gv) coord--;
					else rep--;
				} else if (gc === gv) rep--;
				else if (ga === gc) cons--;
				else liai--;
			}
		}
		coordinator[v] = coord;
		representative[v] = rep;
		consultant[v] = cons;
		liaison[v] = liai;
		total[v] = coord + rep + cons + liai;
	}
	return { coordinator, representative, consultant, liaison, total };
}
