/** What the map page hands to the Cytoscape wrapper: plain data, positions already computed. */
export interface MapNode {
	id: string;
	label: string;
	color: string;
	/** Department id, for showing and hiding departments. */
	group: string;
	size: number;
	x: number;
	y: number;
	kind?: 'person' | 'department';
	/** Drawn with a warning border: a department with no link to any other. */
	isolated?: boolean;
}

export interface MapEdge {
	id: string;
	source: string;
	target: string;
	width: number;
}

export interface MapHighlight {
	/** Nodes and edges drawn on top, the rest dimmed (a route, a focus, a search hit). */
	nodes: Set<string>;
	edges: Set<string>;
}
