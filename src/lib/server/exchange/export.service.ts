import type { DB } from '../db';
import { today } from '../clock';
import { activeNetwork } from '../network/network.queries';
import { mapData } from '../network/map.service';
import { departmentsCsv, linksCsv, peopleCsv } from './export-csv';
import { toCytoscapeJson, toGexf, toGraphml } from './export-graph';

export interface ExportPerson {
	id: number;
	/** The id in graph files: the external id when there is one, so a re-import matches. */
	nodeId: string;
	name: string;
	email: string | null;
	phone: string;
	jobTitle: string;
	externalId: string | null;
	contactPoint: boolean;
	department: string;
	color: string;
	topics: string[];
	x: number;
	y: number;
}

export interface ExportLink {
	a: number;
	b: number;
	strength: number;
	formedOn: string;
	note: string;
}

export interface ExportData {
	people: ExportPerson[];
	links: ExportLink[];
	/** Person id → node id, for edges. */
	nodeIds: Map<number, string>;
}

/**
 * The active network as the map shows it (people who left are history and stay out), with the
 * map's positions, so Gephi and Cytoscape open it looking like the map.
 */
export async function exportData(db: DB): Promise<ExportData> {
	const map = await mapData(db);
	const [details, links, topics] = await Promise.all([
		db.selectFrom('employee').select(['id', 'email', 'phone', 'external_id']).execute(),
		db
			.selectFrom('link')
			.innerJoin('employee as ea', 'ea.id', 'link.employee_a_id')
			.innerJoin('employee as eb', 'eb.id', 'link.employee_b_id')
			.select([
				'link.employee_a_id as a',
				'link.employee_b_id as b',
				'link.strength',
				'link.formed_on as formedOn',
				'link.note'
			])
			.where('ea.left_on', 'is', null)
			.where('eb.left_on', 'is', null)
			.orderBy('link.id')
			.execute(),
		db
			.selectFrom('employee_topic')
			.innerJoin('topic', 'topic.id', 'employee_topic.topic_id')
			.select(['employee_topic.employee_id as id', 'topic.name'])
			.orderBy('topic.name')
			.execute()
	]);
	const detail = new Map(details.map((d) => [d.id, d]));
	const departments = new Map(map.departments.map((d) => [d.id, d]));
	const topicsOf = new Map<number, string[]>();
	for (const t of topics) topicsOf.set(t.id, [...(topicsOf.get(t.id) ?? []), t.name]);
	const nodeIds = new Map<number, string>();
	const used = new Set<string>();
	const people = map.people.map((p): ExportPerson => {
		const d = detail.get(p.id)!;
		// An external id that collides with another's generated id falls back to our own id.
		let nodeId = d.external_id ?? `nk-${p.id}`;
		if (used.has(nodeId)) nodeId = `nk-${p.id}`;
		used.add(nodeId);
		nodeIds.set(p.id, nodeId);
		const department = departments.get(p.departmentId)!;
		return {
			id: p.id,
			nodeId,
			name: p.name,
			email: d.email,
			phone: d.phone,
			jobTitle: p.jobTitle,
			externalId: d.external_id,
			contactPoint: p.contactPoint,
			department: department.name,
			color: department.color,
			topics: topicsOf.get(p.id) ?? [],
			x: p.x,
			y: p.y
		};
	});
	return { people, links, nodeIds };
}

export interface DepartmentFigures {
	names: string[];
	sizes: number[];
	/** links[i][j]: links between department i and j (i = j: inside). */
	links: number[][];
}

/** Aggregates only (for managers): headcounts and links within and between departments. */
export async function departmentFigures(db: DB): Promise<DepartmentFigures> {
	const network = await activeNetwork(db);
	const index = new Map(network.departments.map((d, i) => [d.id, i]));
	const n = network.departments.length;
	const sizes = new Array<number>(n).fill(0);
	const links = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	const of = new Map(network.people.map((p) => [p.id, index.get(p.departmentId)!]));
	for (const p of network.people) sizes[of.get(p.id)!]++;
	for (const l of network.links) {
		const [i, j] = [of.get(l.a)!, of.get(l.b)!];
		links[i][j]++;
		if (i !== j) links[j][i]++;
	}
	return { names: network.departments.map((d) => d.name), sizes, links };
}

export const EXPORT_FORMATS = {
	personen: { extension: 'csv', type: 'text/csv; charset=utf-8' },
	verbindingen: { extension: 'csv', type: 'text/csv; charset=utf-8' },
	afdelingen: { extension: 'csv', type: 'text/csv; charset=utf-8' },
	graphml: { extension: 'graphml', type: 'application/graphml+xml; charset=utf-8' },
	gexf: { extension: 'gexf', type: 'application/gexf+xml; charset=utf-8' },
	cytoscape: { extension: 'json', type: 'application/json; charset=utf-8' }
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** netwerkkaart-personen-2026-11-28.csv, netwerkkaart-2026-11-28.graphml, … */
export function exportFileName(format: ExportFormat): string {
	const { extension } = EXPORT_FORMATS[format];
	const what = extension === 'csv' || format === 'cytoscape' ? `${format}-` : '';
	return `netwerkkaart-${what}${today()}.${extension}`;
}

/** The file for one format: the body, its download name and its media type. */
export async function renderExport(db: DB, format: ExportFormat) {
	const body =
		format === 'afdelingen'
			? departmentsCsv(await departmentFigures(db))
			: await exportData(db).then((data) => {
					if (format === 'personen') return peopleCsv(data);
					if (format === 'verbindingen') return linksCsv(data);
					if (format === 'graphml') return toGraphml(data);
					if (format === 'gexf') return toGexf(data, today());
					return toCytoscapeJson(data);
				});
	return { body, fileName: exportFileName(format), type: EXPORT_FORMATS[format].type };
}
