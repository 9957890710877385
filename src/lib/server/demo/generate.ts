import {
	CROSS_NOTES,
	DEMO_TOPICS,
	GENERATED_TITLES,
	GENERATED_TOPICS,
	INTERNAL_NOTES,
	NAMED_AFFINITIES,
	NAMED_DEPARTMENTS,
	NAME_GROUPS,
	REGIONS
} from './names';
import { cumulative, Rng } from './random';

export { DEMO_TOPICS };

export interface DemoDepartment {
	key: string;
	name: string;
	description: string;
	color: string;
}
export interface DemoEmployee {
	key: string;
	fullName: string;
	email: string;
	phone: string;
	jobTitle: string;
	departmentKey: string;
	topics: string[];
	isContactPoint: boolean;
}
export interface DemoLink {
	a: string;
	b: string;
	strength: 1 | 2 | 3;
	formedOn: string;
	note: string;
}
export interface DemoData {
	departments: DemoDepartment[];
	employees: DemoEmployee[];
	links: DemoLink[];
	topics: string[];
}
export interface DemoOptions {
	seed?: number;
	people?: number;
	linksPerPerson?: number;
}

export const DEMO_SEED = 20261128;
export const DEMO_DEFAULT_PEOPLE = 250;
/** These departments exist at every size, so the insights always have something to find. */
export const DEMO_ISOLATED_DEPARTMENT_KEY = 'informatievoorziening';
export const DEMO_JUNCTION_DEPARTMENT_KEYS = ['belastingen', 'sport-cultuur'] as const;
export const DEMO_BRIDGE_DEPARTMENT_KEY = 'veiligheid-handhaving';

const MIN_PEOPLE = 50;
const MAX_DEPARTMENTS = 200;
const SUBTEAM_SIZE = 7;
const NAMED_INDEX = new Map(NAMED_DEPARTMENTS.map((d, i) => [d.key, i]));
const ISOLATED = NAMED_INDEX.get(DEMO_ISOLATED_DEPARTMENT_KEY)!;
const [JUNCTION_HOME, JUNCTION_FAR] = DEMO_JUNCTION_DEPARTMENT_KEYS.map((k) => NAMED_INDEX.get(k)!);
const BRIDGE_HOME = NAMED_INDEX.get(DEMO_BRIDGE_DEPARTMENT_KEY)!;
const STRENGTHS = [1, 2, 3] as const;
const NAME_WEIGHTS = NAME_GROUPS.map((g) => g.weight);

interface Dept {
	info: DemoDepartment;
	weight: number;
	topics: readonly string[];
	titles: readonly string[];
	manager: string;
}

export function generateDemo(options: DemoOptions = {}): DemoData {
	const seed = options.seed ?? DEMO_SEED;
	const people = options.people ?? DEMO_DEFAULT_PEOPLE;
	const perPerson = options.linksPerPerson ?? (people > DEMO_DEFAULT_PEOPLE ? 5 : 2.8);
	if (!Number.isInteger(people) || people < MIN_PEOPLE || !(perPerson > 0 && perPerson <= 50)) {
		throw new RangeError(`need an integer people >= ${MIN_PEOPLE} and 0 < linksPerPerson <= 50`);
	}
	const rng = new Rng(seed);

	const depts = buildDepartments(Math.min(MAX_DEPARTMENTS, Math.round(people / 25)), rng);
	const affinities = buildAffinities(depts.length, rng);
	const sizes = allocate(
		people,
		depts.map((d) => d.weight)
	);
	const deptOf = rng.shuffle(sizes.flatMap((size, d) => Array<number>(size).fill(d)));
	const members: number[][] = depts.map(() => []);
	deptOf.forEach((d, i) => members[d].push(i));

	// Roles are fixed before any link exists, so every later step can simply steer around them.
	const junction = rng.pick(members[JUNCTION_HOME]);
	const newcomers = new Set<number>();
	const special = [ISOLATED, JUNCTION_HOME, JUNCTION_FAR];
	const ordinary = rng.shuffle(depts.map((_, d) => d).filter((d) => !special.includes(d)));
	for (const d of ordinary.slice(0, rng.int(2, 4))) {
		newcomers.add(rng.pick(members[d].filter((p) => p !== junction)));
	}

	const width = Math.max(5, String(people).length);
	const managers = new Set(members.map((list) => rng.pick(list.filter((p) => !newcomers.has(p)))));
	const employees = deptOf.map((d, p) =>
		makeEmployee(rng, `e${String(p + 1).padStart(width, '0')}`, depts[d], managers.has(p))
	);
	dedupeEmails(employees);
	for (const [d, list] of members.entries()) {
		const settled = rng.shuffle(list.filter((p) => !newcomers.has(p)));
		for (const p of settled.slice(0, d === BRIDGE_HOME ? rng.int(4, 6) : rng.int(1, 2))) {
			employees[p].isContactPoint = true;
			const topics = employees[p].topics.filter((t) => t !== 'ondermijning').slice(0, 2);
			employees[p].topics = ['ondermijning', ...topics];
		}
	}

	const ctx = { rng, depts, members, deptOf, affinities, newcomers, junction, employees };
	const links = buildLinks(ctx, Math.round(people * perPerson), rng.float(0.12, 0.17));

	return { departments: depts.map((d) => d.info), employees, links, topics: [...DEMO_TOPICS] };
}

