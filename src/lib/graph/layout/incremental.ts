import type { Graph } from '../graph';
import { GOLDEN_ANGLE, departmentGap, discRadius, findFreeSpot } from './departments';
import type { DepartmentStats } from './departments';
import { PointHash } from './grid';
import { relax } from './relax';
import type { Disc, LayoutState, Point } from './types';

/**
 * Fitting changes into a stored layout: known people keep their place, so the picture a user
 * has learned stays put; new people (and new departments) are slotted in beside their links,
 * and only their immediate surroundings are nudged.
 */
export function fitIn<Id, Group>(
	state: LayoutState,
	stats: DepartmentStats,
	graph: Graph<Id, Group>,
	previous: ReadonlyMap<Id, Point>,
	previousCentres: ReadonlyMap<Group, Disc> | undefined,
	rng: () => number
): void {
	const { n, G, s, group, members, groupRank, rank, offsets, targets, weights, x, y } = state;
	const { cx, cy, cr } = state;
	const known = new Uint8Array(n);
	for (let p = 0; p < n; p++) {
		const pt = previous.get(graph.ids[p]);
		if (pt && Number.isFinite(pt.x) && Number.isFinite(pt.y)) {
			x[p] = pt.x;
			y[p] = pt.y;
			known[p] = 1;
		}
	}

	const hasCentre = new Uint8Array(G);
	for (let g = 0; g < G; g++) {
		const need = discRadius(stats.size[g], s);
		const disc = previousCentres?.get(graph.groups[g]);
		if (disc && [disc.x, disc.y, disc.r].every(Number.isFinite)) {
			cx[g] = disc.x;
			cy[g] = disc.y;
			cr[g] = Math.max(disc.r, need);
		} else if (!centreFromMembers(g, need)) continue;
		hasCentre[g] = 1;
		// Someone stored outside the disc changed department: seat them anew, which puts them on
		// the side facing their old colleagues rather than wherever a slide inwards would end.
		for (const p of members[g]) {
			if (known[p] && Math.hypot(x[p] - cx[g], y[p] - cy[g]) > cr[g] + 0.5 * s) known[p] = 0;
		}
	}

	const gap = departmentGap(s);
	const placed: number[] = [];
	for (let g = 0; g < G; g++) if (hasCentre[g]) placed.push(g);
	const newGroups = Array.from({ length: G }, (_, g) => g).filter((g) => !hasCentre[g]);
	for (const g of newGroups.sort((a, b) => groupRank[a] - groupRank[b])) {
		cr[g] = discRadius(stats.size[g], s);
		let tx = 0;
		let ty = 0;
		let tw = 0;
		for (const { to, w } of stats.adj[g]) {
			if (!hasCentre[to]) continue;
			tx += w * cx[to];
			ty += w * cy[to];
			tw += w;
		}
		if (tw === 0) {
			for (const h of placed) {
				tx += cx[h];
				ty += cy[h];
				tw += 1;
			}
		}
		const spot = findFreeSpot(tx / (tw || 1), ty / (tw || 1), cr[g], state, placed, gap);
		cx[g] = spot.x;
		cy[g] = spot.y;
		hasCentre[g] = 1;
		placed.push(g);
	}

	const hash = new PointHash(s, x, y);
	for (let p = 0; p < n; p++) if (known[p]) hash.add(p);
	const positioned = known.slice();
	const newcomers: number[] = [];
	for (let p = 0; p < n; p++) if (!known[p]) newcomers.push(p);
	newcomers.sort((a, b) => rank[a] - rank[b]);
	for (const p of newcomers) {
		const g = group[p];
		// Between the department centre and the people they know, wherever those are.
		let tx = cx[g];
		let ty = cy[g];
		let tw = 1;
		for (let e = offsets[p]; e < offsets[p + 1]; e++) {
			const q = targets[e];
			if (!positioned[q]) continue;
			tx += weights[e] * x[q];
			ty += weights[e] * y[q];
			tw += weights[e];
		}
		const spot = freeSpotInDisc(g, tx / tw, ty / tw, hash);
		x[p] = spot.x;
		y[p] = spot.y;
		positioned[p] = 1;
		hash.add(p);
	}
	if (newcomers.length === 0) return;

	const mobility = new Float64Array(n);
	const anchor = new Float64Array(n);
	for (const p of newcomers) {
		mobility[p] = 1;
		const wake = (q: number) => {
			if (known[q]) {
				mobility[q] = 0.25;
				anchor[q] = 0.5;
			}
		};
		for (let e = offsets[p]; e < offsets[p + 1]; e++) wake(targets[e]);
		hash.forEachNear(x[p], y[p], (q) => {
			if (Math.hypot(x[q] - x[p], y[q] - y[p]) < 1.5 * s) wake(q);
		});
	}
	const anchorX = x.slice();
	const anchorY = y.slice();
	relax(
		state,
		{ iterations: 20, startTemp: 0.3, endTemp: 0.05, mobility, anchor, anchorX, anchorY },
		rng
	);

	/** Centroid of the kept members, ignoring those who evidently moved here from elsewhere. */
	function centreFromMembers(g: number, need: number): boolean {
		const reach = 1.5 * need + s;
		const all = centroid(g, null, reach);
		if (!all) return false;
		const centre = centroid(g, all, reach) ?? all;
		let far = 0;
		for (const p of members[g]) {
			const d = Math.hypot(x[p] - centre.x, y[p] - centre.y);
			if (known[p] && d <= reach) far = Math.max(far, d);
		}
		cx[g] = centre.x;
		cy[g] = centre.y;
		cr[g] = Math.max(need, far + 0.25 * s);
		return true;
	}

	function centroid(g: number, around: Point | null, reach: number): Point | null {
		let count = 0;
		let sx = 0;
		let sy = 0;
		for (const p of members[g]) {
			if (!known[p] || (around && Math.hypot(x[p] - around.x, y[p] - around.y) > reach)) continue;
			sx += x[p];
			sy += y[p];
			count++;
		}
		return count > 0 ? { x: sx / count, y: sy / count } : null;
	}

	/** First free place on a small spiral around the target that lies well inside the disc. */
	function freeSpotInDisc(g: number, tx: number, ty: number, hash: PointHash): Point {
		const limit = Math.max(0, cr[g] - 0.5 * s);
		const off = Math.hypot(tx - cx[g], ty - cy[g]);
		if (off > limit) {
			tx = cx[g] + ((tx - cx[g]) * limit) / off;
			ty = cy[g] + ((ty - cy[g]) * limit) / off;
		}
		let best: Point = { x: tx, y: ty };
		let bestRoom = -1;
		for (let k = 0; k < 400; k++) {
			const rho = 0.5 * s * Math.sqrt(k);
			const px = tx + rho * Math.cos(k * GOLDEN_ANGLE);
			const py = ty + rho * Math.sin(k * GOLDEN_ANGLE);
			if (Math.hypot(px - cx[g], py - cy[g]) > limit + 1e-9) continue;
			const room = hash.nearest(px, py);
			if (room >= 0.8 * s) return { x: px, y: py };
			if (room > bestRoom) {
				bestRoom = room;
				best = { x: px, y: py };
			}
		}
		return best;
	}
}
