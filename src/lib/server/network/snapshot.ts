import { buildGraph, type Graph } from '$lib/graph/graph';
import type { DB } from '../db';
import { activeNetwork, networkVersion, type ActiveNetwork } from './network.queries';

export interface Snapshot {
	version: number;
	network: ActiveNetwork;
	/** Node ids are employee ids, groups are department ids, weights are link strengths. */
	graph: Graph<number, number>;
}

// Per database (tests open several), so one file's snapshot never answers for another's.
const cache = new WeakMap<DB, Snapshot>();

/**
 * The active network and its graph, rebuilt only when the network version moved (every write
 * to people, departments or links bumps it through a trigger). Map, routes and insights share it.
 */
export async function networkSnapshot(db: DB): Promise<Snapshot> {
	const version = await networkVersion(db);
	const cached = cache.get(db);
	if (cached?.version === version) return cached;
	const network = await activeNetwork(db);
	const graph = buildGraph<number, number>({
		nodes: network.people.map((p) => ({ id: p.id, group: p.departmentId })),
		links: network.links.map((l) => ({ a: l.a, b: l.b, weight: l.strength }))
	});
	const snapshot = { version, network, graph };
	cache.set(db, snapshot);
	return snapshot;
}
