import {
	DEMO_TOPICS,
	GENERATED_TITLES,
	GENERATED_TOPICS,
	NAMED_AFFINITIES,
	NAMED_DEPARTMENTS,
	NAME_GROUPS,
	REGIONS
} from './names';
import { buildLinks } from './links';
import {
	BRIDGE_HOME,
	DEMO_DEFAULT_PEOPLE,
	DEMO_SEED,
	ISOLATED,
	JUNCTION_FAR,
	JUNCTION_HOME,
	MAX_DEPARTMENTS,
	MIN_PEOPLE,
	NAMED_INDEX,
	NAME_WEIGHTS,
	type DemoData,
	type DemoEmployee,
	type DemoOptions,
	type Dept
} from './model';
import { Rng } from './random';

export { DEMO_TOPICS };
export {
	DEMO_BRIDGE_DEPARTMENT_KEY,
	DEMO_DEFAULT_PEOPLE,
	DEMO_ISOLATED_DEPARTMENT_KEY,
	DEMO_JUNCTION_DEPARTMENT_KEYS,
	DEMO_SEED
} from './model';
export type { DemoData, DemoDepartment, DemoEmployee, DemoLink, DemoOptions } from './model';

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
