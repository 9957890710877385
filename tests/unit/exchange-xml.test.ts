import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/lib/server/exchange/errors';
import { parseGexf } from '../../src/lib/server/exchange/gexf';
import { parseGraphml } from '../../src/lib/server/exchange/graphml';
import { parseXml } from '../../src/lib/server/exchange/xml';

function parseErrorOf(work: () => unknown): ParseError {
	try {
		work();
	} catch (e) {
		expect(e).toBeInstanceOf(ParseError);
		return e as ParseError;
	}
	throw new Error('expected a ParseError, nothing was thrown');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<graphml><graph edgedefault="undirected"><node id="a"><data key="d0">&lol9;</data></node></graph></graphml>`;

describe('XML safety', () => {
	it('refuses a billion-laughs file within a second, at its DOCTYPE', () => {
		const started = performance.now();
		const e = parseErrorOf(() => parseGraphml(BILLION_LAUGHS));
		expect(performance.now() - started).toBeLessThan(1000);
		expect(e.key).toBe('import.error.entities');
		expect(e.line).toBe(13);
	});

	it('refuses external entities (XXE) and parameter entities', () => {
		const xxe = `<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<graphml>&xxe;</graphml>`;
		expect(parseErrorOf(() => parseXml(xxe)).key).toBe('import.error.entities');
		const param = `<!DOCTYPE g [<!ENTITY % p SYSTEM "http://127.0.0.1/x.dtd"> %p;]><g/>`;
		expect(parseErrorOf(() => parseXml(param)).key).toBe('import.error.entities');
	});

	it('treats an undeclared entity as malformed, never as something to look up', () => {
		const e = parseErrorOf(() => parseXml('<a>\n<b>&secret;</b>\n</a>'));
		expect(e.key).toBe('import.error.xml');
		expect(e.line).toBe(2);
		expect(String(e.params.detail)).toMatch(/entity/i);
	});

	it('reads a DOCTYPE that only names a DTD, without fetching it', () => {
		const doc = parseXml(
			'<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://127.0.0.1:9/graphml.dtd">\n<graphml a="&amp;&lt;"/>'
		);
		expect(doc.name).toBe('graphml');
		expect(doc.attrs.a).toBe('&<');
	});

	it('refuses malformed XML with the line of the fault', () => {
		const e = parseErrorOf(() =>
			parseXml('<graphml>\n<graph>\n<node id="1">\n</graph>\n</graphml>')
		);
		expect(e.key).toBe('import.error.xml');
		expect(e.line).toBe(4);
	});
});

describe('parseGraphml', () => {
	const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="afdeling" attr.type="string"><default>Onbekend</default></key>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="n1"><data key="d0">Piet &amp; Co</data><data key="d1">Zorg</data></node>
    <node id="n2"><data key="d0"><![CDATA[Anna <A>]]></data></node>
    <edge source="n1" target="n2"><data key="w">2.4</data></edge>
  </graph>
</graphml>`;

	it('reads keys, defaults, data and edges, with their lines', () => {
		const file = parseGraphml(FILE);
		expect(file.nodeAttributes).toEqual(['label', 'afdeling']);
		expect(file.nodes).toEqual([
			{ line: 7, id: 'n1', attrs: { label: 'Piet & Co', afdeling: 'Zorg' } },
			{ line: 8, id: 'n2', attrs: { label: 'Anna <A>', afdeling: 'Onbekend' } }
		]);
		expect(file.edges).toEqual([{ line: 9, source: 'n1', target: 'n2', attrs: { weight: '2.4' } }]);
	});

	it('refuses a file that is not GraphML, and nodes or edges without ids', () => {
		expect(parseErrorOf(() => parseGraphml('<gexf/>')).key).toBe('import.error.notGraphml');
		const noId = parseErrorOf(() => parseGraphml('<graphml><graph>\n<node/></graph></graphml>'));
		expect([noId.line, noId.key]).toEqual([2, 'import.error.nodeId']);
		const noEnd = parseErrorOf(() =>
			parseGraphml('<graphml><graph><node id="a"/>\n\n<edge source="a"/></graph></graphml>')
		);
		expect([noEnd.line, noEnd.key]).toEqual([3, 'import.error.edgeEnds']);
	});
});

describe('parseGexf', () => {
	it('reads labels, attvalues (1.2 "for" and 1.1 "id") and weights', () => {
		const file = parseGexf(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="department" type="string"/></attributes>
    <nodes>
      <node id="a" label="Piet"><attvalues><attvalue for="0" value="Zorg"/></attvalues><viz:position x="1" y="2"/></node>
      <node id="b" label="Anna"><attvalues><attvalue id="0" value="Wonen"/></attvalues></node>
    </nodes>
    <edges><edge id="e" source="a" target="b" weight="3"/></edges>
  </graph>
</gexf>`);
		expect(file.nodeAttributes).toEqual(['label', 'department']);
		expect(file.nodes.map((n) => [n.line, n.id, n.attrs])).toEqual([
			[6, 'a', { label: 'Piet', department: 'Zorg' }],
			[7, 'b', { label: 'Anna', department: 'Wonen' }]
		]);
		expect(file.edges).toEqual([{ line: 9, source: 'a', target: 'b', attrs: { weight: '3' } }]);
	});

	it('refuses a GraphML file offered as GEXF', () => {
		expect(parseErrorOf(() => parseGexf('<graphml/>')).key).toBe('import.error.notGexf');
	});
});
