import { layoutGraph } from '$lib/graph/layout';
import type { Point } from '$lib/graph/layout/types';
import type { DB } from '../db';
import { nowIso } from '../clock';
import type { Snapshot } from './snapshot';

/** Up to this many people the layout is made during the request (≈ 0.1 s at 2,000, 0.2 s at 5,000). */
const SYNC_LIMIT = 5_000;

// Per database, like the snapshot cache.
const memos = new WeakMap<DB, { version: number; positions: Map<number, Point> }>();
const runs = new WeakMap<DB, Promise<void>>();

async function storedPositions(db: DB): Promise<Map<number, Point>> {
	const rows = await db.selectFrom('layout_position').select(['employee_id', 'x', 'y']).execute();
	return new Map(rows.map((r) => [r.employee_id, { x: r.x, y: r.y }]));
}

async function computeAndStore(db: DB, snapshot: Snapshot, previous: Map<number, Point>) {
	const started = performance.now();
	const layout = layoutGraph(snapshot.graph, { previous: previous.size ? previous : undefined });
	const duration = Math.round(performance.now() - started);
	const rows = [...layout.positions].map(([employee_id, p]) => ({ employee_id, x: p.x, y: p.y }));
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('layout_position').execute();
		for (let i = 0; i < rows.length; i += 500) {
			await trx
				.insertInto('layout_position')
				.values(rows.slice(i, i + 500))
				.execute();
		}
		const state = {
			network_version: snapshot.version,
			computed_at: nowIso(),
			duration_ms: duration
		};
		await trx
			.insertInto('layout_state')
			.values({ id: 1, ...state })
			.onConflict((oc) => oc.column('id').doUpdateSet(state))
			.execute();
	});
	memos.set(db, { version: snapshot.version, positions: layout.positions });
}

/** Until a new layout is ready, people without a stored position sit with their linked colleagues. */
function fillMissing(snapshot: Snapshot, positions: Map<number, Point>): Map<number, Point> {
	const filled = new Map(positions);
	const { graph } = snapshot;
	graph.ids.forEach((id, i) => {
		if (filled.has(id)) return;
		let x = 0;
		let y = 0;
		let k = 0;
		for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
			const p = positions.get(graph.ids[graph.targets[e]]);
			if (p) {
				x += p.x;
				y += p.y;
				k++;
			}
		}
		filled.set(id, k ? { x: x / k + 15, y: y / k + 15 } : { x: 0, y: 0 });
	});
	return filled;
}

/**
 * Positions for the map. The same network version always gives the stored positions; a new
 * version is laid out from the previous positions (so the picture moves little). Large networks
 * are laid out in the background while the map shows the previous positions.
 */
export async function mapPositions(
	db: DB,
	snapshot: Snapshot
): Promise<{ positions: Map<number, Point>; fresh: boolean }> {
	const memo = memos.get(db);
	if (memo?.version === snapshot.version) return { positions: memo.positions, fresh: true };
	const state = await db.selectFrom('layout_state').selectAll().executeTakeFirst();
	const stored = await storedPositions(db);
	if (state?.network_version === snapshot.version && stored.size > 0) {
		memos.set(db, { version: snapshot.version, positions: stored });
		return { positions: stored, fresh: true };
	}
	const now = snapshot.graph.n <= SYNC_LIMIT || stored.size === 0;
	// Deferred for large networks, so this request answers first with the previous positions.
	const start = now ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 50));
	let running = runs.get(db);
	if (!running) {
		running = start
			.then(() => computeAndStore(db, snapshot, stored))
			.finally(() => runs.delete(db));
		runs.set(db, running);
	}
	if (now) {
		await running;
		return { positions: memos.get(db)!.positions, fresh: true };
	}
	return { positions: fillMissing(snapshot, stored), fresh: false };
}
