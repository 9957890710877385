import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026-11-28T1100-foundation';
import * as auth from './2026-11-28T1200-auth';
import * as networkVersion from './2026-11-28T1300-network-version';
import * as sessions from './2026-11-28T1400-sessions';

// Listed in code, not read from disk, so the migrations survive bundling by Vite.
const migrations: Record<string, Migration> = {
	'2026-11-28T1100-foundation': foundation,
	'2026-11-28T1200-auth': auth,
	'2026-11-28T1300-network-version': networkVersion,
	'2026-11-28T1400-sessions': sessions
};

export const migrationProvider: MigrationProvider = {
	async getMigrations() {
		return migrations;
	}
};
