/**
 * Network insights per privacy tier, cached per (network version, as-of date, tier, minimum group
 * size): an unchanged network is never recomputed per request, and every write (which bumps the
 * network version through a trigger) starts afresh.
 */
import type { DB } from '../db';
import type { SessionUser } from '../auth/session';
import { activeNetwork, networkVersion } from '../network/network.queries';
import { networkSnapshot } from '../network/snapshot';
import { InputError } from '../validation';
import { minGroupSizeFromEnv } from './groups';
import { parseAsOf } from './insights.params';
import type {
	DepartmentsReport,
	InsightsReport,
	InsightsTier,
	NamedReport
} from './insights.types';
import { departmentsReport, namedReport, type ReportInput } from './report';

export type * from './insights.types';

export interface InsightsOptions {
	/** Count only links formed on or before this date (YYYY-MM-DD); people are those active now. */
	asOf?: string | null;
	tier: InsightsTier;
	/** Departments tier only; default INSIGHTS_MIN_GROUP_SIZE (5). */
	minGroupSize?: number;
}

/**
 * The tier a signed-in user gets. Named lists (who the brokers and single points of failure are)
 * are for the beheerder alone. roles.ts deliberately has no capability for this: it is not a
 * separate permission but the beheerder's "everything", and a capability would invite granting
 * it to managers by accident. Callers check 'insights.read' first.
 */
export function insightsTierFor(user: Pick<SessionUser, 'role'>): InsightsTier {
	return user.role === 'beheerder' ? 'named' : 'departments';
}

interface CacheEntry {
	version: number;
	reports: Map<string, Promise<InsightsReport>>;
}

// Per database (tests open several), like the network snapshot.
const cache = new WeakMap<DB, CacheEntry>();
/** Each as-of date is its own entry; the bound keeps a run through many dates from piling up. */
const MAX_REPORTS = 24;

export function insightsFor(
	db: DB,
	options: InsightsOptions & { tier: 'named' }
): Promise<NamedReport>;
export function insightsFor(
	db: DB,
	options: InsightsOptions & { tier: 'departments' }
): Promise<DepartmentsReport>;
export function insightsFor(db: DB, options: InsightsOptions): Promise<InsightsReport>;
export async function insightsFor(db: DB, options: InsightsOptions): Promise<InsightsReport> {
	const parsed = parseAsOf(options.asOf);
	if (!parsed.ok) throw new InputError({ peildatum: parsed.error });
	const asOf = parsed.asOf;
	const minGroupSize =
		options.tier === 'named' ? 1 : Math.max(1, options.minGroupSize ?? minGroupSizeFromEnv());

	const version = await networkVersion(db);
	let entry = cache.get(db);
	if (entry?.version !== version) {
		entry = { version, reports: new Map() };
		cache.set(db, entry);
	}
	const key = `${options.tier}|${asOf ?? ''}|${minGroupSize}`;
	const cached = entry.reports.get(key);
	if (cached) return cached;

	if (entry.reports.size >= MAX_REPORTS) {
		entry.reports.delete(entry.reports.keys().next().value!);
	}
	// The promise is cached, so requests arriving while it is computed share the one computation.
	const reports = entry.reports;
	const report = compute(db, version, asOf, options.tier, minGroupSize);
	reports.set(key, report);
	report.catch(() => reports.delete(key));
	return report;
}

async function compute(
	db: DB,
	version: number,
	asOf: string | null,
	tier: InsightsTier,
	minGroupSize: number
): Promise<InsightsReport> {
	// Without a date the map's snapshot has the network already (cached per version as well); its
	// version is the one the figures really belong to, should a write have slipped in meanwhile.
	const snapshot = asOf ? null : await networkSnapshot(db);
	const network = snapshot ? snapshot.network : await activeNetwork(db, { asOf: asOf! });
	const input: ReportInput = { ...network, asOf, networkVersion: snapshot?.version ?? version };
	return tier === 'named' ? namedReport(input) : departmentsReport(input, minGroupSize);
}