function buildDepartments(count: number, rng: Rng): Dept[] {
	const out: Dept[] = NAMED_DEPARTMENTS.map(({ key, name, description, color, ...rest }) => ({
		info: { key, name, description, color },
		...rest,
		manager: 'Afdelingsmanager'
	}));
	let wijk = 0;
	let region = 0;
	for (let i = out.length; i < count; i++) {
		const color = NAMED_DEPARTMENTS[i % NAMED_DEPARTMENTS.length].color;
		const base = {
			weight: rng.int(8, 40),
			titles: GENERATED_TITLES,
			topics: GENERATED_TOPICS,
			manager: 'Teamleider'
		};
		if (i % 2 === 0) {
			const name = `Wijkteam ${++wijk}`;
			const description = `${name} ondersteunt bewoners in hun eigen buurt bij zorg, werk en veiligheid.`;
			out.push({ ...base, info: { key: `wijkteam-${wijk}`, name, description, color } });
		} else {
			const area = REGIONS[region % REGIONS.length];
			const n = Math.floor(region++ / REGIONS.length) + 1;
			const name = `Team ${area} ${n}`;
			const description = `${name} zorgt voor beheer en toezicht in stadsdeel ${area}.`;
			const key = `team-${area.toLowerCase()}-${n}`;
			out.push({ ...base, info: { key, name, description, color } });
		}
	}
	return out;
}

/** Department pairs that may share links; the rest of the pairs stay empty ("gaps"). */
function buildAffinities(count: number, rng: Rng): [number, number][] {
	const pairs: [number, number][] = NAMED_AFFINITIES.map(([a, b]) => [
		NAMED_INDEX.get(a)!,
		NAMED_INDEX.get(b)!
	]);
	const seen = new Set(pairs.map(([a, b]) => a * count + b));
	for (let i = NAMED_DEPARTMENTS.length; i < count; i++) {
		// Skipping over the isolated department instead of retrying makes the first pick certain,
		// which keeps the department graph connected.
		const wanted = 1 + rng.int(0, 2);
		for (let tries = 0, got = 0; got < wanted && tries < 20; tries++) {
			const raw = rng.int(0, i - 2);
			const j = raw >= ISOLATED ? raw + 1 : raw;
			if (seen.has(j * count + i)) continue;
			seen.add(j * count + i);
			pairs.push([j, i]);
			got++;
		}
	}
	return pairs;
}

/** Largest-remainder split with a floor of 3, so every department can hold its roles. */
function allocate(total: number, weights: number[]): number[] {
	const floor = 3;
	const spare = total - floor * weights.length;
	const sum = weights.reduce((s, w) => s + w, 0);
	const exact = weights.map((w) => (spare * w) / sum);
	const sizes = exact.map((x) => floor + Math.floor(x));
	let left = total - sizes.reduce((s, n) => s + n, 0);
	const order = exact
		.map((x, i) => [x - Math.floor(x), i])
		.sort((p, q) => q[0] - p[0] || p[1] - q[1]);
	for (const [, i] of order) {
		if (left-- <= 0) break;
		sizes[i]++;
	}
	return sizes;
}

