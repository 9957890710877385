import { CROSS_NOTES, DEMO_TOPICS, INTERNAL_NOTES } from './names';
import {
	BRIDGE_HOME,
	JUNCTION_FAR,
	STRENGTHS,
	SUBTEAM_SIZE,
	type Dept,
	type DemoEmployee,
	type DemoLink
} from './model';
import { cumulative, type Rng } from './random';

export interface LinkContext {
	rng: Rng;
	depts: Dept[];
	members: number[][];
	deptOf: number[];
	affinities: [number, number][];
	newcomers: Set<number>;
	junction: number;
	employees: DemoEmployee[];
}

export function buildLinks(ctx: LinkContext, total: number, crossShare: number): DemoLink[] {
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
