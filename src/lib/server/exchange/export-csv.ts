import { toCsv } from './csv';
import type { DepartmentFigures, ExportData } from './export.service';

/**
 * The people as an HR list: the same columns the import reads, so a file can go out, be
 * corrected in Excel and come back. People without e-mail or external id get "nk-<id>" as
 * their number, so the links file can still name them.
 */
export function peopleCsv(data: ExportData): string {
	const header = [
		'naam',
		'e-mail',
		'afdeling',
		'functie',
		'telefoon',
		'onderwerpen',
		'extern nummer',
		'aanspreekpunt'
	];
	const rows = data.people.map((p) => [
		p.name,
		p.email ?? '',
		p.department,
		p.jobTitle,
		p.phone,
		p.topics.join(', '),
		p.externalId ?? (p.email ? '' : p.nodeId),
		p.contactPoint ? 'ja' : 'nee'
	]);
	return toCsv(header, rows);
}

/** One row per link; "van" and "naar" name people the way the import looks them up. */
export function linksCsv(data: ExportData): string {
	const byId = new Map(data.people.map((p) => [p.id, p]));
	const ref = (id: number) => {
		const p = byId.get(id)!;
		return p.email ?? p.externalId ?? p.nodeId;
	};
	const header = ['van', 'naar', 'naam van', 'naam naar', 'sterkte', 'datum', 'notitie'];
	const rows = data.links.map((l) => [
		ref(l.a),
		ref(l.b),
		byId.get(l.a)!.name,
		byId.get(l.b)!.name,
		l.strength,
		l.formedOn,
		l.note
	]);
	return toCsv(header, rows);
}

/** A department × department table: headcount, links inside, links out, and per other department. */
export function departmentsCsv(f: DepartmentFigures): string {
	const header = [
		'afdeling',
		'mensen',
		'verbindingen binnen',
		'verbindingen met andere afdelingen',
		...f.names.map((n) => `met ${n}`)
	];
	const rows = f.names.map((name, i) => [
		name,
		f.sizes[i],
		f.links[i][i],
		f.links[i].reduce((sum, v, j) => (j === i ? sum : sum + v), 0),
		...f.links[i].map((v, j) => (j === i ? '' : v))
	]);
	return toCsv(header, rows);
}
