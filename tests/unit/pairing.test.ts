import { describe, expect, it } from 'vitest';
import {
	pairsOf,
	suggestPairs,
	type DepartmentLinkCount,
	type Pair,
	type PairingAdvice,
	type PairingInput,
	type PairingPerson
} from '../../src/lib/graph/pairing';

const key = ([a, b]: Pair) => (a < b ? `${a}-${b}` : `${b}-${a}`);
const people = (spec: Record<number, number>): PairingPerson[] =>
	Object.entries(spec).map(([id, departmentId]) => ({ id: Number(id), departmentId }));
const input = (partial: Partial<PairingInput> & Pick<PairingInput, 'people'>): PairingInput => ({
	links: [],
	departmentLinks: [],
	suggested: [],
	...partial
});
function ok(advice: PairingAdvice) {
	if (advice.status !== 'ok') throw new Error(`Expected advice, got ${advice.status}`);
	return advice;
}

/** A small seeded generator, so the "random" groups are the same on every run. */
function lcg(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1664525 + 1013904223) % 2 ** 32;
		return state / 2 ** 32;
	};
}

function randomGroup(seed: number, size: number, departments: number): PairingInput {
	const random = lcg(seed);
	const group = Array.from({ length: size }, (_, i) => ({
		id: 100 + i * 7,
		departmentId: 1 + Math.floor(random() * departments)
	}));
	const links: Pair[] = [];
	for (const p of group)
		for (const q of group) if (p.id < q.id && random() < 0.3) links.push([p.id, q.id]);
	const departmentLinks: DepartmentLinkCount[] = [];
	for (let a = 1; a <= departments; a++)
		for (let b = a + 1; b <= departments; b++)
			departmentLinks.push({ a, b, count: random() < 0.3 ? 0 : Math.floor(random() * 12) });
	return { people: group, links, departmentLinks, suggested: [] };
}

/** Asks for rounds, as a facilitator would, until the advice runs out. */
function allRounds(start: PairingInput) {
	const suggested: Pair[] = [];
	const rounds: ReturnType<typeof ok>[] = [];
	for (;;) {
		const advice = suggestPairs({ ...start, suggested: [...suggested] });
		if (advice.status !== 'ok') return { rounds, suggested, final: advice.status };
		rounds.push(advice);
		for (const group of advice.groups) suggested.push(...pairsOf(group.members));
	}
}

