import type { LinkStrength } from '../db/schema';
import type { Rejection } from './errors';
import type { ExistingPerson, ImportState } from './exchange.queries';
import type { Action, FileKeys, Slot } from './plan-people';
import type { LinkRow, PersonRef } from './rows';

export interface PlannedLink {
	line: number;
	action: Action;
	a: Slot;
	b: Slot;
	strength: LinkStrength;
	note: string;
	formedOn: string | null;
}

interface Context {
	state: ImportState;
	keys: FileKeys;
	byEmail: Map<string, ExistingPerson>;
	byExternal: Map<string, ExistingPerson>;
	/** Node ids of graph rows rejected before matching, with their line. */
	rejectedNodes: Record<string, number>;
}

type Resolved =
	{ slot: Slot; who: string } | { key: Rejection['key']; params: Rejection['params'] };

/** A person named in a link: a row of this file first, else someone already in Netwerkkaart. */
function resolve(ref: PersonRef, c: Context): Resolved {
	const raw = 'node' in ref ? ref.node : ref.value;
	const fileKey =
		'node' in ref
			? `node:${raw}`
			: raw.includes('@')
				? `email:${raw.toLowerCase()}`
				: [`ext:${raw}`, `node:${raw}`].find((k) => c.keys.has(k));
	const inFile = fileKey ? c.keys.get(fileKey) : undefined;
	if (inFile?.slot === null) {
		return { key: 'import.reject.rejectedPerson', params: { who: raw, line: inFile.line } };
	}
	if (inFile?.slot) return { slot: inFile.slot, who: inFile.name };
	if ('node' in ref && raw in c.rejectedNodes) {
		return {
			key: 'import.reject.rejectedPerson',
			params: { who: raw, line: c.rejectedNodes[raw] }
		};
	}
	const existing = raw.includes('@') ? c.byEmail.get(raw.toLowerCase()) : c.byExternal.get(raw);
	if (!existing) return { key: 'import.reject.unknownPerson', params: { who: raw } };
	return { slot: { id: existing.id, leftOn: existing.left_on }, who: existing.full_name };
}

const slotKey = (s: Slot) => ('id' in s ? `e${s.id}` : `n${s.index}`);

/**
 * Resolves both people of every link, skips (and counts) repeated pairs, keeping the strongest
 * strength and the first note, and compares each pair with the link already stored: the stronger
 * strength wins, as when a session records a pair again.
 */
export function planLinks(rows: LinkRow[], c: Context, rejected: Rejection[], graph: boolean) {
	const pairs = new Map<string, Omit<PlannedLink, 'action'>>();
	let duplicates = 0;
	let selfLoops = 0;
	rows: for (const row of rows) {
		const ends: Slot[] = [];
		for (const ref of [row.from, row.to]) {
			const r = resolve(ref, c);
			if ('key' in r) {
				rejected.push({ line: row.line, key: r.key, params: r.params });
				continue rows;
			}
			if ('id' in r.slot && r.slot.leftOn) {
				rejected.push({ line: row.line, key: 'import.reject.left', params: { who: r.who } });
				continue rows;
			}
			ends.push(r.slot);
		}
		const [a, b] = ends.sort((x, y) => (slotKey(x) < slotKey(y) ? -1 : 1));
		const key = `${slotKey(a)}|${slotKey(b)}`;
		if (slotKey(a) === slotKey(b)) {
			if (graph) selfLoops++;
			else rejected.push({ line: row.line, key: 'import.reject.self' });
			continue;
		}
		const earlier = pairs.get(key);
		if (earlier) {
			duplicates++;
			earlier.strength = Math.max(earlier.strength, row.strength) as LinkStrength;
			earlier.note ||= row.note;
			continue;
		}
		pairs.set(key, {
			line: row.line,
			a,
			b,
			strength: row.strength,
			note: row.note,
			formedOn: row.formedOn
		});
	}
	const planned: PlannedLink[] = [...pairs.values()].map((p) => {
		if (!('id' in p.a) || !('id' in p.b)) return { ...p, action: 'new' };
		const [lo, hi] = p.a.id < p.b.id ? [p.a.id, p.b.id] : [p.b.id, p.a.id];
		const stored = c.state.links.get(`${lo}-${hi}`);
		if (!stored) return { ...p, action: 'new' };
		const strength = Math.max(stored.strength, p.strength);
		const note = p.note || stored.note;
		const same = strength === stored.strength && note === stored.note;
		return { ...p, action: same ? 'unchanged' : 'update' };
	});
	return { planned, duplicates, selfLoops };
}
