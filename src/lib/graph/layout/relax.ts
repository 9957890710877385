import { nearCentres } from './constrain';
import { GOLDEN_ANGLE } from './departments';
import { Buckets } from './grid';
import type { LayoutState } from './types';

/**
 * Local force steps on people: a spring to linked people, short-range repulsion found through
 * buckets (O(n)), and a pull back into the own disc. Steps are capped by a cooling temperature.
 */

export interface RelaxOptions {
	iterations: number;
	/** Step cap at the first and last iteration, as a share of the spacing. */
	startTemp: number;
	endTemp: number;
	/** Per-person scale on the step cap; 0 pins a person. Everyone moves freely when absent. */
	mobility?: Float64Array;
	/** Positions to stay close to, with the share of the distance to them pulled back per step. */
	anchorX?: Float64Array;
	anchorY?: Float64Array;
	anchor?: Float64Array;
}

/** Share of the (capped) pull towards linked people applied per step. */
const SPRING = 0.3;
/** Share of the iterations that apply springs. */
const SPRING_SHARE = 0.6;
/** Longest distance a spring counts, as a share of the spacing: far links pull, not yank. */
const SPRING_REACH = 1;
/** Repulsion acts within this many spacings. */
const REPEL_RADIUS = 1.1;

export function relax(state: LayoutState, options: RelaxOptions, rng: () => number): void {
	const { n, s, x, y, group, offsets, targets, weights, cx, cy, cr } = state;
	const { iterations, mobility, anchorX, anchorY, anchor } = options;
	const fx = new Float64Array(n);
	const fy = new Float64Array(n);
	const buckets = new Buckets(n);
	const reach = SPRING_REACH * s;
	const radius = REPEL_RADIUS * s;
	const near = nearCentres(state);
	for (let it = 0; it < iterations; it++) {
		const progress = iterations > 1 ? it / (iterations - 1) : 1;
		const temp = s * (options.startTemp + (options.endTemp - options.startTemp) * progress);
		fx.fill(0);
		fy.fill(0);
		// The last steps only spread people out: springs squeeze large departments.
		const spring = it < iterations * SPRING_SHARE ? SPRING : 0;
		for (let p = 0; p < n && spring > 0; p++) {
			if (mobility && mobility[p] === 0) continue;
			let sx = 0;
			let sy = 0;
			let sw = 0;
			for (let e = offsets[p]; e < offsets[p + 1]; e++) {
				const q = targets[e];
				const dx = x[q] - x[p];
				const dy = y[q] - y[p];
				const d = Math.hypot(dx, dy);
				sw += weights[e];
				if (d <= s) continue;
				const pull = (weights[e] * Math.min(d - s, reach)) / d;
				sx += dx * pull;
				sy += dy * pull;
			}
			// Averaged over the links, so that a hub is not torn towards its many contacts.
			if (sw > 0) {
				fx[p] += (spring * sx) / sw;
				fy[p] += (spring * sy) / sw;
			}
		}
		buckets.build(x, y, radius);
		const { items, start, cols, rows } = buckets;
		for (let p = 0; p < n; p++) {
			const home = buckets.cellAt(x[p], y[p]);
			const col = home % cols;
			const row = (home - col) / cols;
			for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
				for (let c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
					const cell = r * cols + c;
					for (let k = start[cell]; k < start[cell + 1]; k++) {
						const q = items[k];
						if (q <= p) continue;
						let dx = x[q] - x[p];
						let dy = y[q] - y[p];
						let d = Math.hypot(dx, dy);
						if (d >= radius) continue;
						if (d < 1e-9) {
							const a = rng() * 2 * Math.PI + GOLDEN_ANGLE;
							dx = Math.cos(a);
							dy = Math.sin(a);
							d = 1;
						}
						// People of other departments only meet here when discs crowd; push harder.
						const f = ((radius - d) / d) * (group[p] === group[q] ? 0.5 : 1);
						fx[p] -= dx * f;
						fy[p] -= dy * f;
						fx[q] += dx * f;
						fy[q] += dy * f;
					}
				}
			}
		}
		for (let p = 0; p < n; p++) {
			const scale = mobility ? mobility[p] : 1;
			if (scale === 0) continue;
			const g = group[p];
			const ox = x[p] - cx[g];
			const oy = y[p] - cy[g];
			const d = Math.hypot(ox, oy);
			const limit = Math.max(0, cr[g] - 0.5 * s);
			if (d > limit) {
				fx[p] -= (ox * (d - limit)) / d;
				fy[p] -= (oy * (d - limit)) / d;
			}
			// Half a spacing short of the midpoint to a nearby smaller department's centre, so the
			// final check rarely has to stack people along that line.
			for (const h of near[g]) {
				const ux = cx[h] - cx[g];
				const uy = cy[h] - cy[g];
				const L = Math.hypot(ux, uy);
				if (L < 1e-9) continue;
				const over = (ox * ux + oy * uy) / L - Math.max(0, L / 2 - 0.5 * s);
				if (over > 0) {
					fx[p] -= (ux * over) / L;
					fy[p] -= (uy * over) / L;
				}
			}
			if (anchor && anchorX && anchorY) {
				fx[p] += (anchorX[p] - x[p]) * anchor[p];
				fy[p] += (anchorY[p] - y[p]) * anchor[p];
			}
			const len = Math.hypot(fx[p], fy[p]);
			const cap = temp * scale;
			const t = len > cap ? cap / len : 1;
			x[p] += fx[p] * t;
			y[p] += fy[p] * t;
		}
	}
}
