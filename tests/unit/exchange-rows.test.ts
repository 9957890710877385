import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/server/exchange/csv';
import { csvKind, linksFromCsv, peopleFromCsv } from '../../src/lib/server/exchange/csv-rows';
import { ParseError } from '../../src/lib/server/exchange/errors';
import type { GraphFile } from '../../src/lib/server/exchange/graph-file';
import { chooseAttributes, rowsFromGraph } from '../../src/lib/server/exchange/graph-rows';
import { freshColours } from '../../src/lib/server/exchange/plan';
import { parseDate, strengthFromWeight } from '../../src/lib/server/exchange/rows';

describe('people from CSV', () => {
	it('reads Dutch or English headers and rejects rows with their line and reason', () => {
		const table = parseCsv(
			[
				'Naam;E-mail;Afdeling;Functie;Onderwerpen;Extern nummer;Aanspreekpunt',
				'Piet Jansen;PIET@X.NL;Zorg;Adviseur;drugs, vastgoed;P1;ja',
				';anna@x.nl;Zorg;;;;',
				'Kees;geen-mail;Zorg;;;;',
				'Lies;;;;;;',
				'Joop;;Wonen;;;;misschien'
			].join('\n')
		);
		const { people, rejected } = peopleFromCsv(table);
		expect(people).toEqual([
			{
				line: 2,
				name: 'Piet Jansen',
				email: 'piet@x.nl',
				department: 'Zorg',
				jobTitle: 'Adviseur',
				phone: null,
				topics: ['drugs', 'vastgoed'],
				contactPoint: true,
				externalId: 'P1',
				nodeId: null
			}
		]);
		expect(rejected).toEqual([
			{ line: 3, field: 'employee.name', key: 'import.reject.missing', params: {} },
			{ line: 4, field: 'employee.email', key: 'error.email', params: {} },
			{ line: 5, field: 'employee.department', key: 'import.reject.missing', params: {} },
			{ line: 6, field: 'employee.contactPoint', key: 'import.reject.yesNo', params: {} }
		]);
	});

	it('refuses a file without a name or department column, naming the column', () => {
		try {
			peopleFromCsv(parseCsv('naam,email\nPiet,p@x.nl'));
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ParseError);
			expect((e as ParseError).params).toEqual({ column: 'afdeling' });
		}
	});
});

describe('links from CSV', () => {
	it('tells a links file from a people file by its header', () => {
		expect(csvKind(parseCsv('van;naar;sterkte\n'))).toBe('links');
		expect(csvKind(parseCsv('source,target,weight\n'))).toBe('links');
		expect(csvKind(parseCsv('naam;afdeling\n'))).toBe('people');
	});

	it('checks strength, date and the two people of each row', () => {
		const { links, rejected } = linksFromCsv(
			parseCsv(
				[
					'van;naar;sterkte;datum;notitie',
					'a@x.nl;E7;2;28-02-2025;van de cursus',
					'a@x.nl;b@x.nl;;;',
					'a@x.nl;b@x.nl;5;;',
					'a@x.nl;b@x.nl;1;31-02-2025;',
					'a@x.nl;A@X.NL;1;;',
					';b@x.nl;1;;',
					'a@x.nl;b@x.nl;1;2999-01-01;'
				].join('\n')
			)
		);
		expect(links).toEqual([
			{
				line: 2,
				from: { value: 'a@x.nl' },
				to: { value: 'E7' },
				strength: 2,
				formedOn: '2025-02-28',
				note: 'van de cursus'
			},
			{
				line: 3,
				from: { value: 'a@x.nl' },
				to: { value: 'b@x.nl' },
				strength: 1,
				formedOn: null,
				note: ''
			}
		]);
		expect(rejected.map((r) => [r.line, r.key])).toEqual([
			[4, 'import.reject.strength'],
			[5, 'import.reject.date'],
			[6, 'import.reject.self'],
			[7, 'import.reject.missing'],
			[8, 'import.reject.futureDate']
		]);
	});
});

describe('graph files', () => {
	const file: GraphFile = {
		nodeAttributes: ['Label', 'Group', 'job_title'],
		nodes: [
			{ line: 3, id: '1', attrs: { Label: 'Piet', Group: 'A', job_title: 'Boa' } },
			{ line: 4, id: '2', attrs: { Label: 'Anna', Group: '' } }
		],
		edges: [
			{ line: 5, source: '1', target: '2', attrs: { weight: '7' } },
			{ line: 6, source: '1', target: '1', attrs: {} }
		]
	};

	it('picks department and name attributes by the usual names, or as asked', () => {
		expect(chooseAttributes(file.nodeAttributes, {})).toMatchObject({
			department: 'Group',
			name: 'Label'
		});
		expect(chooseAttributes(file.nodeAttributes, { department: 'JOB_TITLE' }).department).toBe(
			'job_title'
		);
		expect(chooseAttributes(['x'], {})).toMatchObject({ department: null, name: null });
		expect(() => chooseAttributes(file.nodeAttributes, { name: 'naam' })).toThrow(ParseError);
	});

	it('turns nodes into people (node id as match key), edges into links; self-loops counted', () => {
		const rows = rowsFromGraph(file, chooseAttributes(file.nodeAttributes, {}));
		expect(rows.people).toMatchObject([
			{ line: 3, name: 'Piet', department: 'A', jobTitle: 'Boa', nodeId: '1', externalId: null }
		]);
		expect(rows.rejected).toEqual([
			{ line: 4, field: 'employee.department', key: 'import.reject.missing', params: {} }
		]);
		expect(rows.rejectedNodes).toEqual({ '2': 4 });
		expect(rows.links).toMatchObject([
			{ line: 5, from: { node: '1' }, to: { node: '2' }, strength: 3 }
		]);
		expect(rows.selfLoops).toBe(1);
	});
});

describe('helpers', () => {
	it('maps graph weights onto strengths 1–3', () => {
		const cases: [string | undefined, number][] = [
			[undefined, 1],
			['', 1],
			['abc', 1],
			['-4', 1],
			['0.5', 1],
			['1', 1],
			['2', 2],
			['2,4', 2],
			['2.5', 3],
			['3', 3],
			['14', 3]
		];
		for (const [raw, strength] of cases)
			expect(strengthFromWeight(raw), String(raw)).toBe(strength);
	});

	it('reads ISO and Dutch dates, and only real ones', () => {
		expect(parseDate('2025-3-7')).toBe('2025-03-07');
		expect(parseDate('7-3-2025')).toBe('2025-03-07');
		expect(parseDate('07/03/2025')).toBe('2025-03-07');
		expect(parseDate('29.02.2024')).toBe('2024-02-29');
		expect(parseDate('29-02-2025')).toBeNull();
		expect(parseDate('2025-13-01')).toBeNull();
		expect(parseDate('gisteren')).toBeNull();
	});

	it('gives new departments colours nobody uses yet, as many as asked', () => {
		const used = ['#0072B2', '#e69f00'];
		const colours = freshColours(used, 30);
		expect(colours).toHaveLength(30);
		expect(new Set(colours).size).toBe(30);
		for (const c of colours) {
			expect(c).toMatch(/^#[0-9a-f]{6}$/);
			expect(used.map((u) => u.toLowerCase())).not.toContain(c);
		}
	});
});
