import { ParseError, type Rejection } from './errors';
import { normalise } from './csv-rows';
import type { GraphFile } from './graph-file';
import { isRejection, linkRow } from './links-row';
import { personRow, type LinkRow, type PersonRow } from './rows';

export interface AttributeChoice {
	/** Node attributes found in the file, to choose from. */
	available: string[];
	department: string | null;
	name: string | null;
}

const DEFAULTS = {
	department: ['department', 'afdeling', 'group'],
	name: ['label', 'name', 'naam']
};

// Read when present, so our own exports (and tidy files) come back complete.
const NODE_EXTRAS = {
	email: ['email', 'emailadres', 'mail'],
	externalId: ['externalid', 'externnummer'],
	jobTitle: ['jobtitle', 'functie'],
	phone: ['phone', 'telefoon'],
	contactPoint: ['contactpoint', 'aanspreekpunt']
};
const EDGE_FIELDS = {
	strength: ['strength', 'sterkte'],
	weight: ['weight', 'gewicht'],
	date: ['date', 'datum', 'formedon'],
	note: ['note', 'notitie']
};

function find(names: string[], wanted: string[]): string | undefined {
	for (const w of wanted) {
		const hit = names.find((n) => normalise(n) === w);
		if (hit) return hit;
	}
	return undefined;
}

/**
 * Which attribute holds the department and which the name: the one asked for (it must exist),
 * else the first of the usual names. The command line and the preview page both ask here.
 */
export function chooseAttributes(
	available: string[],
	asked: { department?: string; name?: string }
): AttributeChoice {
	const pick = (requested: string | undefined, defaults: string[]) => {
		if (!requested) return find(available, defaults) ?? null;
		const hit = available.find((a) => a.toLowerCase() === requested.toLowerCase());
		if (!hit) {
			throw new ParseError(1, 'import.error.noAttribute', {
				name: requested,
				available: available.join(', ') || '—'
			});
		}
		return hit;
	};
	return {
		available,
		department: pick(asked.department, DEFAULTS.department),
		name: pick(asked.name, DEFAULTS.name)
	};
}

/**
 * People and links of a graph file. A person's node id is their external id when the file
 * gives no other; self-loops are skipped and counted here, duplicates when matching.
 */
export function rowsFromGraph(file: GraphFile, choice: AttributeChoice) {
	const people: PersonRow[] = [];
	const links: LinkRow[] = [];
	const rejected: Rejection[] = [];
	const rejectedNodes: Record<string, number> = {};
	const nodeAttr = (names: string[]) => find(file.nodeAttributes, names);
	const extras = Object.fromEntries(
		Object.entries(NODE_EXTRAS).map(([field, names]) => [field, nodeAttr(names)])
	);
	for (const node of file.nodes) {
		const get = (attr: string | null | undefined) => (attr ? (node.attrs[attr] ?? '') : '');
		const values: Record<string, string> = {
			name: get(choice.name),
			department: get(choice.department),
			topics: ''
		};
		for (const [field, attr] of Object.entries(extras)) values[field] = get(attr);
		const result = personRow(node.line, values, node.id);
		if (isRejection(result)) {
			rejected.push(result);
			rejectedNodes[node.id] ??= node.line;
		} else people.push(result);
	}
	let selfLoops = 0;
	for (const edge of file.edges) {
		if (edge.source === edge.target) {
			selfLoops++;
			continue;
		}
		const names = Object.keys(edge.attrs);
		const field = (wanted: string[]) => {
			const attr = find(names, wanted);
			return attr === undefined ? undefined : edge.attrs[attr];
		};
		const result = linkRow(
			edge.line,
			{ node: edge.source },
			{ node: edge.target },
			{
				strength: field(EDGE_FIELDS.strength),
				weight: field(EDGE_FIELDS.weight),
				date: field(EDGE_FIELDS.date),
				note: field(EDGE_FIELDS.note)
			}
		);
		if (isRejection(result)) rejected.push(result);
		else links.push(result);
	}
	return { people, links, rejected, rejectedNodes, selfLoops };
}
