import type { LayoutState, Point } from './types';

/**
 * Department centres. Departments are super-nodes weighted by headcount (disc radius ∝ √size)
 * and joined by the summed weight of their cross links: a greedy "most-connected next" placement
 * followed by a small force simulation that keeps discs apart.
 */

export const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Sunflower step as a share of the spacing: Vogel's spiral has its nearest neighbour at ≈1.65c. */
export const SUNFLOWER = 0.62;

export interface DepartmentStats {
	size: Int32Array;
	/** Summed weight of links to each other department, listed on both sides, by rank of `to`. */
	adj: { to: number; w: number }[][];
	crossTotal: Float64Array;
}

export function departmentStats(state: LayoutState): DepartmentStats {
	const { G, n, group, offsets, targets, weights, groupRank } = state;
	const size = new Int32Array(G);
	for (let p = 0; p < n; p++) size[group[p]]++;
	const pair = new Map<number, number>();
	for (let p = 0; p < n; p++) {
		for (let e = offsets[p]; e < offsets[p + 1]; e++) {
			const q = targets[e];
			const a = group[p];
			const b = group[q];
			if (q <= p || a === b) continue;
			const key = a < b ? a * G + b : b * G + a;
			pair.set(key, (pair.get(key) ?? 0) + weights[e]);
		}
	}
	const adj: { to: number; w: number }[][] = Array.from({ length: G }, () => []);
	const crossTotal = new Float64Array(G);
	for (const [key, w] of pair) {
		const a = Math.floor(key / G);
		const b = key % G;
		adj[a].push({ to: b, w });
		adj[b].push({ to: a, w });
		crossTotal[a] += w;
		crossTotal[b] += w;
	}
	for (const list of adj) list.sort((p, q) => groupRank[p.to] - groupRank[q.to]);
	return { size, adj, crossTotal };
}

/** Radius that holds `size` people on a sunflower spiral with half a spacing to spare. */
export function discRadius(size: number, s: number): number {
	return s * SUNFLOWER * Math.sqrt(Math.max(1, size)) + s * 0.5;
}

/** Room between discs, so that the gap between departments shows. */
export function departmentGap(s: number): number {
	return 2 * s;
}

/** Nearest point to (tx, ty), on a spiral outwards, where a disc of radius r overlaps none. */
export function findFreeSpot(
	tx: number,
	ty: number,
	r: number,
	state: LayoutState,
	placed: readonly number[],
	gap: number
): Point {
	const { cx, cy, cr } = state;
	const step = Math.max((r + gap) * 0.5, 1e-6);
	for (let k = 0; ; k++) {
		const rho = step * Math.sqrt(k);
		const px = tx + rho * Math.cos(k * GOLDEN_ANGLE);
		const py = ty + rho * Math.sin(k * GOLDEN_ANGLE);
		let free = true;
		for (const h of placed) {
			if (Math.hypot(px - cx[h], py - cy[h]) < r + cr[h] + gap) {
				free = false;
				break;
			}
		}
		if (free) return { x: px, y: py };
	}
}

/** Full placement of all department centres into `state.cx/cy` (radii must be in `state.cr`). */
export function placeDepartments(state: LayoutState, stats: DepartmentStats): void {
	const { G, cx, cy, cr, groupRank } = state;
	const { size, adj, crossTotal } = stats;
	const gap = departmentGap(state.s);
	const done = new Uint8Array(G);
	const linked = new Float64Array(G);
	const placed: number[] = [];
	const better = (a: number, b: number) =>
		linked[a] !== linked[b]
			? linked[a] > linked[b]
			: crossTotal[a] !== crossTotal[b]
				? crossTotal[a] > crossTotal[b]
				: size[a] !== size[b]
					? size[a] > size[b]
					: groupRank[a] < groupRank[b];
	for (let k = 0; k < G; k++) {
		let g = -1;
		for (let h = 0; h < G; h++) if (!done[h] && (g < 0 || better(h, g))) g = h;
		let tx = 0;
		let ty = 0;
		let tw = 0;
		for (const { to, w } of adj[g]) {
			if (!done[to]) continue;
			tx += w * cx[to];
			ty += w * cy[to];
			tw += w;
		}
		// A department without placed partners starts a new component next to what is there.
		if (tw === 0) {
			for (const h of placed) {
				tx += size[h] * cx[h];
				ty += size[h] * cy[h];
				tw += size[h];
			}
		}
		const spot = findFreeSpot(
			tw > 0 ? tx / tw : 0,
			tw > 0 ? ty / tw : 0,
			cr[g],
			state,
			placed,
			gap
		);
		cx[g] = spot.x;
		cy[g] = spot.y;
		done[g] = 1;
		placed.push(g);
		for (const { to, w } of adj[g]) linked[to] += w;
	}
	relaxDepartments(state, stats, 120);
}

