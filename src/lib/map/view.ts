import type { MapEdge, MapNode } from '$lib/components/map/types';

/** The map's data as the server sends it (see src/lib/server/network/map.service.ts). */
export interface MapPersonData {
	id: number;
	name: string;
	jobTitle: string;
	departmentId: number;
	contactPoint: boolean;
	degree: number;
	x: number;
	y: number;
}
export interface MapDepartmentData {
	id: number;
	name: string;
	color: string;
	size: number;
}
export type MapLinkData = [number, number, number];

const personNodeId = (id: number) => `p${id}`;
const departmentNodeId = (id: number) => `d${id}`;
export const linkEdgeId = (a: number, b: number) => `l${Math.min(a, b)}-${Math.max(a, b)}`;
export const personIdOf = (nodeId: string) =>
	nodeId.startsWith('p') ? Number(nodeId.slice(1)) : null;
export const departmentIdOf = (nodeId: string) =>
	nodeId.startsWith('d') ? Number(nodeId.slice(1)) : null;

/** People as nodes sized by their number of links, links as edges as wide as their strength. */
export function peopleView(
	people: MapPersonData[],
	departments: MapDepartmentData[],
	links: MapLinkData[]
): { nodes: MapNode[]; edges: MapEdge[] } {
	const colors = new Map(departments.map((d) => [d.id, d.color]));
	return {
		nodes: people.map((p) => ({
			id: personNodeId(p.id),
			label: p.name,
			color: colors.get(p.departmentId) ?? '#777777',
			group: String(p.departmentId),
			size: 12 + 4 * Math.sqrt(p.degree),
			x: p.x,
			y: p.y
		})),
		edges: links.map(([a, b, strength]) => ({
			id: linkEdgeId(a, b),
			source: personNodeId(a),
			target: personNodeId(b),
			width: strength * 0.8
		}))
	};
}

export interface DepartmentPair {
	a: number;
	b: number;
	links: number;
}

/** Links between departments, counted once per unordered pair of different departments. */
export function departmentPairs(people: MapPersonData[], links: MapLinkData[]): DepartmentPair[] {
	const departmentOf = new Map(people.map((p) => [p.id, p.departmentId]));
	const counts = new Map<string, DepartmentPair>();
	for (const [x, y] of links) {
		const dx = departmentOf.get(x);
		const dy = departmentOf.get(y);
		if (dx === undefined || dy === undefined || dx === dy) continue;
		const [a, b] = dx < dy ? [dx, dy] : [dy, dx];
		const key = `${a}-${b}`;
		const pair = counts.get(key) ?? { a, b, links: 0 };
		pair.links++;
		counts.set(key, pair);
	}
	return [...counts.values()];
}

/** Departments with people but no link to any other department. */
export function isolatedDepartments(
	departments: MapDepartmentData[],
	pairs: DepartmentPair[]
): Set<number> {
	const linked = new Set(pairs.flatMap((p) => [p.a, p.b]));
	return new Set(departments.filter((d) => d.size > 0 && !linked.has(d.id)).map((d) => d.id));
}

/** Departments as nodes at the centre of their people, cross-department links as edges. */
export function departmentView(
	people: MapPersonData[],
	departments: MapDepartmentData[],
	pairs: DepartmentPair[]
): { nodes: MapNode[]; edges: MapEdge[] } {
	const isolated = isolatedDepartments(departments, pairs);
	const sum = new Map<number, { x: number; y: number; n: number }>();
	for (const p of people) {
		const s = sum.get(p.departmentId) ?? { x: 0, y: 0, n: 0 };
		s.x += p.x;
		s.y += p.y;
		s.n++;
		sum.set(p.departmentId, s);
	}
	return {
		nodes: departments
			.filter((d) => d.size > 0)
			.map((d) => {
				const s = sum.get(d.id)!;
				return {
					id: departmentNodeId(d.id),
					label: `${d.name} (${d.size})`,
					color: d.color,
					group: String(d.id),
					size: 20 + 12 * Math.sqrt(d.size),
					x: s.x / s.n,
					y: s.y / s.n,
					kind: 'department' as const,
					isolated: isolated.has(d.id)
				};
			}),
		edges: pairs.map((p) => ({
			id: `dl${p.a}-${p.b}`,
			source: departmentNodeId(p.a),
			target: departmentNodeId(p.b),
			width: 1 + 2 * Math.sqrt(p.links)
		}))
	};
}

/** The people who link two departments, each with the colleagues they link to on the other side. */
export function peopleBetween(
	people: MapPersonData[],
	links: MapLinkData[],
	a: number,
	b: number
): { from: MapPersonData; to: MapPersonData }[] {
	const byId = new Map(people.map((p) => [p.id, p]));
	const out: { from: MapPersonData; to: MapPersonData }[] = [];
	for (const [x, y] of links) {
		const px = byId.get(x);
		const py = byId.get(y);
		if (!px || !py) continue;
		if (px.departmentId === a && py.departmentId === b) out.push({ from: px, to: py });
		else if (px.departmentId === b && py.departmentId === a) out.push({ from: py, to: px });
	}
	return out.sort((p, q) => p.from.name.localeCompare(q.from.name, 'nl'));
}

/** People within `depth` steps of `start` (the focus view), and the links among them. */
export function neighbourhoodOf(
	start: number,
	depth: number,
	links: MapLinkData[]
): { people: Set<number>; links: Set<string> } {
	const adjacency = new Map<number, number[]>();
	const add = (from: number, to: number) => {
		const list = adjacency.get(from);
		if (list) list.push(to);
		else adjacency.set(from, [to]);
	};
	for (const [a, b] of links) {
		add(a, b);
		add(b, a);
	}
	const seen = new Set([start]);
	let frontier = [start];
	for (let step = 0; step < depth; step++) {
		const next: number[] = [];
		for (const p of frontier) {
			for (const q of adjacency.get(p) ?? []) {
				if (!seen.has(q)) {
					seen.add(q);
					next.push(q);
				}
			}
		}
		frontier = next;
	}
	const inside = new Set<string>();
	for (const [a, b] of links) if (seen.has(a) && seen.has(b)) inside.add(linkEdgeId(a, b));
	return { people: seen, links: inside };
}
