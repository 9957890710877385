import type { ExportData } from './export.service';

// Characters XML 1.0 does not allow at all; a name typed with one would break the file.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlEscape(value: string | number): string {
	return String(value)
		.replace(INVALID_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const NODE_KEYS = [
	['label', 'string'],
	['department', 'string'],
	['job_title', 'string'],
	['x', 'double'],
	['y', 'double']
] as const;
const EDGE_KEYS = [
	['weight', 'double'],
	['strength', 'int'],
	['date', 'string']
] as const;

/**
 * GraphML that Gephi, Cytoscape desktop, yEd and networkx read: declared keys, undirected
 * edges, weight = strength. Only what an analysis needs: no e-mail, phone, notes or the
 * contact-point flag (those stay in the CSV files for the beheerder).
 */
export function toGraphml(data: ExportData): string {
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
	];
	for (const [name, type] of NODE_KEYS) {
		out.push(`  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
	}
	for (const [name, type] of EDGE_KEYS) {
		out.push(`  <key id="${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
	}
	out.push('  <graph id="netwerkkaart" edgedefault="undirected">');
	for (const p of data.people) {
		const values = [p.name, p.department, p.jobTitle, p.x, p.y];
		const cells = NODE_KEYS.map(([key], i) => `<data key="${key}">${xmlEscape(values[i])}</data>`);
		out.push(`    <node id="${xmlEscape(p.nodeId)}">${cells.join('')}</node>`);
	}
	data.links.forEach((l, i) => {
		const [source, target] = [data.nodeIds.get(l.a)!, data.nodeIds.get(l.b)!];
		out.push(
			`    <edge id="e${i + 1}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">` +
				`<data key="weight">${l.strength}</data><data key="strength">${l.strength}</data>` +
				`<data key="date">${xmlEscape(l.formedOn)}</data></edge>`
		);
	});
	out.push('  </graph>', '</graphml>', '');
	return out.join('\n');
}

function rgb(hex: string): string {
	const n = parseInt(hex.slice(1), 16);
	return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

/** GEXF 1.3 for Gephi: department as a node attribute, map positions and department colours. */
export function toGexf(data: ExportData, date: string): string {
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
		`  <meta lastmodifieddate="${date}"><creator>Netwerkkaart</creator></meta>`,
		'  <graph defaultedgetype="undirected" mode="static">',
		'    <attributes class="node" mode="static">',
		'      <attribute id="department" title="department" type="string"/>',
		'      <attribute id="job_title" title="job_title" type="string"/>',
		'    </attributes>',
		'    <attributes class="edge" mode="static">',
		'      <attribute id="strength" title="strength" type="integer"/>',
		'      <attribute id="date" title="date" type="string"/>',
		'    </attributes>',
		'    <nodes>'
	];
	for (const p of data.people) {
		out.push(
			`      <node id="${xmlEscape(p.nodeId)}" label="${xmlEscape(p.name)}"><attvalues>` +
				`<attvalue for="department" value="${xmlEscape(p.department)}"/>` +
				`<attvalue for="job_title" value="${xmlEscape(p.jobTitle)}"/></attvalues>` +
				`<viz:position x="${p.x}" y="${p.y}" z="0"/><viz:color ${rgb(p.color)}/></node>`
		);
	}
	out.push('    </nodes>', '    <edges>');
	data.links.forEach((l, i) => {
		const [source, target] = [data.nodeIds.get(l.a)!, data.nodeIds.get(l.b)!];
		out.push(
			`      <edge id="e${i + 1}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" weight="${l.strength}">` +
				`<attvalues><attvalue for="strength" value="${l.strength}"/>` +
				`<attvalue for="date" value="${xmlEscape(l.formedOn)}"/></attvalues></edge>`
		);
	});
	out.push('    </edges>', '  </graph>', '</gexf>', '');
	return out.join('\n');
}

/** Cytoscape's own JSON (.cyjs): elements with positions; Cytoscape desktop and cytoscape.js read it. */
export function toCytoscapeJson(data: ExportData): string {
	return JSON.stringify({
		format_version: '1.0',
		generated_by: 'Netwerkkaart',
		target_cytoscapejs_version: '~3.35',
		data: { name: 'Netwerkkaart' },
		elements: {
			nodes: data.people.map((p) => ({
				// `name` is the column Cytoscape desktop labels nodes with.
				data: {
					id: p.nodeId,
					label: p.name,
					name: p.name,
					department: p.department,
					color: p.color
				},
				position: { x: p.x, y: p.y }
			})),
			edges: data.links.map((l, i) => ({
				data: {
					id: `e${i + 1}`,
					source: data.nodeIds.get(l.a),
					target: data.nodeIds.get(l.b),
					weight: l.strength
				}
			}))
		}
	});
}
