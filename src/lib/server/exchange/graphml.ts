import { ParseError } from './errors';
import { withDefaults, type Declared, type GraphEdge, type GraphFile } from './graph-file';
import { childrenNamed, descendantsNamed, parseXml, type XmlElement } from './xml';

function keysFor(doc: XmlElement, target: 'node' | 'edge'): Map<string, Declared> {
	const keys = new Map<string, Declared>();
	for (const key of childrenNamed(doc, 'key')) {
		const scope = key.attrs.for ?? 'all';
		if (scope !== target && scope !== 'all') continue;
		const id = key.attrs.id;
		if (!id) throw new ParseError(key.line, 'import.error.keyId');
		const fallback = childrenNamed(key, 'default')[0];
		keys.set(id, {
			id,
			name: key.attrs['attr.name'] || id,
			default: fallback ? fallback.text.trim() : undefined
		});
	}
	return keys;
}

function dataOf(element: XmlElement): [string, string][] {
	return childrenNamed(element, 'data').map((d) => [d.attrs.key ?? '', d.text]);
}

/**
 * GraphML as Gephi, Cytoscape desktop, yEd and networkx write it: `<key>` declarations give
 * the attribute names, `<data>` their values. Nodes of nested graphs count as nodes too;
 * hyperedges and ports are left out. A node without id or an edge without both ends makes
 * the file malformed.
 */
export function parseGraphml(text: string): GraphFile {
	const doc = parseXml(text);
	if (doc.name !== 'graphml') throw new ParseError(doc.line, 'import.error.notGraphml');
	const graph = childrenNamed(doc, 'graph')[0];
	if (!graph) throw new ParseError(doc.line, 'import.error.noGraph');
	const nodeKeys = keysFor(doc, 'node');
	const edgeKeys = keysFor(doc, 'edge');
	const nodes = descendantsNamed(graph, 'node').map((node) => {
		if (!node.attrs.id) throw new ParseError(node.line, 'import.error.nodeId');
		return { line: node.line, id: node.attrs.id, attrs: withDefaults(nodeKeys, dataOf(node)) };
	});
	const edges: GraphEdge[] = descendantsNamed(graph, 'edge').map((edge) => {
		const { source, target } = edge.attrs;
		if (!source || !target) throw new ParseError(edge.line, 'import.error.edgeEnds');
		return { line: edge.line, source, target, attrs: withDefaults(edgeKeys, dataOf(edge)) };
	});
	const nodeAttributes = [...new Set([...nodeKeys.values()].map((k) => k.name))];
	return { nodeAttributes, nodes, edges };
}
