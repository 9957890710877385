import type { DB } from '../db';
import { mapPositions } from './layout.service';
import { networkSnapshot } from './snapshot';

export interface MapPerson {
	id: number;
	name: string;
	jobTitle: string;
	departmentId: number;
	contactPoint: boolean;
	degree: number;
	x: number;
	y: number;
}

export interface MapDepartment {
	id: number;
	name: string;
	color: string;
	size: number;
}

/** Everything the map draws, positions included: the browser only renders. */
export async function mapData(db: DB) {
	const snapshot = await networkSnapshot(db);
	const { positions, fresh } = await mapPositions(db, snapshot);
	const { network, graph } = snapshot;
	const sizes = new Map<number, number>();
	for (const p of network.people) sizes.set(p.departmentId, (sizes.get(p.departmentId) ?? 0) + 1);
	const people: MapPerson[] = network.people.map((p) => {
		const i = graph.indexOf.get(p.id)!;
		const at = positions.get(p.id) ?? { x: 0, y: 0 };
		return {
			...p,
			degree: graph.offsets[i + 1] - graph.offsets[i],
			x: Math.round(at.x * 10) / 10,
			y: Math.round(at.y * 10) / 10
		};
	});
	return {
		version: snapshot.version,
		layoutFresh: fresh,
		departments: network.departments.map((d): MapDepartment => ({
			...d,
			size: sizes.get(d.id) ?? 0
		})),
		people,
		/** [a, b, strength] triples: compact, since a large municipality has 10,000s of links. */
		links: network.links.map((l): [number, number, number] => [l.a, l.b, l.strength])
	};
}

export type MapData = Awaited<ReturnType<typeof mapData>>;
