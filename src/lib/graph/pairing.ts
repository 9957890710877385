/**
 * Pairing advice for the next exercise round of a bewustwordingssessie: pairs (a trio when one
 * person is left) of participants from different departments who do not know each other yet.
 * The point of the round is to connect departments, so department pairs with no link at all in
 * the organisation come first, then departments with the fewest links to others. Pure and
 * deterministic: the same input (in any order) gives the same advice.
 */

export interface PairingPerson {
	id: number;
	departmentId: number;
}

export type Pair = readonly [number, number];

/** Links between two different departments in the whole organisation. */
export interface DepartmentLinkCount {
	a: number;
	b: number;
	count: number;
}

export interface PairingInput {
	people: readonly PairingPerson[];
	/** Existing links among the people (a pair in either order). */
	links: readonly Pair[];
	departmentLinks: readonly DepartmentLinkCount[];
	/** Pairs suggested earlier in this session: a pair is never suggested twice. */
	suggested: readonly Pair[];
}

/** Why a group was formed, for a one-line explanation. */
export type PairingReason =
	| { code: 'noLink'; departments: [number, number] }
	| { code: 'fewOutside'; department: number; other: number; count: number };

export interface PairingGroup {
	/** Two people, or three when the third would otherwise have nobody. */
	members: number[];
	reason: PairingReason;
}

export type PairingAdvice =
	| { status: 'ok'; groups: PairingGroup[]; unpaired: number[] }
	/** Fewer than two people. */
	| { status: 'tooFew' }
	| { status: 'oneDepartment' }
	/** Everyone from different departments already knows each other. */
	| { status: 'allLinked' }
	/** Unlinked pairs remain, but each was suggested before in this session. */
	| { status: 'exhausted' };

const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** Every pair within a group, to remember as suggested. */
export function pairsOf(members: readonly number[]): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i < members.length; i++) {
		for (let j = i + 1; j < members.length; j++) {
			const [a, b] = [members[i], members[j]];
			out.push(a < b ? [a, b] : [b, a]);
		}
	}
	return out;
}

type Key = number[];
const compare = (x: Key, y: Key) => {
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
	return 0;
};

export function suggestPairs(input: PairingInput): PairingAdvice {
	const people = [...input.people].sort((p, q) => p.id - q.id);
	if (people.length < 2) return { status: 'tooFew' };
	if (new Set(people.map((p) => p.departmentId)).size < 2) return { status: 'oneDepartment' };

	const dept = new Map(people.map((p) => [p.id, p.departmentId]));
	const linked = new Set(input.links.map(([a, b]) => pairKey(a, b)));
	const suggested = new Set(input.suggested.map(([a, b]) => pairKey(a, b)));
	const pairCount = new Map<string, number>();
	const outside = new Map<number, number>();
	for (const { a, b, count } of input.departmentLinks) {
		if (a === b) continue;
		pairCount.set(pairKey(a, b), (pairCount.get(pairKey(a, b)) ?? 0) + count);
		outside.set(a, (outside.get(a) ?? 0) + count);
		outside.set(b, (outside.get(b) ?? 0) + count);
	}

	const crossUnlinked = (a: number, b: number) =>
		dept.get(a) !== dept.get(b) && !linked.has(pairKey(a, b));
	const eligible = (a: number, b: number) => crossUnlinked(a, b) && !suggested.has(pairKey(a, b));

	const ids = people.map((p) => p.id);
	const anyPair = (test: (a: number, b: number) => boolean) =>
		ids.some((a, i) => ids.slice(i + 1).some((b) => test(a, b)));
	if (!anyPair(crossUnlinked)) return { status: 'allLinked' };
	if (!anyPair(eligible)) return { status: 'exhausted' };

	// Links planned in this round count as made, so a round spreads over many department pairs
	// instead of sending everyone of two unconnected departments to each other.
	const plannedPair = new Map<string, number>();
	const plannedOutside = new Map<number, number>();
	const get = <K>(m: Map<K, number>, k: K) => m.get(k) ?? 0;
	const key = (a: number, b: number, planned: boolean): Key => {
		const [da, db] = [dept.get(a)!, dept.get(b)!];
		const extra = <K>(m: Map<K, number>, k: K) => (planned ? get(m, k) : 0);
		const pk = pairKey(da, db);
		const between = get(pairCount, pk) + extra(plannedPair, pk);
		const outA = get(outside, da) + extra(plannedOutside, da);
		const outB = get(outside, db) + extra(plannedOutside, db);
		return [between > 0 ? 1 : 0, Math.min(outA, outB), between, Math.min(a, b), Math.max(a, b)];
	};

	const unmatched = new Set(ids);
	const groups: number[][] = [];
	for (;;) {
		let best: { pair: [number, number]; key: Key } | null = null;
		for (const a of ids) {
			if (!unmatched.has(a)) continue;
			for (const b of ids) {
				if (b <= a || !unmatched.has(b) || !eligible(a, b)) continue;
				const k = key(a, b, true);
				if (!best || compare(k, best.key) < 0) best = { pair: [a, b], key: k };
			}
		}
		if (!best) break;
		const [a, b] = best.pair;
		groups.push([a, b]);
		unmatched.delete(a);
		unmatched.delete(b);
		const [da, db] = [dept.get(a)!, dept.get(b)!];
		plannedPair.set(pairKey(da, db), get(plannedPair, pairKey(da, db)) + 1);
		plannedOutside.set(da, get(plannedOutside, da) + 1);
		plannedOutside.set(db, get(plannedOutside, db) + 1);
	}

	augment(groups, unmatched, ids, eligible, (a, b) => key(a, b, false));
	attachThirds(groups, unmatched, ids, eligible, (a, b) =>
		[linked, suggested].some((set) => set.has(pairKey(a, b)))
	);

	return {
		status: 'ok',
		groups: groups.map((members) => ({
			members,
			reason: reasonFor(members, eligible, (a, b) => key(a, b, false), dept, outside)
		})),
		unpaired: ids.filter((id) => unmatched.has(id))
	};
}

