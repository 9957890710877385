import { describe, it, expect } from 'vitest';
import {
	DEMO_BRIDGE_DEPARTMENT_KEY,
	DEMO_ISOLATED_DEPARTMENT_KEY,
	DEMO_JUNCTION_DEPARTMENT_KEYS,
	DEMO_TOPICS,
	generateDemo,
	type DemoData
} from '../../src/lib/server/demo/generate';

const pairId = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function analyse(data: DemoData) {
	const deptOf = new Map(data.employees.map((e) => [e.key, e.departmentKey]));
	const degree = new Map<string, number>();
	const foreign = new Map<string, Set<string>>();
	const cross = data.links.filter((l) => deptOf.get(l.a) !== deptOf.get(l.b));
	for (const l of data.links) {
		degree.set(l.a, (degree.get(l.a) ?? 0) + 1);
		degree.set(l.b, (degree.get(l.b) ?? 0) + 1);
	}
	for (const l of cross) {
		for (const [me, other] of [
			[l.a, l.b],
			[l.b, l.a]
		]) {
			if (!foreign.has(me)) foreign.set(me, new Set());
			foreign.get(me)!.add(deptOf.get(other)!);
		}
	}
	const crossBetween = (x: string, y: string) =>
		cross.filter((l) => pairId(deptOf.get(l.a)!, deptOf.get(l.b)!) === pairId(x, y));
	const bridges = [...foreign].filter(([, set]) => set.size >= 3).map(([key]) => key);
	const loners = data.employees.filter((e) => !degree.has(e.key)).map((e) => e.key);
	return { deptOf, degree, cross, crossBetween, bridges, loners };
}

/** Connected components over everyone who has at least one link. */
function components(data: DemoData): string[][] {
	const parent = new Map<string, string>();
	const find = (x: string): string => {
		let root = x;
		while (parent.get(root) !== root) root = parent.get(root)!;
		parent.set(x, root);
		return root;
	};
	for (const l of data.links) {
		for (const k of [l.a, l.b]) if (!parent.has(k)) parent.set(k, k);
		parent.set(find(l.a), find(l.b));
	}
	const groups = new Map<string, string[]>();
	for (const k of parent.keys()) {
		const root = find(k);
		if (!groups.has(root)) groups.set(root, []);
		groups.get(root)!.push(k);
	}
	return [...groups.values()];
}

function expectValidStructure(data: DemoData) {
	const index = new Map(data.employees.map((e, i) => [e.key, i]));
	expect(index.size).toBe(data.employees.length);
	const deptKeys = new Set(data.departments.map((d) => d.key));
	expect(deptKeys.size).toBe(data.departments.length);
	for (const e of data.employees) expect(deptKeys.has(e.departmentKey)).toBe(true);
	const seen = new Set<string>();
	for (const l of data.links) {
		expect(l.a).not.toBe(l.b);
		expect(index.has(l.a) && index.has(l.b)).toBe(true);
		expect(index.get(l.a)!).toBeLessThan(index.get(l.b)!);
		seen.add(pairId(l.a, l.b));
	}
	expect(seen.size).toBe(data.links.length);
}

