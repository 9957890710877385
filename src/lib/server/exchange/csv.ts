import { ParseError } from './errors';

export interface CsvRow {
	/** Line of the row's first character: a quoted field may span several lines. */
	line: number;
	cells: string[];
}

export interface CsvTable {
	delimiter: string;
	header: string[];
	rows: CsvRow[];
}

const DELIMITERS = [';', ',', '\t'];

/** The separator used most in the first line (outside quotes): Dutch Excel writes ';', others ','. */
function detectDelimiter(text: string): string {
	const counts = new Map(DELIMITERS.map((d) => [d, 0]));
	let quoted = false;
	for (const c of text) {
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
	}
	let best = ',';
	for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
	return best;
}

/**
 * Reads CSV as spreadsheets write it (RFC 4180: fields in double quotes may hold separators,
 * line breaks and doubled quotes). Text after a closing quote, or a quote left open, refuses the
 * file with the line, as does a row with more filled-in fields than the header has columns.
 * Rows with only empty fields are left out (spreadsheets add them after the data).
 */
export function parseCsv(text: string): CsvTable {
	const delimiter = detectDelimiter(text);
	const records: CsvRow[] = [];
	let cells: string[] = [];
	let field = '';
	let line = 1;
	let recordLine = 1;
	let i = 0;
	const endRecord = () => {
		cells.push(field);
		if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
		cells = [];
		field = '';
	};
	while (i < text.length) {
		const c = text[i];
		if (c === '"' && field.trim() === '') {
			const openedOn = line;
			let value = '';
			i++;
			for (;;) {
				if (i >= text.length) throw new ParseError(openedOn, 'import.error.csvUnclosed');
				const q = text[i];
				if (q === '"' && text[i + 1] === '"') {
					value += '"';
					i += 2;
				} else if (q === '"') {
					i++;
					break;
				} else {
					if (q === '\n') line++;
					value += q;
					i++;
				}
			}
			// Only spaces may follow a closing quote before the separator or the line end.
			while (text[i] === ' ') i++;
			if (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
				throw new ParseError(line, 'import.error.csvQuote');
			}
			field = value;
			continue;
		}
		if (c === delimiter) {
			cells.push(field);
			field = '';
		} else if (c === '\r' || c === '\n') {
			endRecord();
			if (c === '\r' && text[i + 1] === '\n') i++;
			line++;
			recordLine = line;
		} else {
			field += c;
		}
		i++;
	}
	if (field !== '' || cells.length > 0) endRecord();
	const [head, ...rows] = records;
	if (!head) throw new ParseError(1, 'import.error.empty');
	const header = head.cells.map((h) => h.trim());
	for (const row of rows) {
		const extra = row.cells.slice(header.length);
		if (extra.some((c) => c.trim() !== '')) {
			throw new ParseError(row.line, 'import.error.csvColumns', {
				found: row.cells.length,
				expected: header.length
			});
		}
		row.cells = header.map((_, k) => (row.cells[k] ?? '').trim());
	}
	return { delimiter, header, rows };
}

// A cell starting with one of these is a formula to a spreadsheet ("CSV injection"): we write
// it with a leading apostrophe, and take that apostrophe off again when reading our own files.
const FORMULA_START = /^[=+\-@\t\r]/;

export function unprotectCell(value: string): string {
	return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function cell(value: string | number): string {
	let s = String(value);
	if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
	return /[";\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV for Dutch Excel: a UTF-8 byte-order mark, ';' between fields, CRLF between rows. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
	const lines = [header, ...rows].map((r) => r.map(cell).join(';'));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
