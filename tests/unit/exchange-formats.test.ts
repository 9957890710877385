import { describe, expect, it } from 'vitest';
import { parseCsv, unprotectCell } from '../../src/lib/server/exchange/csv';
import { departmentsCsv, linksCsv, peopleCsv } from '../../src/lib/server/exchange/export-csv';
import { toCytoscapeJson, toGexf, toGraphml } from '../../src/lib/server/exchange/export-graph';
import type { ExportData, ExportPerson } from '../../src/lib/server/exchange/export.service';
import { parseGexf } from '../../src/lib/server/exchange/gexf';
import { parseGraphml } from '../../src/lib/server/exchange/graphml';
import { childrenNamed, parseXml } from '../../src/lib/server/exchange/xml';

function person(id: number, over: Partial<ExportPerson> = {}): ExportPerson {
	return {
		id,
		nodeId: `E${id}`,
		name: `Persoon ${id}`,
		email: `p${id}@x.nl`,
		phone: '',
		jobTitle: 'Boa',
		externalId: `E${id}`,
		contactPoint: false,
		department: 'Zorg',
		color: '#0072b2',
		topics: [],
		x: id * 10.5,
		y: -id,
		...over
	};
}

const people = [
	person(1, { name: 'Piet "PJ" <Jansen> & Zn\u0007', department: 'Wonen & Werk' }),
	person(2, { email: null, externalId: null, nodeId: 'nk-2', topics: ['drugs', 'horeca'] }),
	person(3)
];
const DATA: ExportData = {
	people,
	links: [
		{ a: 1, b: 2, strength: 3, formedOn: '2025-01-02', note: 'collega’s; "oud"' },
		{ a: 2, b: 3, strength: 1, formedOn: '2025-03-04', note: '' }
	],
	nodeIds: new Map(people.map((p) => [p.id, p.nodeId]))
};

describe('GraphML export', () => {
	it('is GraphML a reader accepts: declared keys, undirected, every node and edge', () => {
		const text = toGraphml(DATA);
		const doc = parseXml(text);
		expect(doc.name).toBe('graphml');
		expect(doc.attrs.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
		const keys = childrenNamed(doc, 'key').map((k) => `${k.attrs.for}:${k.attrs['attr.name']}`);
		expect(keys).toEqual(
			expect.arrayContaining([
				'node:label',
				'node:department',
				'node:x',
				'node:y',
				'edge:weight',
				'edge:strength'
			])
		);
		const [graph] = childrenNamed(doc, 'graph');
		expect(graph.attrs.edgedefault).toBe('undirected');
		const file = parseGraphml(text);
		expect(file.nodes.map((n) => n.id)).toEqual(['E1', 'nk-2', 'E3']);
		expect(file.nodes[0].attrs).toMatchObject({
			label: 'Piet "PJ" <Jansen> & Zn',
			department: 'Wonen & Werk',
			x: '10.5',
			y: '-1'
		});
		expect(file.edges.map((e) => [e.source, e.target, e.attrs.weight, e.attrs.strength])).toEqual([
			['E1', 'nk-2', '3', '3'],
			['nk-2', 'E3', '1', '1']
		]);
		// No contact details or notes in a file meant for analysis.
		expect(text).not.toContain('@x.nl');
		expect(text).not.toContain('oud');
	});
});

describe('GEXF export', () => {
	it('is GEXF 1.3 with department attvalues, positions and weights', () => {
		const text = toGexf(DATA, '2026-11-28');
		const doc = parseXml(text);
		expect([doc.name, doc.attrs.version]).toEqual(['gexf', '1.3']);
		expect(childrenNamed(doc, 'graph')[0].attrs.defaultedgetype).toBe('undirected');
		const file = parseGexf(text);
		expect(file.nodes[0].attrs).toMatchObject({
			label: 'Piet "PJ" <Jansen> & Zn',
			department: 'Wonen & Werk'
		});
		expect(file.edges.map((e) => e.attrs.weight)).toEqual(['3', '1']);
		expect(text).toContain('<viz:position x="10.5" y="-1" z="0"/>');
		expect(text).toContain('<viz:color r="0" g="114" b="178"/>');
	});
});

describe('Cytoscape JSON export', () => {
	it('holds the elements with positions and weights', () => {
		const json = JSON.parse(toCytoscapeJson(DATA));
		expect(json.elements.nodes[1]).toEqual({
			data: {
				id: 'nk-2',
				label: 'Persoon 2',
				name: 'Persoon 2',
				department: 'Zorg',
				color: '#0072b2'
			},
			position: { x: 21, y: -2 }
		});
		expect(json.elements.edges[0].data).toEqual({
			id: 'e1',
			source: 'E1',
			target: 'nk-2',
			weight: 3
		});
	});
});

describe('CSV exports', () => {
	it('writes people and links with the columns the import reads', () => {
		const persons = parseCsv(peopleCsv(DATA).slice(1));
		expect(persons.delimiter).toBe(';');
		expect(persons.header.slice(0, 3)).toEqual(['naam', 'e-mail', 'afdeling']);
		// Someone without e-mail or number gets one, so the links file can name them.
		expect(persons.rows[1].cells.slice(5, 7)).toEqual(['drugs, horeca', 'nk-2']);
		const links = parseCsv(linksCsv(DATA).slice(1));
		expect(links.rows.map((r) => r.cells.slice(0, 2))).toEqual([
			['p1@x.nl', 'nk-2'],
			['nk-2', 'p3@x.nl']
		]);
		expect(unprotectCell(links.rows[0].cells[6])).toBe('collega’s; "oud"');
	});

	it('writes department figures without names of people', () => {
		const text = departmentsCsv({
			names: ['A', 'B', 'C'],
			sizes: [3, 2, 1],
			links: [
				[2, 1, 0],
				[1, 0, 4],
				[0, 4, 0]
			]
		});
		const table = parseCsv(text.slice(1));
		expect(table.header).toEqual([
			'afdeling',
			'mensen',
			'verbindingen binnen',
			'verbindingen met andere afdelingen',
			'met A',
			'met B',
			'met C'
		]);
		expect(table.rows.map((r) => r.cells)).toEqual([
			['A', '3', '2', '1', '', '1', '0'],
			['B', '2', '0', '5', '1', '', '4'],
			['C', '1', '0', '4', '0', '4', '']
		]);
	});
});
