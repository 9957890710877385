import type { DB } from '../db';
import type { LinkStrength } from '../db/schema';
import {
	baselineOf,
	eventsOf,
	facilitatorsOf,
	findSession,
	linksAmong,
	participantsOf,
	signalsOf,
	type PairRow,
	type Participant
} from './sessions.queries';

export interface NetworkCounts {
	links: number;
	crossLinks: number;
	/** Pairs of departments with at least one link between them. */
	departmentPairs: number;
}

export interface ReportLink {
	a: number;
	b: number;
	strength: LinkStrength;
	cross: boolean;
}

export interface SessionReport {
	before: NetworkCounts;
	after: NetworkCounts;
	newLinks: ReportLink[];
	/** Pairs that knew each other and now say they know each other better. */
	strengthened: number;
	newDepartmentPairs: { a: string; b: string }[];
	perParticipant: { person: Participant; newColleagues: Participant[] }[];
}

const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/**
 * Before and after, among the participants. "Before" is what was stored when the session started
 * (or when someone joined it); "after" adds what the session recorded and did not undo. Both
 * come from the session's own records, so the report stays the same when the network changes later.
 */
export function buildReport(
	participants: Participant[],
	baseline: PairRow[],
	events: { a: number; b: number; strength: LinkStrength }[]
): SessionReport {
	const byId = new Map(participants.map((p) => [p.id, p]));
	const inGroup = (p: { a: number; b: number }) => byId.has(p.a) && byId.has(p.b);
	const before = new Map<string, PairRow>();
	for (const pair of baseline.filter(inGroup)) before.set(pairKey(pair.a, pair.b), pair);
	const after = new Map(before);
	for (const event of events.filter(inGroup)) {
		const k = pairKey(event.a, event.b);
		const strength = Math.max(after.get(k)?.strength ?? 0, event.strength) as LinkStrength;
		after.set(k, { a: Math.min(event.a, event.b), b: Math.max(event.a, event.b), strength });
	}

	const departmentOf = (id: number) => byId.get(id)!.departmentId;
	const cross = (p: PairRow) => departmentOf(p.a) !== departmentOf(p.b);
	const departmentPairs = (links: Map<string, PairRow>) =>
		new Set(
			[...links.values()].filter(cross).map((p) => pairKey(departmentOf(p.a), departmentOf(p.b)))
		);
	const counts = (links: Map<string, PairRow>): NetworkCounts => ({
		links: links.size,
		crossLinks: [...links.values()].filter(cross).length,
		departmentPairs: departmentPairs(links).size
	});

	const newLinks = [...after.entries()]
		.filter(([k]) => !before.has(k))
		.map(([, p]) => ({ ...p, cross: cross(p) }));
	const beforePairs = departmentPairs(before);
	const departmentName = new Map(participants.map((p) => [p.departmentId, p.departmentName]));
	const newDepartmentPairs = [...departmentPairs(after)]
		.filter((k) => !beforePairs.has(k))
		.map((k) => k.split('-').map((id) => departmentName.get(Number(id)) ?? ''))
		.map(([a, b]) => (a.localeCompare(b, 'nl') <= 0 ? { a, b } : { a: b, b: a }))
		.sort((x, y) => x.a.localeCompare(y.a, 'nl') || x.b.localeCompare(y.b, 'nl'));

	const perParticipant = participants.map((person) => ({
		person,
		newColleagues: newLinks
			.filter((l) => l.a === person.id || l.b === person.id)
			.map((l) => byId.get(l.a === person.id ? l.b : l.a)!)
			.sort((x, y) => x.name.localeCompare(y.name, 'nl'))
	}));

	return {
		before: counts(before),
		after: counts(after),
		newLinks,
		strengthened: [...before.entries()].filter(([k, p]) => after.get(k)!.strength > p.strength)
			.length,
		newDepartmentPairs,
		perParticipant
	};
}

/** Everything the report page and the CSV show; null for an unknown session. */
export async function loadReport(db: DB, sessionId: number) {
	const session = await findSession(db, sessionId);
	if (!session) return null;
	const participants = await participantsOf(db, sessionId);
	const [facilitators, signals, baseline, events] = await Promise.all([
		facilitatorsOf(db, sessionId),
		signalsOf(db, sessionId),
		// Not started yet: "before" is the network as it is now, and nothing happened yet.
		session.status === 'planned'
			? linksAmong(
					db,
					participants.map((p) => p.id)
				)
			: baselineOf(db, sessionId),
		eventsOf(db, sessionId)
	]);
	return {
		session,
		facilitators,
		signals,
		participants,
		report: buildReport(participants, baseline, events)
	};
}
export type LoadedReport = NonNullable<Awaited<ReturnType<typeof loadReport>>>;
