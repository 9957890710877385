import type { StylesheetJson } from 'cytoscape';

/**
 * How the map draws people, departments, links, routes and focus. Shared by NetworkMap.svelte
 * and bench/map, so the benchmark's bare page draws exactly the same picture.
 */
export const MAP_STYLE: StylesheetJson = [
	{
		selector: 'node',
		style: {
			'background-color': 'data(color)',
			width: 'data(size)',
			height: 'data(size)',
			label: 'data(label)',
			'font-size': 10,
			'min-zoomed-font-size': 9,
			'text-valign': 'bottom',
			'text-margin-y': 2,
			'border-width': 1,
			'border-color': '#ffffff'
		}
	},
	{
		selector: 'node[kind = "department"]',
		style: {
			'font-size': 14,
			'font-weight': 'bold',
			'min-zoomed-font-size': 0,
			'text-valign': 'center'
		}
	},
	{
		selector: 'edge',
		style: {
			'curve-style': 'haystack',
			'haystack-radius': 0,
			width: 'data(width)',
			'line-color': '#9aa5b1',
			opacity: 0.55
		}
	},
	{
		selector: 'node[?isolated]',
		style: { 'border-width': 5, 'border-color': '#c00000', 'border-style': 'dashed' }
	},
	{ selector: '.hidden', style: { display: 'none' } },
	{ selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0 } },
	{
		selector: 'node.lit',
		style: {
			'border-width': 3,
			'border-color': '#111111',
			'z-index': 10,
			'min-zoomed-font-size': 0
		}
	},
	{ selector: 'edge.lit', style: { 'line-color': '#111111', opacity: 1, 'z-index': 10 } },
	{
		selector: 'node:selected',
		style: { 'border-width': 4, 'border-color': '#e00000', 'min-zoomed-font-size': 0 }
	}
];

/**
 * Large-graph options: straight "haystack" edges are in the style; while panning or zooming
 * hide edges and reuse a bitmap, and draw at device pixel ratio 1.
 */
export function viewportOptions(nodeCount: number) {
	const big = nodeCount > 1000;
	return {
		hideEdgesOnViewport: big,
		textureOnViewport: big,
		pixelRatio: big ? 1 : ('auto' as const)
	};
}