/**
 * Greedy choice can leave two people without a partner while a swap would pair everyone:
 * u–x and y–v instead of x–y. Repeats until no such swap exists (each one pairs two more).
 */
function augment(
	groups: number[][],
	unmatched: Set<number>,
	ids: number[],
	eligible: (a: number, b: number) => boolean,
	key: (a: number, b: number) => Key
) {
	let improved = true;
	while (improved) {
		improved = false;
		search: for (const u of ids) {
			if (!unmatched.has(u)) continue;
			for (const group of groups) {
				for (const [x, y] of [group, [group[1], group[0]]]) {
					if (!eligible(u, x)) continue;
					const partners = ids
						.filter((v) => v !== u && unmatched.has(v) && eligible(y, v))
						.sort((p, q) => compare(key(y, p), key(y, q)));
					if (partners.length === 0) continue;
					const v = partners[0];
					group.splice(0, 2, u, x);
					groups.push([y, v]);
					unmatched.delete(u);
					unmatched.delete(v);
					improved = true;
					break search;
				}
			}
		}
	}
}

/**
 * Someone left over joins a pair: best with two new colleagues, else with one new colleague and
 * one from their own department, never with someone they already know or met in an earlier round.
 */
function attachThirds(
	groups: number[][],
	unmatched: Set<number>,
	ids: number[],
	eligible: (a: number, b: number) => boolean,
	knownOrMet: (a: number, b: number) => boolean
) {
	for (const u of ids) {
		if (!unmatched.has(u)) continue;
		let best: { group: number[]; tier: number } | null = null;
		for (const group of groups) {
			if (group.length > 2) continue;
			const [x, y] = group;
			const fresh = [eligible(u, x), eligible(u, y)].filter(Boolean).length;
			if (fresh === 0 || knownOrMet(u, x) || knownOrMet(u, y)) continue;
			const tier = fresh === 2 ? 0 : 1;
			if (!best || tier < best.tier) best = { group, tier };
		}
		if (best) {
			best.group.push(u);
			unmatched.delete(u);
		}
	}
}

function reasonFor(
	members: number[],
	eligible: (a: number, b: number) => boolean,
	key: (a: number, b: number) => Key,
	dept: Map<number, number>,
	outside: Map<number, number>
): PairingReason {
	const [a, b] = pairsOf(members)
		.filter(([p, q]) => eligible(p, q))
		.sort((p, q) => compare(key(...p), key(...q)))[0];
	const [da, db] = [dept.get(a)!, dept.get(b)!];
	if (key(a, b)[0] === 0) return { code: 'noLink', departments: [da, db] };
	const [lo, hi] = (outside.get(da) ?? 0) <= (outside.get(db) ?? 0) ? [da, db] : [db, da];
	return { code: 'fewOutside', department: lo, other: hi, count: outside.get(lo) ?? 0 };
}