function makeEmployee(rng: Rng, key: string, dept: Dept, isManager: boolean): DemoEmployee {
	const group = rng.weighted(NAME_GROUPS, NAME_WEIGHTS);
	const first = rng.pick(group.firstNames);
	// Mostly names from one background, but mixed marriages and adoption make it never strict.
	const family = rng.chance(0.85) ? group : rng.weighted(NAME_GROUPS, NAME_WEIGHTS);
	const last = rng.pick(family.surnames);
	const topicCount = rng.weighted([0, 1, 2, 3], [20, 40, 28, 12]);
	const topics = new Set<string>();
	for (let i = 0; i < topicCount * 3 && topics.size < topicCount; i++) {
		const own = dept.topics.length > 0 && rng.chance(0.75);
		topics.add(rng.pick(own ? dept.topics : DEMO_TOPICS));
	}
	const general = dept.info.key === 'publieksplein' && rng.chance(0.5);
	return {
		key,
		fullName: `${first} ${last}`,
		email: `${slug(first)}.${slug(last)}`,
		phone: general ? '14 030' : `06-${rng.int(10_000_000, 69_999_999)}`,
		jobTitle: isManager ? dept.manager : rng.pick(dept.titles),
		departmentKey: dept.info.key,
		topics: [...topics],
		isContactPoint: false
	};
}

