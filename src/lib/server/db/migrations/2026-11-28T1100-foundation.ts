import { sql, type Kysely } from 'kysely';

// Migrations take Kysely<any>: they describe the schema at their point in time, not today's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await sql`
		CREATE TABLE department (
			id INTEGER PRIMARY KEY,
			name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
			description TEXT NOT NULL DEFAULT '',
			color TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
			created_at TEXT NOT NULL,
			updated_at TEXT NOT NULL
		) STRICT`.execute(db);
	await sql`CREATE UNIQUE INDEX department_name_unique ON department (name COLLATE NOCASE)`.execute(db);

	await sql`
		CREATE TABLE topic (
			id INTEGER PRIMARY KEY,
			name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60)
		) STRICT`.execute(db);
	await sql`CREATE UNIQUE INDEX topic_name_unique ON topic (name COLLATE NOCASE)`.execute(db);

	await sql`
		CREATE TABLE employee (
			id INTEGER PRIMARY KEY,
			full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 120),
			email TEXT,
			phone TEXT NOT NULL DEFAULT '',
			job_title TEXT NOT NULL DEFAULT '',
			department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
			is_contact_point INTEGER NOT NULL DEFAULT 0 CHECK (is_contact_point IN (0, 1)),
			external_id TEXT,
			left_on TEXT,
			created_at TEXT NOT NULL,
			updated_at TEXT NOT NULL
		) STRICT`.execute(db);
	await sql`CREATE UNIQUE INDEX employee_email_unique ON employee (email COLLATE NOCASE) WHERE email IS NOT NULL`.execute(
		db
	);
	await sql`CREATE UNIQUE INDEX employee_external_id_unique ON employee (external_id) WHERE external_id IS NOT NULL`.execute(
		db
	);
	await sql`CREATE INDEX employee_department ON employee (department_id)`.execute(db);
	await sql`CREATE INDEX employee_name ON employee (full_name COLLATE NOCASE)`.execute(db);

	await sql`
		CREATE TABLE employee_topic (
			employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			topic_id INTEGER NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
			PRIMARY KEY (employee_id, topic_id)
		) STRICT, WITHOUT ROWID`.execute(db);
	await sql`CREATE INDEX employee_topic_topic ON employee_topic (topic_id)`.execute(db);

	await sql`
		CREATE TABLE link (
			id INTEGER PRIMARY KEY,
			employee_a_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			employee_b_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
			strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3),
			origin TEXT NOT NULL CHECK (origin IN ('handmatig', 'sessie', 'import')),
			formed_on TEXT NOT NULL,
			note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
			recorded_by_user_id INTEGER,
			created_at TEXT NOT NULL,
			updated_at TEXT NOT NULL,
			CHECK (employee_a_id < employee_b_id),
			UNIQUE (employee_a_id, employee_b_id)
		) STRICT`.execute(db);
	await sql`CREATE INDEX link_b ON link (employee_b_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['link', 'employee_topic', 'employee', 'topic', 'department']) {
		await db.schema.dropTable(table).execute();
	}
}
