import { ParseError } from './errors';
import { withDefaults, type Declared, type GraphEdge, type GraphFile } from './graph-file';
import { childrenNamed, descendantsNamed, parseXml, type XmlElement } from './xml';

function declared(graph: XmlElement, target: 'node' | 'edge'): Map<string, Declared> {
	const out = new Map<string, Declared>();
	for (const block of childrenNamed(graph, 'attributes')) {
		if (block.attrs.class !== target) continue;
		for (const a of childrenNamed(block, 'attribute')) {
			if (!a.attrs.id) throw new ParseError(a.line, 'import.error.keyId');
			const fallback = childrenNamed(a, 'default')[0];
			out.set(a.attrs.id, {
				id: a.attrs.id,
				name: a.attrs.title || a.attrs.id,
				default: fallback ? fallback.text.trim() : undefined
			});
		}
	}
	return out;
}

/** attvalues of an element; GEXF 1.1 names the attribute with `id`, later versions with `for`. */
function attvalues(element: XmlElement): [string, string][] {
	return childrenNamed(element, 'attvalues').flatMap((block) =>
		childrenNamed(block, 'attvalue').map((v): [string, string] => [
			v.attrs.for ?? v.attrs.id ?? '',
			v.attrs.value ?? ''
		])
	);
}

/**
 * GEXF (1.1 to 1.3) as Gephi writes it. A node's `label` is offered as the attribute "label",
 * an edge's `weight` as "weight", next to the declared attributes (by their title).
 */
export function parseGexf(text: string): GraphFile {
	const doc = parseXml(text);
	if (doc.name !== 'gexf') throw new ParseError(doc.line, 'import.error.notGexf');
	const graph = childrenNamed(doc, 'graph')[0];
	if (!graph) throw new ParseError(doc.line, 'import.error.noGraph');
	const nodeAttrs = declared(graph, 'node');
	const edgeAttrs = declared(graph, 'edge');
	const nodeElements = descendantsNamed(graph, 'node');
	const nodes = nodeElements.map((node) => {
		if (!node.attrs.id) throw new ParseError(node.line, 'import.error.nodeId');
		const own: [string, string][] = node.attrs.label ? [['label', node.attrs.label]] : [];
		return {
			line: node.line,
			id: node.attrs.id,
			attrs: withDefaults(nodeAttrs, [...own, ...attvalues(node)])
		};
	});
	const edges: GraphEdge[] = descendantsNamed(graph, 'edge').map((edge) => {
		const { source, target, weight } = edge.attrs;
		if (!source || !target) throw new ParseError(edge.line, 'import.error.edgeEnds');
		const own: [string, string][] = weight ? [['weight', weight]] : [];
		return {
			line: edge.line,
			source,
			target,
			attrs: withDefaults(edgeAttrs, [...own, ...attvalues(edge)])
		};
	});
	const hasLabel = nodeElements.some((n) => n.attrs.label);
	const names = [...nodeAttrs.values()].map((a) => a.name);
	return { nodeAttributes: [...new Set([...(hasLabel ? ['label'] : []), ...names])], nodes, edges };
}