function slug(name: string): string {
	return name
		.toLowerCase()
		.replace(/ı/g, 'i')
		.normalize('NFD')
		.replace(/[\u0300-\u036f'’]/g, '')
		.replace(/\s+/g, '.')
		.replace(/[^a-z0-9.-]/g, '');
}

/** Turns the email stems into unique addresses; a digit suffix can never clash with a stem. */
function dedupeEmails(employees: DemoEmployee[]): void {
	const used = new Map<string, number>();
	for (const e of employees) {
		const n = (used.get(e.email) ?? 0) + 1;
		used.set(e.email, n);
		e.email = `${e.email}${n > 1 ? n : ''}@voorbeeldstad.nl`;
	}
}

interface LinkContext {
	rng: Rng;
	depts: Dept[];
	members: number[][];
	deptOf: number[];
	affinities: [number, number][];
	newcomers: Set<number>;
	junction: number;
	employees: DemoEmployee[];
}

function buildLinks(ctx: LinkContext, total: number, crossShare: number): DemoLink[] {
	const { rng, depts, members, deptOf, affinities, newcomers, junction, employees } = ctx;
	const n = deptOf.length;
	const seen = new Set<number>();
	const out: DemoLink[] = [];
	const days = recentDays();
	let crossCount = 0;
	// Everyone but the chosen bridges may know people in at most two other departments, so the
	// bridge insight finds exactly the planted bridges instead of a random handful of others.
	const foreign = new Int32Array(n * 2).fill(-1);
	const isBridge = new Uint8Array(n);
	const fits = (p: number, d: number) =>
		isBridge[p] === 1 ||
		foreign[2 * p] === d ||
		foreign[2 * p + 1] === d ||
		foreign[2 * p + 1] === -1;
	const mark = (p: number, d: number) => {
		if (isBridge[p] === 1 || foreign[2 * p] === d || foreign[2 * p + 1] === d) return;
		foreign[foreign[2 * p] === -1 ? 2 * p : 2 * p + 1] = d;
	};
	const teams = members.map((list) => list.filter((p) => !newcomers.has(p)));
	const position = new Int32Array(n);
	teams.forEach((list) => list.forEach((p, i) => (position[p] = i)));
	// Sociable people appear more often in the pools, which gives the degrees a realistic tail.
	const pools = teams.map((list) =>
		list.flatMap((p) => Array<number>(rng.weighted([1, 2, 3, 4], [40, 30, 20, 10])).fill(p))
	);
	const everyone = pools.flat();

	const note = (u: number, v: number, cross: boolean): string => {
		if (rng.chance(0.25)) return '';
		const [tu, tv] = [employees[u].topics, employees[v].topics];
		const shared = tu.filter((t) => tv.includes(t));
		const topics =
			shared.length > 0 ? shared : tu.length + tv.length > 0 ? [...tu, ...tv] : DEMO_TOPICS;
		return rng.pick(cross ? CROSS_NOTES : INTERNAL_NOTES).replace('{topic}', rng.pick(topics));
	};
	const link = (u: number, v: number): boolean => {
		const [lo, hi] = u < v ? [u, v] : [v, u];
		if (u === v || seen.has(lo * n + hi)) return false;
		const cross = deptOf[u] !== deptOf[v];
		if (cross) {
			if (!fits(u, deptOf[v]) || !fits(v, deptOf[u])) return false;
			mark(u, deptOf[v]);
			mark(v, deptOf[u]);
			crossCount++;
		}
		seen.add(lo * n + hi);
		out.push({
			a: employees[lo].key,
			b: employees[hi].key,
			strength: rng.weighted(STRENGTHS, cross ? [55, 35, 10] : [40, 40, 20]),
			formedOn: rng.pick(days),
			note: note(u, v, cross)
		});
		return true;
	};

	// A random recursive tree per department guarantees nobody settled is left without links;
	// attaching mostly within blocks of SUBTEAM_SIZE gives the departments some inner clusters.
	for (const team of teams) {
		for (let i = 1; i < team.length; i++) {
			const start = Math.floor(i / SUBTEAM_SIZE) * SUBTEAM_SIZE;
			link(team[i], team[rng.int(start < i && rng.chance(0.7) ? start : 0, i - 1)]);
		}
	}

	for (const p of rng.shuffle(teams[JUNCTION_FAR].slice()).slice(0, rng.int(2, 3))) {
		link(junction, p);
	}
	// A sentinel in the free slot keeps the junction person out of every other cross link.
	foreign[2 * junction + 1] = -2;

	const partners = depts.map((): number[] => []);
	for (const [a, b] of affinities) {
		partners[a].push(b);
		partners[b].push(a);
	}
	const homes = rng.shuffle(
		depts.map((_, d) => d).filter((d) => d !== BRIDGE_HOME && partners[d].length >= 3)
	);
	homes.unshift(BRIDGE_HOME);
	for (const home of homes.slice(0, rng.int(3, 5))) {
		const bridge = rng.pick(teams[home].filter((p) => p !== junction && foreign[2 * p] === -1));
		isBridge[bridge] = 1;
		const wanted = Math.min(partners[home].length, rng.int(3, 5));
		let reached = 0;
		for (const d of rng.shuffle(partners[home].slice())) {
			if (reached === wanted) break;
			for (let t = 0; t < 50; t++) {
				if (link(bridge, rng.pick(pools[d]))) {
					reached++;
					break;
				}
			}
		}
		if (reached < 3) throw new Error(`demo: bridge in ${depts[home].info.name} reached ${reached}`);
	}

	// One link per allowed pair keeps everything outside the isolated department connected.
	for (const [a, b] of affinities) {
		let ok = false;
		for (let t = 0; t < 1000 && !ok; t++) ok = link(rng.pick(pools[a]), rng.pick(pools[b]));
		if (!ok)
			throw new Error(`demo: no link between ${depts[a].info.name} and ${depts[b].info.name}`);
	}

	const crossTarget = Math.round(total * crossShare);
	const pairWeights = cumulative(
		affinities.map(([a, b]) => Math.sqrt(teams[a].length * teams[b].length))
	);
	for (let t = 0; crossCount < crossTarget && t < crossTarget * 50; t++) {
		const [a, b] = affinities[rng.weightedIndex(pairWeights)];
		link(rng.pick(pools[a]), rng.pick(pools[b]));
	}

	for (let t = 0; out.length < total && t < total * 50; t++) {
		const u = rng.pick(everyone);
		const team = teams[deptOf[u]];
		const start = Math.floor(position[u] / SUBTEAM_SIZE) * SUBTEAM_SIZE;
		const end = Math.min(team.length, start + SUBTEAM_SIZE) - 1;
		link(u, rng.chance(0.55) ? team[rng.int(start, end)] : rng.pick(pools[deptOf[u]]));
	}
	return out;
}

/** Every date in the three years before the 2026-11-01 reference day. */
function recentDays(): string[] {
	const days: string[] = [];
	for (let t = Date.UTC(2023, 10, 1); t < Date.UTC(2026, 10, 1); t += 86_400_000) {
		days.push(new Date(t).toISOString().slice(0, 10));
	}
	return days;
}
