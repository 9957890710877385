import type { Graph } from '../graph';
import type { Layout } from './types';

/**
 * Share of people strictly nearer to their own department's centre than to any other: the
 * layout's promise that departments read as separate clusters (1 for every layout it makes).
 */
export function nearestCentreShare<Id, Group>(
	graph: Graph<Id, Group>,
	layout: Layout<Id, Group>
): number {
	if (graph.n === 0) return 1;
	const centres = graph.groups.map((key) => layout.departmentCentres.get(key));
	let good = 0;
	for (let p = 0; p < graph.n; p++) {
		const own = centres[graph.group[p]];
		if (!own) continue;
		const mine = Math.hypot(layout.x[p] - own.x, layout.y[p] - own.y);
		let ok = true;
		for (let g = 0; g < centres.length && ok; g++) {
			const c = centres[g];
			if (g !== graph.group[p] && c && Math.hypot(layout.x[p] - c.x, layout.y[p] - c.y) <= mine) {
				ok = false;
			}
		}
		if (ok) good++;
	}
	return good / graph.n;
}

/** Share of people with someone closer than `distance`: a measure of pile-ups. */
export function crowdedShare(layout: Layout<unknown, unknown>, distance: number): number {
	const n = layout.x.length;
	if (n === 0) return 0;
	const cells = new Map<string, number[]>();
	const key = (c: number, r: number) => `${c},${r}`;
	for (let p = 0; p < n; p++) {
		const k = key(Math.floor(layout.x[p] / distance), Math.floor(layout.y[p] / distance));
		const list = cells.get(k);
		if (list) list.push(p);
		else cells.set(k, [p]);
	}
	let crowded = 0;
	for (let p = 0; p < n; p++) {
		const c = Math.floor(layout.x[p] / distance);
		const r = Math.floor(layout.y[p] / distance);
		let hit = false;
		for (let dr = -1; dr <= 1 && !hit; dr++) {
			for (let dc = -1; dc <= 1 && !hit; dc++) {
				for (const q of cells.get(key(c + dc, r + dr)) ?? []) {
					if (
						q !== p &&
						Math.hypot(layout.x[q] - layout.x[p], layout.y[q] - layout.y[p]) < distance
					) {
						hit = true;
						break;
					}
				}
			}
		}
		if (hit) crowded++;
	}
	return crowded / n;
}
