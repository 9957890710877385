import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026-11-28T1100-foundation';

// Listed in code, not read from disk, so the migrations survive bundling by Vite.
const migrations: Record<string, Migration> = {
	'2026-11-28T1100-foundation': foundation
};

export const migrationProvider: MigrationProvider = {
	async getMigrations() {
		return migrations;
	}
};
