import { sql, type Kysely } from 'kysely';

/**
 * Bewustwordingssessies: who took part, which links formed (as an event log, so an undo restores
 * exactly what was there), the links among the participants when the session started (the
 * "before" of the report), the pairing advice given, and the group's signal keywords.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await sql`
		CREATE TABLE session (
			id INTEGER PRIMARY KEY,
			title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
			held_on TEXT NOT NULL,
			location TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 120),
			notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
			status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'closed')),
			begrip TEXT NOT NULL DEFAULT '' CHECK (length(begrip) <= 2000),
			started_at TEXT,
			closed_at TEXT,
			created_by_user_id INTEGER REFERENCES app_user (id) ON DELETE SET NULL,
			created_at TEXT NOT NULL,
			updated_at TEXT NOT NULL
		) STRICT`.execute(db);
	await sql`CREATE INDEX session_held_on ON session (held_on)`.execute(db);

	await sql`
		CREATE TABLE session_facilitator (
			session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
			employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			PRIMARY KEY (session_id, employee_id)
		) STRICT, WITHOUT ROWID`.execute(db);

	await sql`
		CREATE TABLE session_participant (
			session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
			employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			added_at TEXT NOT NULL,
			PRIMARY KEY (session_id, employee_id)
		) STRICT, WITHOUT ROWID`.execute(db);
	await sql`CREATE INDEX session_participant_employee ON session_participant (employee_id)`.execute(
		db
	);
	// The method works with at most 20 people. The service says so politely; this catches any
	// other writer (a script, a future import) that forgets.
	await sql`
		CREATE TRIGGER session_participant_at_most_20 BEFORE INSERT ON session_participant
		WHEN (SELECT count(*) FROM session_participant WHERE session_id = NEW.session_id) >= 20
		BEGIN SELECT RAISE(ABORT, 'session_participant: at most 20 per session'); END`.execute(db);

	await sql`
		CREATE TABLE session_baseline (
			session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
			employee_a_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			employee_b_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3),
			CHECK (employee_a_id < employee_b_id),
			PRIMARY KEY (session_id, employee_a_id, employee_b_id)
		) STRICT, WITHOUT ROWID`.execute(db);

	await sql`
		CREATE TABLE session_link_event (
			id INTEGER PRIMARY KEY,
			session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
			link_id INTEGER REFERENCES link (id) ON DELETE SET NULL,
			employee_a_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			employee_b_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			action TEXT NOT NULL CHECK (action IN ('recorded', 'strengthened', 'confirmed')),
			strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3),
			previous_strength INTEGER CHECK (previous_strength BETWEEN 1 AND 3),
			at TEXT NOT NULL,
			by_user_id INTEGER REFERENCES app_user (id) ON DELETE SET NULL,
			undone_at TEXT,
			CHECK (employee_a_id < employee_b_id)
		) STRICT`.execute(db);
	await sql`CREATE INDEX session_link_event_session ON session_link_event (session_id, id)`.execute(
		db
	);

	await sql`
		CREATE TABLE session_suggestion (
			id INTEGER PRIMARY KEY,
			session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
			round INTEGER NOT NULL CHECK (round >= 1),
			employee_a_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			employee_b_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			employee_c_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
			reason TEXT NOT NULL CHECK (json_valid(reason)),
			created_at TEXT NOT NULL
		) STRICT`.execute(db);
	await sql`CREATE INDEX session_suggestion_session ON session_suggestion (session_id, round)`.execute(
		db
	);

	await sql`
		CREATE TABLE session_signal (
			id INTEGER PRIMARY KEY,
			session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
			label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
			created_at TEXT NOT NULL
		) STRICT`.execute(db);
	await sql`CREATE UNIQUE INDEX session_signal_unique ON session_signal (session_id, label COLLATE NOCASE)`.execute(
		db
	);

	// Where a link formed; a deleted session leaves the link, without the history.
	await sql`ALTER TABLE link ADD COLUMN session_id INTEGER REFERENCES session (id) ON DELETE SET NULL`.execute(
		db
	);
	await sql`CREATE INDEX link_session ON link (session_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await sql`DROP INDEX link_session`.execute(db);
	await sql`ALTER TABLE link DROP COLUMN session_id`.execute(db);
	for (const table of [
		'session_signal',
		'session_suggestion',
		'session_link_event',
		'session_baseline',
		'session_participant',
		'session_facilitator',
		'session'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
