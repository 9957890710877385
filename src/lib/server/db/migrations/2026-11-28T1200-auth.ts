import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await sql`
		CREATE TABLE app_user (
			id INTEGER PRIMARY KEY,
			employee_id INTEGER NOT NULL UNIQUE REFERENCES employee (id) ON DELETE RESTRICT,
			email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
			role TEXT NOT NULL CHECK (role IN ('medewerker', 'facilitator', 'manager', 'beheerder')),
			password_hash TEXT,
			active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
			last_sign_in_at TEXT,
			created_at TEXT NOT NULL,
			updated_at TEXT NOT NULL
		) STRICT`.execute(db);
	await sql`CREATE UNIQUE INDEX app_user_email_unique ON app_user (email COLLATE NOCASE)`.execute(db);

	// Lucia's design: the id is the SHA-256 of the token in the cookie; the token itself is never stored.
	await sql`
		CREATE TABLE user_session (
			id TEXT PRIMARY KEY,
			user_id INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
			created_at INTEGER NOT NULL,
			last_used_at INTEGER NOT NULL,
			expires_at INTEGER NOT NULL
		) STRICT, WITHOUT ROWID`.execute(db);
	await sql`CREATE INDEX user_session_user ON user_session (user_id)`.execute(db);

	await sql`
		CREATE TABLE setup_token (
			id TEXT PRIMARY KEY,
			user_id INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
			expires_at INTEGER NOT NULL
		) STRICT, WITHOUT ROWID`.execute(db);

	await sql`
		CREATE TABLE sign_in_throttle (
			key TEXT PRIMARY KEY,
			failures INTEGER NOT NULL,
			last_failure_at INTEGER NOT NULL,
			blocked_until INTEGER NOT NULL
		) STRICT, WITHOUT ROWID`.execute(db);

	await sql`
		CREATE TABLE audit_log (
			id INTEGER PRIMARY KEY,
			at TEXT NOT NULL,
			actor_user_id INTEGER,
			actor_email TEXT NOT NULL,
			action TEXT NOT NULL,
			entity_type TEXT NOT NULL,
			entity_id INTEGER,
			summary TEXT NOT NULL DEFAULT '',
			ip TEXT NOT NULL DEFAULT ''
		) STRICT`.execute(db);
	await sql`CREATE INDEX audit_log_at ON audit_log (at)`.execute(db);
	await sql`CREATE INDEX audit_log_action ON audit_log (action)`.execute(db);
	// Append-only, also for someone with a SQL prompt who forgets: history is not rewritten.
	await sql`
		CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
		BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
	await sql`
		CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
		BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['audit_log', 'sign_in_throttle', 'setup_token', 'user_session', 'app_user']) {
		await db.schema.dropTable(table).execute();
	}
}
