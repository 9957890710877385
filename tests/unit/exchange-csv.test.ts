import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, unprotectCell } from '../../src/lib/server/exchange/csv';
import { ParseError } from '../../src/lib/server/exchange/errors';
import { decodeText } from '../../src/lib/server/exchange/text';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The ParseError `work` throws (the test fails when it throws nothing or something else). */
function parseErrorOf(work: () => unknown): ParseError {
	try {
		work();
	} catch (e) {
		expect(e).toBeInstanceOf(ParseError);
		return e as ParseError;
	}
	throw new Error('expected a ParseError, nothing was thrown');
}

describe('parseCsv', () => {
	it('reads a Dutch Excel export: BOM, semicolons, CRLF, quoted fields', () => {
		const bytes = utf8(
			'\uFEFFnaam;e-mail;afdeling\r\n"Jansen; Piet";piet@x.nl;"Zorg ""en"" welzijn"\r\nAnna;;Burgerzaken\r\n'
		);
		const table = parseCsv(decodeText(bytes, 'csv'));
		expect(table.delimiter).toBe(';');
		expect(table.header).toEqual(['naam', 'e-mail', 'afdeling']);
		expect(table.rows).toEqual([
			{ line: 2, cells: ['Jansen; Piet', 'piet@x.nl', 'Zorg "en" welzijn'] },
			{ line: 3, cells: ['Anna', '', 'Burgerzaken'] }
		]);
	});

	it('detects commas, and keeps line numbers right after a field with line breaks', () => {
		const table = parseCsv('name,note\n"Piet","two\nlines"\n\nAnna,x\n');
		expect(table.delimiter).toBe(',');
		expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
			[2, 'Piet'],
			[5, 'Anna']
		]);
		expect(table.rows[0].cells[1]).toBe('two\nlines');
	});

	it('skips rows with only empty fields and pads short rows', () => {
		const table = parseCsv('a;b;c\n;;\n1;2\n');
		expect(table.rows).toEqual([{ line: 3, cells: ['1', '2', ''] }]);
	});

	it('refuses a quote that is never closed, with the line it opened on', () => {
		const e = parseErrorOf(() => parseCsv('a;b\n1;2\n3;"open\n4;5\n'));
		expect(e.line).toBe(3);
		expect(e.key).toBe('import.error.csvUnclosed');
	});

	it('refuses text after a closing quote, with its line', () => {
		const e = parseErrorOf(() => parseCsv('a;b\n1;2\n"x"y;2\n'));
		expect([e.line, e.key]).toEqual([3, 'import.error.csvQuote']);
	});

	it('refuses a row with more filled-in fields than the header', () => {
		const e = parseErrorOf(() => parseCsv('a;b\n1;2\n1;2;3\n'));
		expect(e.line).toBe(3);
		expect(e.params).toEqual({ found: 3, expected: 2 });
		// Trailing empty fields are what spreadsheets add: not an error.
		expect(parseCsv('a;b\n1;2;;\n').rows[0].cells).toEqual(['1', '2']);
	});

	it('refuses an empty file', () => {
		expect(parseErrorOf(() => decodeText(new Uint8Array(), 'csv')).key).toBe('import.error.empty');
		expect(parseErrorOf(() => parseCsv('\n\n')).key).toBe('import.error.empty');
	});
});

describe('decodeText', () => {
	it('reads CSV from old Dutch Excel (Windows-1252) and "Unicode text" (UTF-16)', () => {
		expect(decodeText(new Uint8Array([0x4a, 0xe9, 0x72, 0xf4, 0x6d, 0x65]), 'csv')).toBe('Jérôme');
		const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0xe9, 0x00]);
		expect(decodeText(utf16, 'csv')).toBe('a\té');
	});

	it('refuses XML that is not UTF-8, with the line of the first bad byte', () => {
		const bytes = new Uint8Array([...utf8('<a>\n<b>\n'), 0xe9, ...utf8('</b></a>')]);
		const e = parseErrorOf(() => decodeText(bytes, 'xml'));
		expect([e.line, e.key]).toEqual([3, 'import.error.encoding']);
	});
});

describe('toCsv', () => {
	it('writes what parseCsv reads back, with BOM and semicolons for Dutch Excel', () => {
		const rows = [
			['Piet "PJ" Jansen', 'a;b', 'two\nlines'],
			['=SUM(A1)', '+31 6 1234', 3]
		];
		const text = toCsv(['x', 'y', 'z'], rows);
		expect(text.startsWith('\uFEFFx;y;z\r\n')).toBe(true);
		const back = parseCsv(decodeText(utf8(text), 'csv'));
		expect(back.rows.map((r) => r.cells.map(unprotectCell))).toEqual(
			rows.map((r) => r.map(String))
		);
	});

	it('neutralises cells a spreadsheet would run as a formula', () => {
		const text = toCsv(['a'], [['=HYPERLINK("http://evil")'], ['@cmd'], ['-2+3']]);
		const cells = parseCsv(text.slice(1)).rows.map((r) => r.cells[0]);
		expect(cells).toEqual([`'=HYPERLINK("http://evil")`, "'@cmd", "'-2+3"]);
	});
});
