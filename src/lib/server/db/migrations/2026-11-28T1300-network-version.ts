import { sql, type Kysely } from 'kysely';

/**
 * One number that changes whenever the network changes (people, departments, links). Caches of
 * the layout and the metrics are keyed on it, so an unchanged network is never recomputed, and
 * no code path can forget to invalidate them: the triggers see every write.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await sql`
		CREATE TABLE network_version (
			id INTEGER PRIMARY KEY CHECK (id = 1),
			version INTEGER NOT NULL
		) STRICT`.execute(db);
	await sql`INSERT INTO network_version (id, version) VALUES (1, 1)`.execute(db);
	for (const table of ['employee', 'link', 'department']) {
		for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
			await sql
				.raw(
					`CREATE TRIGGER ${table}_${event.toLowerCase()}_bumps_version AFTER ${event} ON ${table}
					BEGIN UPDATE network_version SET version = version + 1 WHERE id = 1; END`
				)
				.execute(db);
		}
	}

	// The last computed map layout: one position per person, for the version it was made for.
	await sql`
		CREATE TABLE layout_position (
			employee_id INTEGER PRIMARY KEY REFERENCES employee (id) ON DELETE CASCADE,
			x REAL NOT NULL,
			y REAL NOT NULL
		) STRICT`.execute(db);
	await sql`
		CREATE TABLE layout_state (
			id INTEGER PRIMARY KEY CHECK (id = 1),
			network_version INTEGER NOT NULL,
			computed_at TEXT NOT NULL,
			duration_ms INTEGER NOT NULL
		) STRICT`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['employee', 'link', 'department']) {
		for (const event of ['insert', 'update', 'delete']) {
			await sql.raw(`DROP TRIGGER ${table}_${event}_bumps_version`).execute(db);
		}
	}
	for (const table of ['layout_state', 'layout_position', 'network_version']) {
		await db.schema.dropTable(table).execute();
	}
}
