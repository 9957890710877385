import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateToLatest, openDatabase, type DB } from '../../src/lib/server/db/connection';

export interface TempDb {
	db: DB;
	file: string;
	close(): Promise<void>;
}

/** A real, migrated SQLite file in a fresh temp folder; `close` removes it. */
export async function tempDb(): Promise<TempDb> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-test-'));
	const file = path.join(dir, 'test.sqlite');
	const db = openDatabase(file);
	await migrateToLatest(db);
	return {
		db,
		file,
		async close() {
			await db.destroy();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
}
