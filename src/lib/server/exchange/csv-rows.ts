import { ParseError, type Rejection } from './errors';
import { unprotectCell, type CsvTable } from './csv';
import { isRejection, linkRow } from './links-row';
import { personRow, rejectionFor, type LinkRow, type PersonRow } from './rows';

/** Header names are compared without case, spaces or punctuation: "E-mail" = "email". */
export const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const PEOPLE_COLUMNS = {
	name: ['naam', 'name', 'volledigenaam', 'fullname', 'label'],
	email: ['email', 'emailadres', 'mail'],
	department: ['afdeling', 'department', 'group', 'groep'],
	jobTitle: ['functie', 'jobtitle', 'function', 'functietitel'],
	phone: ['telefoon', 'telefoonnummer', 'phone', 'tel', 'telephone'],
	topics: ['onderwerpen', 'onderwerp', 'topics'],
	externalId: ['externnummer', 'externid', 'externalid', 'personeelsnummer', 'id'],
	contactPoint: ['aanspreekpunt', 'aanspreekpuntondermijning', 'contactpoint']
};

const LINK_COLUMNS = {
	from: ['van', 'from', 'persoon1', 'person1', 'source', 'bron'],
	to: ['naar', 'to', 'persoon2', 'person2', 'target', 'doel'],
	strength: ['sterkte', 'strength'],
	weight: ['gewicht', 'weight'],
	date: ['datum', 'date', 'formedon', 'sinds', 'since'],
	note: ['notitie', 'note', 'opmerking', 'toelichting']
};

function columnsOf<K extends string>(header: string[], aliases: Record<K, string[]>) {
	const names = header.map(normalise);
	const found = {} as Record<K, number | undefined>;
	for (const field of Object.keys(aliases) as K[]) {
		const index = names.findIndex((n) => aliases[field].includes(n));
		found[field] = index >= 0 ? index : undefined;
	}
	return found;
}

/** "links" when the header names two people, else "people"; the command line uses this. */
export function csvKind(table: CsvTable): 'people' | 'links' {
	const c = columnsOf(table.header, LINK_COLUMNS);
	return c.from !== undefined && c.to !== undefined ? 'links' : 'people';
}

function require(index: number | undefined, column: string): number {
	if (index === undefined) throw new ParseError(1, 'import.error.csvMissingColumn', { column });
	return index;
}

export function peopleFromCsv(table: CsvTable): { people: PersonRow[]; rejected: Rejection[] } {
	const c = columnsOf(table.header, PEOPLE_COLUMNS);
	require(c.name, 'naam');
	require(c.department, 'afdeling');
	const people: PersonRow[] = [];
	const rejected: Rejection[] = [];
	for (const row of table.rows) {
		const values: Record<string, string> = {};
		for (const [field, index] of Object.entries(c)) {
			values[field] = index === undefined ? '' : unprotectCell(row.cells[index as number]);
		}
		const result = personRow(row.line, values, null);
		if (isRejection(result)) rejected.push(result);
		else people.push(result);
	}
	return { people, rejected };
}

export function linksFromCsv(table: CsvTable): { links: LinkRow[]; rejected: Rejection[] } {
	const c = columnsOf(table.header, LINK_COLUMNS);
	const from = require(c.from, 'van');
	const to = require(c.to, 'naar');
	const cell = (cells: string[], index: number | undefined) =>
		index === undefined ? undefined : unprotectCell(cells[index]);
	const links: LinkRow[] = [];
	const rejected: Rejection[] = [];
	for (const { line, cells } of table.rows) {
		const [a, b] = [cell(cells, from)!, cell(cells, to)!];
		if (!a) rejected.push(rejectionFor(line, 'from', 'error.required'));
		else if (!b) rejected.push(rejectionFor(line, 'to', 'error.required'));
		else if (a.toLowerCase() === b.toLowerCase()) {
			rejected.push({ line, key: 'import.reject.self' });
		} else {
			const result = linkRow(
				line,
				{ value: a },
				{ value: b },
				{
					strength: cell(cells, c.strength),
					weight: cell(cells, c.weight),
					date: cell(cells, c.date),
					note: cell(cells, c.note)
				}
			);
			if (isRejection(result)) rejected.push(result);
			else links.push(result);
		}
	}
	return { links, rejected };
}
