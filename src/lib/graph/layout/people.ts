import { GOLDEN_ANGLE, SUNFLOWER } from './departments';
import type { LayoutState } from './types';

/**
 * First placement of people inside their department's disc on a sunflower spiral (even spacing
 * at any headcount). People with few outside links take the inner slots; in each ring of slots,
 * people with outside links take the slot facing the departments they link to.
 */

/** Summed unit vectors from a person's department centre towards the departments they link to. */
export function outwardPull(state: LayoutState): {
	vx: Float64Array;
	vy: Float64Array;
	crossWeight: Float64Array;
} {
	const { n, group, offsets, targets, weights, cx, cy } = state;
	const vx = new Float64Array(n);
	const vy = new Float64Array(n);
	const crossWeight = new Float64Array(n);
	for (let p = 0; p < n; p++) {
		const g = group[p];
		for (let e = offsets[p]; e < offsets[p + 1]; e++) {
			const h = group[targets[e]];
			if (h === g) continue;
			const dx = cx[h] - cx[g];
			const dy = cy[h] - cy[g];
			const d = Math.hypot(dx, dy) || 1;
			vx[p] += (weights[e] * dx) / d;
			vy[p] += (weights[e] * dy) / d;
			crossWeight[p] += weights[e];
		}
	}
	// People without outside links lean half-way towards where their colleagues lean, so a team's
	// inner ring already sits on the side of its outward-looking members.
	const ix = new Float64Array(n);
	const iy = new Float64Array(n);
	for (let p = 0; p < n; p++) {
		if (crossWeight[p] > 0) continue;
		let count = 0;
		for (let e = offsets[p]; e < offsets[p + 1]; e++) {
			const q = targets[e];
			if (group[q] !== group[p]) continue;
			ix[p] += vx[q];
			iy[p] += vy[q];
			count++;
		}
		if (count > 0) {
			ix[p] *= 0.5 / count;
			iy[p] *= 0.5 / count;
		}
	}
	for (let p = 0; p < n; p++) {
		if (crossWeight[p] > 0) continue;
		vx[p] = ix[p];
		vy[p] = iy[p];
	}
	return { vx, vy, crossWeight };
}

export function placePeople(state: LayoutState, rng: () => number): void {
	const { s, offsets, targets, group, rank, groupOrder, members, x, y, cx, cy } = state;
	const { vx, vy, crossWeight } = outwardPull(state);
	const inner = new Int32Array(state.n);
	for (let p = 0; p < state.n; p++) {
		for (let e = offsets[p]; e < offsets[p + 1]; e++)
			if (group[targets[e]] === group[p]) inner[p]++;
	}
	const c = s * SUNFLOWER;
	for (const g of groupOrder) {
		// Inside out: people who only know colleagues first, the best-connected of them centremost.
		const list = Array.from(members[g]).sort(
			(a, b) => crossWeight[a] - crossWeight[b] || inner[b] - inner[a] || rank[a] - rank[b]
		);
		const turn = rng() * 2 * Math.PI;
		for (let start = 0; start < list.length;) {
			const ring = Math.max(6, Math.round((2 * Math.PI * c * Math.sqrt(start + 0.5)) / s));
			const end = Math.min(list.length, start + ring);
			const band = list.slice(start, end);
			const slots: number[] = [];
			for (let k = start; k < end; k++) slots.push(k);
			const strength = (p: number) => Math.hypot(vx[p], vy[p]);
			band.sort((a, b) => strength(b) - strength(a) || rank[a] - rank[b]);
			for (const p of band) {
				let pick = 0;
				if (strength(p) > 1e-9) {
					const want = Math.atan2(vy[p], vx[p]);
					let best = Infinity;
					slots.forEach((k, i) => {
						const off = Math.abs(wrap(k * GOLDEN_ANGLE + turn - want));
						if (off < best) {
							best = off;
							pick = i;
						}
					});
				}
				const k = slots.splice(pick, 1)[0];
				const radius = c * Math.sqrt(k + 0.5);
				x[p] = cx[g] + radius * Math.cos(k * GOLDEN_ANGLE + turn);
				y[p] = cy[g] + radius * Math.sin(k * GOLDEN_ANGLE + turn);
			}
			start = end;
		}
	}
}

/** Angle folded into (−π, π]. */
function wrap(a: number): number {
	const t = (a + Math.PI) % (2 * Math.PI);
	return (t < 0 ? t + 2 * Math.PI : t) - Math.PI;
}
