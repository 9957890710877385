import type { LayoutState } from './types';

/**
 * Final guarantee: every person inside their own disc and strictly nearer to their own
 * department's centre than to any other. A person who breaks it slides towards their own centre
 * just far enough; the Voronoi cell of a centre is convex and contains it, so this always works.
 * Returns how many people had to move.
 */
export function keepInOwnCell(state: LayoutState): number {
	const { n, s, group, x, y, cx, cy, cr } = state;
	const near = nearCentres(state);
	const margin = 0.05 * s;
	let moved = 0;
	for (let p = 0; p < n; p++) {
		const g = group[p];
		const vx = x[p] - cx[g];
		const vy = y[p] - cy[g];
		const len = Math.hypot(vx, vy);
		let t = len > cr[g] ? cr[g] / len : 1;
		for (const h of near[g]) {
			const ux = cx[h] - cx[g];
			const uy = cy[h] - cy[g];
			const dist = Math.hypot(ux, uy);
			// Coincident centres cannot be told apart by distance; nothing to keep to.
			if (dist < 1e-9) continue;
			const along = (vx * ux + vy * uy) / dist;
			const room = dist / 2 - Math.min(margin, dist / 4);
			if (along * t > room) t = room / along;
		}
		if (t < 1) {
			x[p] = cx[g] + vx * t;
			y[p] = cy[g] + vy * t;
			moved++;
		}
	}
	return moved;
}

/**
 * Per department, the other centres that could be nearer to someone inside its disc: only
 * centres within 2r can. Usually none, as the gap between discs keeps them further away; a large
 * department beside a small one is the exception.
 */
export function nearCentres(state: LayoutState): number[][] {
	const { G, cx, cy, cr } = state;
	const near: number[][] = [];
	for (let g = 0; g < G; g++) {
		const list: number[] = [];
		for (let h = 0; h < G; h++) {
			if (h !== g && Math.hypot(cx[h] - cx[g], cy[h] - cy[g]) <= 2 * cr[g] + 1e-6) list.push(h);
		}
		near.push(list);
	}
	return near;
}
