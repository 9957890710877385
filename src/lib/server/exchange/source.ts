import type { Rejection } from './errors';
import { parseCsv } from './csv';
import { csvKind, linksFromCsv, peopleFromCsv } from './csv-rows';
import { parseGexf } from './gexf';
import { chooseAttributes, rowsFromGraph, type AttributeChoice } from './graph-rows';
import { parseGraphml } from './graphml';
import type { LinkRow, PersonRow } from './rows';
import { decodeText } from './text';

export const IMPORT_KINDS = ['people', 'links', 'graphml', 'gexf'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: unknown): value is ImportKind {
	return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);
}

/** A file read and checked row by row, before anything is compared with the database. */
export interface ImportSource {
	kind: ImportKind;
	people: PersonRow[];
	links: LinkRow[];
	rejected: Rejection[];
	selfLoops: number;
	/** Graph files: node ids of rejected people, with their line, for the links that name them. */
	rejectedNodes: Record<string, number>;
	/** Graph files only: the node attributes found and the ones used. */
	attributes?: AttributeChoice;
}

export interface Asked {
	departmentAttribute?: string;
	nameAttribute?: string;
}

/**
 * Reads a file of the given kind. Throws ParseError for a file that is malformed as a whole;
 * rows that are wrong on their own are returned as rejections.
 */
export function readSource(bytes: Uint8Array, kind: ImportKind, asked: Asked = {}): ImportSource {
	if (kind === 'people' || kind === 'links') {
		const table = parseCsv(decodeText(bytes, 'csv'));
		const none = { selfLoops: 0, rejectedNodes: {} };
		if (kind === 'people') return { kind, links: [], ...none, ...peopleFromCsv(table) };
		return { kind, people: [], ...none, ...linksFromCsv(table) };
	}
	const text = decodeText(bytes, 'xml');
	const file = kind === 'graphml' ? parseGraphml(text) : parseGexf(text);
	const attributes = chooseAttributes(file.nodeAttributes, {
		department: asked.departmentAttribute,
		name: asked.nameAttribute
	});
	return { kind, attributes, ...rowsFromGraph(file, attributes) };
}

/** The kind of a file from its name, and for CSV from its header (people or links). */
export function guessKind(fileName: string, bytes: Uint8Array): ImportKind | null {
	const name = fileName.toLowerCase();
	if (name.endsWith('.graphml')) return 'graphml';
	if (name.endsWith('.gexf')) return 'gexf';
	if (name.endsWith('.csv') || name.endsWith('.txt')) {
		return csvKind(parseCsv(decodeText(bytes, 'csv')));
	}
	return null;
}
