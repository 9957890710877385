import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * The markdown table between `<!-- name:start -->` and `<!-- name:end -->` in a doc, as its
 * header and rows of trimmed cells. Docs that tests read this way stay the single source.
 */
export function docTable(file: string, name: string): { header: string[]; rows: string[][] } {
	const doc = fs.readFileSync(path.join(root, file), 'utf8');
	const start = doc.indexOf(`<!-- ${name}:start -->`);
	const end = doc.indexOf(`<!-- ${name}:end -->`);
	if (start < 0 || end < start) throw new Error(`No ${name} table in ${file}`);
	const [header, ...rows] = doc
		.slice(start, end)
		.split('\n')
		.filter((line) => line.trim().startsWith('|'))
		.map((line) =>
			line
				.trim()
				.replace(/^\||\|$/g, '')
				.split('|')
				.map((cell) => cell.trim())
		)
		.filter((cells) => !cells.every((cell) => /^:?-+:?$/.test(cell)));
	return { header, rows };
}

/** The same table as one record per row, keyed by the header cells. */
export function docTableRecords(file: string, name: string): Record<string, string>[] {
	const { header, rows } = docTable(file, name);
	return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}
