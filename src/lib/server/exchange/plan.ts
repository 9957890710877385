import type { DB } from '../db';
import { networkVersion } from '../network/network.queries';
import type { Rejection } from './errors';
import { loadState } from './exchange.queries';
import { planLinks, type PlannedLink } from './plan-links';
import { planPeople, type Action, type PlannedPerson } from './plan-people';
import type { ImportSource } from './source';

export interface Tally {
	new: number;
	updated: number;
	unchanged: number;
}

export interface ImportCounts {
	departments: number;
	people: Tally;
	links: Tally;
	rejected: number;
	selfLoops: number;
	duplicates: number;
}

export interface ImportPlan {
	/** The network version the plan was made against: confirming checks it has not moved. */
	version: number;
	departments: { name: string; color: string }[];
	people: PlannedPerson[];
	links: PlannedLink[];
	rejected: Rejection[];
	counts: ImportCounts;
}

// Okabe–Ito and Paul Tol colours (distinguishable with colour blindness), then generated ones.
const PALETTE = [
	'#0072b2',
	'#e69f00',
	'#009e73',
	'#cc79a7',
	'#56b4e9',
	'#d55e00',
	'#f0e442',
	'#332288',
	'#88ccee',
	'#44aa99',
	'#117733',
	'#999933',
	'#ddcc77',
	'#cc6677',
	'#882255',
	'#aa4499'
];

function hslHex(h: number, s: number, l: number): string {
	const f = (n: number) => {
		const k = (n + h / 30) % 12;
		const c = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
		return Math.round(c * 255)
			.toString(16)
			.padStart(2, '0');
	};
	return `#${f(0)}${f(8)}${f(4)}`;
}

/** Colours not used by any department yet: the palette first, then golden-angle hues. */
export function freshColours(used: string[], count: number): string[] {
	const taken = new Set(used.map((c) => c.toLowerCase()));
	const out: string[] = [];
	for (let i = 0; out.length < count; i++) {
		const colour = i < PALETTE.length ? PALETTE[i] : hslHex((i * 137.508) % 360, 0.6, 0.45);
		if (!taken.has(colour)) {
			taken.add(colour);
			out.push(colour);
		}
	}
	return out;
}

function tally(items: { action: Action }[]): Tally {
	const count = (a: Action) => items.filter((i) => i.action === a).length;
	return { new: count('new'), updated: count('update'), unchanged: count('unchanged') };
}

/**
 * What importing `source` would do, from reads only: the preview shows it, and confirming makes
 * it again inside the write transaction, so both always agree.
 */
export async function planImport(db: DB, source: ImportSource): Promise<ImportPlan> {
	const [state, version] = await Promise.all([loadState(db), networkVersion(db)]);
	const rejected = [...source.rejected];
	const people = planPeople(state, source.people, rejected);
	const links = planLinks(
		source.links,
		{ state, ...people, rejectedNodes: source.rejectedNodes },
		rejected,
		source.kind === 'graphml' || source.kind === 'gexf'
	);
	const known = new Set(state.departments.map((d) => d.name.toLowerCase()));
	const names = new Map<string, string>();
	for (const p of people.planned) {
		const lower = p.target.departmentName.toLowerCase();
		if (!known.has(lower) && !names.has(lower)) names.set(lower, p.target.departmentName);
	}
	const colours = freshColours(
		state.departments.map((d) => d.color),
		names.size
	);
	rejected.sort((a, b) => a.line - b.line);
	return {
		version,
		departments: [...names.values()].map((name, i) => ({ name, color: colours[i] })),
		people: people.planned,
		links: links.planned,
		rejected,
		counts: {
			departments: names.size,
			people: tally(people.planned),
			links: tally(links.planned),
			rejected: rejected.length,
			selfLoops: source.selfLoops + links.selfLoops,
			duplicates: links.duplicates
		}
	};
}