describe('pairing advice', () => {
	it('never suggests a pair that is already linked, over many groups and rounds', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const start = randomGroup(seed, 8 + (seed % 13), 2 + (seed % 5));
			const linked = new Set(start.links.map(key));
			const department = new Map(start.people.map((p) => [p.id, p.departmentId]));
			const { rounds } = allRounds(start);
			for (const group of rounds.flatMap((r) => r.groups)) {
				const pairs = pairsOf(group.members);
				for (const pair of pairs) expect(linked.has(key(pair)), `seed ${seed}`).toBe(false);
				// At most one pair in a trio shares a department; a pair never does.
				const same = pairs.filter(([a, b]) => department.get(a) === department.get(b));
				expect(same.length, `seed ${seed}`).toBeLessThanOrEqual(group.members.length - 2);
			}
		}
	});

	it('never repeats a pair within a session, and runs out only when every new pair was offered', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const start = randomGroup(seed, 6 + (seed % 15), 2 + (seed % 4));
			const { suggested, final } = allRounds(start);
			const keys = suggested.map(key);
			expect(new Set(keys).size, `seed ${seed}`).toBe(keys.length);
			const linked = new Set(start.links.map(key));
			const department = new Map(start.people.map((p) => [p.id, p.departmentId]));
			const possible = pairsOf(start.people.map((p) => p.id)).filter(
				(pair) => department.get(pair[0]) !== department.get(pair[1]) && !linked.has(key(pair))
			);
			expect(final, `seed ${seed}`).toBe(possible.length === 0 ? 'allLinked' : 'exhausted');
			const offered = new Set(keys);
			for (const pair of possible) expect(offered.has(key(pair)), `seed ${seed}`).toBe(true);
		}
	});

	it('puts department pairs without any link in the organisation first', () => {
		// Departments 10 and 20 have no link at all; 40 has few links to others, but some to each.
		const departmentLinks = [
			{ a: 10, b: 30, count: 10 },
			{ a: 20, b: 30, count: 10 },
			{ a: 10, b: 40, count: 1 },
			{ a: 20, b: 40, count: 1 },
			{ a: 30, b: 40, count: 1 }
		];
		const advice = ok(
			suggestPairs(input({ people: people({ 1: 10, 2: 20, 3: 30, 4: 40 }), departmentLinks }))
		);
		expect(advice.groups[0]).toEqual({
			members: [1, 2],
			reason: { code: 'noLink', departments: [10, 20] }
		});
		expect(advice.groups[1].members).toEqual([3, 4]);
		expect(advice.unpaired).toEqual([]);
	});

	it('then prefers the department with the fewest links to other departments', () => {
		// Every department pair has links; department 40 has the fewest outside links (3).
		const departmentLinks = [
			{ a: 10, b: 20, count: 9 },
			{ a: 10, b: 30, count: 9 },
			{ a: 20, b: 30, count: 9 },
			{ a: 10, b: 40, count: 1 },
			{ a: 20, b: 40, count: 1 },
			{ a: 30, b: 40, count: 1 }
		];
		const advice = ok(
			suggestPairs(input({ people: people({ 1: 10, 2: 20, 3: 30, 4: 40 }), departmentLinks }))
		);
		expect(advice.groups.map((g) => g.members)).toEqual([
			[1, 4],
			[2, 3]
		]);
		expect(advice.groups[0].reason).toEqual({
			code: 'fewOutside',
			department: 40,
			other: 10,
			count: 3
		});
	});

	it('makes one trio when the number is odd, so nobody waits', () => {
		const advice = ok(suggestPairs(input({ people: people({ 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 }) })));
		const sizes = advice.groups.map((g) => g.members.length).sort();
		expect(sizes).toEqual([2, 3]);
		expect(advice.groups.flatMap((g) => g.members).sort()).toEqual([1, 2, 3, 4, 5]);
		expect(advice.unpaired).toEqual([]);
	});

	it('swaps partners when the first choice would leave two people without one', () => {
		// 1–2 is the most needed pair, but then 3 and 4 (who know each other) have nobody;
		// 3–1 and 2–4 pair all four.
		const advice = ok(
			suggestPairs(
				input({
					people: people({ 1: 10, 2: 20, 3: 30, 4: 40 }),
					links: [
						[3, 4],
						[2, 3],
						[1, 4]
					],
					departmentLinks: [
						{ a: 10, b: 30, count: 4 },
						{ a: 20, b: 40, count: 4 }
					]
				})
			)
		);
		expect(advice.groups.map((g) => [...g.members].sort())).toEqual(
			expect.arrayContaining([
				[1, 3],
				[2, 4]
			])
		);
		expect(advice.unpaired).toEqual([]);
	});

	it('says so when everyone is from one department, all are linked, or there are too few', () => {
		expect(suggestPairs(input({ people: people({ 1: 5, 2: 5, 3: 5 }) })).status).toBe(
			'oneDepartment'
		);
		expect(suggestPairs(input({ people: people({ 1: 5 }) })).status).toBe('tooFew');
		const linkedAll = input({
			people: people({ 1: 5, 2: 6, 3: 6 }),
			links: [
				[1, 2],
				[3, 1]
			]
		});
		expect(suggestPairs(linkedAll).status).toBe('allLinked');
		expect(suggestPairs({ ...linkedAll, links: [[1, 2]], suggested: [[1, 3]] }).status).toBe(
			'exhausted'
		);
	});

	it('gives the same advice whatever the order of its input', () => {
		const start = randomGroup(7, 17, 5);
		const reversed: PairingInput = {
			people: [...start.people].reverse(),
			links: start.links.map(([a, b]) => [b, a] as Pair).reverse(),
			departmentLinks: [...start.departmentLinks].reverse(),
			suggested: []
		};
		expect(suggestPairs(reversed)).toEqual(suggestPairs(start));
	});
});
