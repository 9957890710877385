/**
 * The department × department matrix behind the heat map and its table: every pair, zeros
 * included, with a colour class from the density. Pure, so it is unit-tested without a DOM.
 */
import type { DepartmentFigures, DepartmentLinks } from '$lib/server/insights/insights.types';

export interface HeatCell {
	row: number;
	col: number;
	links: number;
	density: number;
	/** Inside one department: not on the between-departments scale. */
	inside: boolean;
	/** 0 = no links; 1–5 = fifths of the highest density between departments. */
	level: number;
}

export const LEVELS = 5;
/**
 * Beyond this many departments a G × G grid is neither readable nor light (200 departments make
 * 40,000 cells, twice with the table): the page then shows the pairs with links as a list.
 */
export const HEATMAP_MAX = 60;

export function heatmapCells(
	departments: readonly DepartmentFigures[],
	between: readonly DepartmentLinks[]
): { cells: HeatCell[][]; maxBetween: number } {
	const index = new Map(departments.map((d, i) => [d.name, i]));
	const G = departments.length;
	const links = new Float64Array(G * G);
	const density = new Float64Array(G * G);
	for (const pair of between) {
		const a = index.get(pair.a);
		const b = index.get(pair.b);
		if (a === undefined || b === undefined) continue;
		links[a * G + b] = links[b * G + a] = pair.links;
		density[a * G + b] = density[b * G + a] = pair.density;
	}
	// Inside a department links are far denser than between two; one scale would wash out the
	// between-department cells, which are what the map is for.
	const maxBetween = between.reduce((max, pair) => Math.max(max, pair.density), 0);
	const level = (d: number, n: number) =>
		n === 0 || maxBetween === 0 ? 0 : Math.max(1, Math.ceil((d / maxBetween) * LEVELS));
	const cells = departments.map((row, r) =>
		departments.map((_, c): HeatCell => {
			if (r === c) {
				return {
					row: r,
					col: c,
					links: row.internal,
					density: row.density,
					inside: true,
					level: 0
				};
			}
			const n = links[r * G + c];
			const d = density[r * G + c];
			return { row: r, col: c, links: n, density: d, inside: false, level: level(d, n) };
		})
	);
	return { cells, maxBetween };
}
