import { databasePath } from '../config';
import { migrateToLatest, openDatabase, type DB } from './connection';

export type { DB } from './connection';

let instance: DB | undefined;

/** The app's shared connection, on DATABASE_PATH. Call `initDatabase` once at start-up. */
export function getDb(): DB {
	if (!instance) instance = openDatabase(databasePath());
	return instance;
}

export async function initDatabase(): Promise<DB> {
	const db = getDb();
	await migrateToLatest(db);
	return db;
}

/**
 * Runs `work` in a transaction, or inside the caller's when there already is one, so services
 * compose (an import or a session can call them) and still write all or nothing.
 */
export function inTransaction<T>(db: DB, work: (trx: DB) => Promise<T>): Promise<T> {
	return db.isTransaction ? work(db) : db.transaction().execute(work);
}