/**
 * Springs along cross links (rest length: touching discs plus the gap), a weak pull to the
 * centre of mass, and hard separation; heavier (larger) departments move less.
 */
function relaxDepartments(state: LayoutState, stats: DepartmentStats, iterations: number): void {
	const { G, s, cx, cy, cr, groupRank, groupOrder } = state;
	const { size, adj } = stats;
	const gap = departmentGap(s);
	let maxW = 0;
	for (const list of adj) for (const { w } of list) maxW = Math.max(maxW, w);
	const mass = Float64Array.from(size, (k) => Math.max(1, k));
	for (let it = 0; it < iterations; it++) {
		const cool = 1 - it / iterations;
		// In key order throughout: these loops update positions in place.
		for (const g of groupOrder) {
			for (const { to: h, w } of adj[g]) {
				if (groupRank[h] <= groupRank[g]) continue;
				const dx = cx[h] - cx[g];
				const dy = cy[h] - cy[g];
				const d = Math.hypot(dx, dy);
				const rest = cr[g] + cr[h] + gap;
				if (d <= rest) continue;
				const f = ((d - rest) / d) * 0.1 * cool * (0.2 + 0.8 * Math.sqrt(w / maxW));
				share(g, h, dx * f, dy * f);
			}
		}
		let mx = 0;
		let my = 0;
		let total = 0;
		for (const g of groupOrder) {
			mx += mass[g] * cx[g];
			my += mass[g] * cy[g];
			total += mass[g];
		}
		for (let g = 0; g < G; g++) {
			cx[g] += (mx / total - cx[g]) * 0.02 * cool;
			cy[g] += (my / total - cy[g]) * 0.02 * cool;
		}
		separate();
	}
	// Gauss-Seidel sweeps settle a few hundred discs quickly; the cap only guards odd inputs. An
	// intrusion of a hundredth of a spacing into the gap is invisible.
	for (let sweep = 0; sweep < 2000 && separate() > 0.01 * s; sweep++);

	/** Moves g by +(dx, dy) and h by −(dx, dy), split so that the heavier one moves less. */
	function share(g: number, h: number, dx: number, dy: number): void {
		const tg = mass[h] / (mass[g] + mass[h]);
		cx[g] += dx * tg;
		cy[g] += dy * tg;
		cx[h] -= dx * (1 - tg);
		cy[h] -= dy * (1 - tg);
	}

	/** One sweep pushing apart every pair of discs closer than the gap; returns the worst. */
	function separate(): number {
		let worst = 0;
		for (let i = 0; i < G; i++) {
			const g = groupOrder[i];
			let xg = cx[g];
			let yg = cy[g];
			const rg = cr[g] + gap;
			for (let j = i + 1; j < G; j++) {
				const h = groupOrder[j];
				let dx = cx[h] - xg;
				let dy = cy[h] - yg;
				const need = rg + cr[h];
				const d2 = dx * dx + dy * dy;
				if (d2 >= need * need) continue;
				let d = Math.sqrt(d2);
				if (d < 1e-9) {
					// Coincident centres: a direction from the ranks keeps this deterministic.
					const a = (groupRank[g] + 1) * GOLDEN_ANGLE;
					dx = Math.cos(a);
					dy = Math.sin(a);
					d = 1;
				}
				worst = Math.max(worst, need - d);
				// A hair more than needed, so the sweeps end instead of creeping towards zero.
				const f = -(need - d + 0.005 * s) / d;
				share(g, h, dx * f, dy * f);
				xg = cx[g];
				yg = cy[g];
			}
		}
		return worst;
	}
}