function expectFeatures(data: DemoData) {
	const { deptOf, degree, crossBetween, cross, bridges, loners } = analyse(data);
	const isolatedMembers = data.employees.filter(
		(e) => e.departmentKey === DEMO_ISOLATED_DEPARTMENT_KEY
	);
	const isolatedInternal = data.links.filter(
		(l) =>
			deptOf.get(l.a) === DEMO_ISOLATED_DEPARTMENT_KEY &&
			deptOf.get(l.b) === DEMO_ISOLATED_DEPARTMENT_KEY
	);
	expect(isolatedInternal.length).toBeGreaterThan(0);
	const isolatedExternal = cross.filter(
		(l) =>
			deptOf.get(l.a) === DEMO_ISOLATED_DEPARTMENT_KEY ||
			deptOf.get(l.b) === DEMO_ISOLATED_DEPARTMENT_KEY
	);
	expect(isolatedExternal).toEqual([]);

	const [home, far] = DEMO_JUNCTION_DEPARTMENT_KEYS;
	const junctionLinks = crossBetween(home, far);
	expect(junctionLinks.length).toBeGreaterThanOrEqual(2);
	const shared = [junctionLinks[0].a, junctionLinks[0].b].filter((k) =>
		junctionLinks.every((l) => l.a === k || l.b === k)
	);
	expect(shared).toHaveLength(1);
	expect([home, far]).toContain(deptOf.get(shared[0]));

	expect(bridges.length).toBeGreaterThanOrEqual(3);
	expect(bridges.length).toBeLessThanOrEqual(6);
	expect(bridges.some((k) => deptOf.get(k) === DEMO_BRIDGE_DEPARTMENT_KEY)).toBe(true);

	expect(loners.length).toBeGreaterThanOrEqual(2);
	expect(loners.length).toBeLessThanOrEqual(5);
	for (const e of isolatedMembers) expect(degree.get(e.key) ?? 0).toBeGreaterThan(0);

	// Exactly two components among linked people: the isolated department, and everyone else.
	const parts = components(data);
	expect(parts).toHaveLength(2);
	const isolatedKeys = isolatedMembers.map((e) => e.key).sort();
	expect(parts.map((p) => p.slice().sort())).toContainEqual(isolatedKeys);
	expect(parts.reduce((n, p) => n + p.length, 0)).toBe(data.employees.length - loners.length);
}

