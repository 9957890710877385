/** A network file (GraphML or GEXF) read into plain nodes and edges, before any matching. */
export interface GraphNode {
	line: number;
	id: string;
	/** Attribute name → value, as the file names them ("label", "group", "afdeling", …). */
	attrs: Record<string, string>;
}

export interface GraphEdge {
	line: number;
	source: string;
	target: string;
	attrs: Record<string, string>;
}

export interface GraphFile {
	/** Node attribute names found in the file, in the order declared: offered to choose from. */
	nodeAttributes: string[];
	nodes: GraphNode[];
	edges: GraphEdge[];
}

export interface Declared {
	id: string;
	name: string;
	default?: string;
}

/** Values per attribute name from `id → value` pairs, with the declared defaults filled in. */
export function withDefaults(
	declared: Map<string, Declared>,
	values: Iterable<[string, string]>
): Record<string, string> {
	const attrs: Record<string, string> = {};
	for (const d of declared.values()) if (d.default !== undefined) attrs[d.name] = d.default;
	for (const [id, value] of values) attrs[declared.get(id)?.name ?? id] = value.trim();
	return attrs;
}