describe('generateDemo', () => {
	const demo = generateDemo();

	it('is deterministic per seed', () => {
		expect(generateDemo()).toEqual(demo);
		expect(generateDemo({ seed: 20261128, people: 250 })).toEqual(demo);
		const other = generateDemo({ seed: 7 });
		expect(other.employees).not.toEqual(demo.employees);
		expect(other.links).not.toEqual(demo.links);
	});

	it('builds Gemeente Voorbeeldstad by default', () => {
		expect(demo.departments).toHaveLength(12);
		const names = demo.departments.map((d) => d.name);
		for (const name of [
			'Veiligheid & Handhaving',
			'Vastgoed',
			'Stedelijke ontwikkeling',
			'Publieksplein',
			'Informatievoorziening',
			'Belastingen',
			'Sport & Cultuur'
		]) {
			expect(names).toContain(name);
		}
		expect(new Set(names).size).toBe(12);
		const colors = demo.departments.map((d) => d.color);
		for (const c of colors) expect(c).toMatch(/^#[0-9a-f]{6}$/);
		expect(new Set(colors).size).toBe(12);
		for (const d of demo.departments) expect(d.description).toMatch(/^[A-Z].+\.$/);

		expect(demo.employees.length).toBeGreaterThanOrEqual(200);
		expect(demo.employees.length).toBeLessThanOrEqual(300);
		expect(demo.links.length).toBeGreaterThanOrEqual(650);
		expect(demo.links.length).toBeLessThanOrEqual(750);
		const sizes = demo.departments.map(
			(d) => demo.employees.filter((e) => e.departmentKey === d.key).length
		);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(40);
		expect(Math.max(...sizes) - Math.min(...sizes)).toBeGreaterThanOrEqual(10);
	});

	it('produces a structurally valid network', () => {
		expectValidStructure(demo);
		for (const l of demo.links) {
			expect([1, 2, 3]).toContain(l.strength);
			expect(l.formedOn >= '2023-11-01' && l.formedOn < '2026-11-01').toBe(true);
			expect(Number.isNaN(Date.parse(l.formedOn))).toBe(false);
		}
		const strengths = [1, 2, 3].map((s) => demo.links.filter((l) => l.strength === s).length);
		expect(strengths[0] + strengths[1]).toBeGreaterThan(strengths[2] * 3);
	});

	it('gives everyone a unique, lowercase email and plausible details', () => {
		const emails = demo.employees.map((e) => e.email);
		expect(new Set(emails).size).toBe(emails.length);
		for (const e of demo.employees) {
			expect(e.email).toMatch(/^[a-z0-9.-]+@voorbeeldstad\.nl$/);
			expect(e.phone).toMatch(/^(06-\d{8}|14 030)$/);
			expect(e.fullName.length).toBeGreaterThan(3);
			expect(e.jobTitle.length).toBeGreaterThan(0);
			expect(e.topics.length).toBeLessThanOrEqual(3);
			expect(new Set(e.topics).size).toBe(e.topics.length);
			for (const t of e.topics) expect(DEMO_TOPICS).toContain(t);
		}
		expect(demo.topics).toEqual([...DEMO_TOPICS]);
		for (const t of ['vastgoed', 'horeca', 'Bibob', 'witwassen', 'mensenhandel']) {
			expect(demo.topics).toContain(t);
		}
	});

	it('has one or two contact points per department and more in Veiligheid & Handhaving', () => {
		for (const d of demo.departments) {
			const n = demo.employees.filter((e) => e.departmentKey === d.key && e.isContactPoint).length;
			if (d.key === DEMO_BRIDGE_DEPARTMENT_KEY) expect(n).toBeGreaterThanOrEqual(3);
			else expect([1, 2]).toContain(n);
		}
	});

	it('keeps most links inside departments', () => {
		const { cross } = analyse(demo);
		const share = 1 - cross.length / demo.links.length;
		expect(share).toBeGreaterThanOrEqual(0.75);
		expect(share).toBeLessThanOrEqual(0.95);
	});

	it('plants the isolated department, the junction, bridges, newcomers and one component', () => {
		expect(demo.departments.find((d) => d.key === DEMO_ISOLATED_DEPARTMENT_KEY)?.name).toBe(
			'Informatievoorziening'
		);
		expectFeatures(demo);
	});

	it('leaves department pairs without links for the gaps view', () => {
		const { cross, deptOf } = analyse(demo);
		const linked = new Set(cross.map((l) => pairId(deptOf.get(l.a)!, deptOf.get(l.b)!)));
		const others = demo.departments.filter((d) => d.key !== DEMO_ISOLATED_DEPARTMENT_KEY);
		const pairs = (others.length * (others.length - 1)) / 2;
		expect(linked.size).toBeLessThan(pairs - 5);
		expect(linked.size).toBeGreaterThan(others.length);
	});

	it.each([1, 2, 3, 42, 99999])('keeps every planted feature with seed %i', (seed) => {
		const data = generateDemo({ seed });
		expectValidStructure(data);
		expectFeatures(data);
	});

	it('scales to 2,000 people with about 10,000 links', () => {
		const data = generateDemo({ people: 2000 });
		expect(data.employees).toHaveLength(2000);
		expect(data.departments.length).toBeGreaterThan(12);
		expect(new Set(data.departments.map((d) => d.name)).size).toBe(data.departments.length);
		expect(data.links.length).toBeGreaterThanOrEqual(8500);
		expect(data.links.length).toBeLessThanOrEqual(11500);
		expect(new Set(data.employees.map((e) => e.email)).size).toBe(2000);
		expectValidStructure(data);
		expectFeatures(data);
	});

	it('generates 20,000 people and 100,000 links without duplicates', () => {
		const started = performance.now();
		const data = generateDemo({ people: 20000 });
		const elapsed = performance.now() - started;
		expect(data.employees).toHaveLength(20000);
		expect(data.links.length).toBeGreaterThanOrEqual(85000);
		expect(data.links.length).toBeLessThanOrEqual(115000);
		expect(new Set(data.links.map((l) => pairId(l.a, l.b))).size).toBe(data.links.length);
		// Generous bound: the budget is ~3 s, but CI machines are slow and shared.
		expect(elapsed).toBeLessThan(10_000);
	});

	it('rejects sizes too small to hold the planted features', () => {
		expect(() => generateDemo({ people: 10 })).toThrow(RangeError);
		expect(() => generateDemo({ linksPerPerson: 0 })).toThrow(RangeError);
	});
});
