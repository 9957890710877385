import type { Rejection } from './errors';
import type { ExistingPerson, ImportState } from './exchange.queries';
import type { PersonRow } from './rows';

export type Action = 'new' | 'update' | 'unchanged';

/** A person after the plan: an existing employee id, or an index into the new people. */
export type Slot = { id: number; leftOn: string | null } | { index: number };

export interface PersonTarget {
	fullName: string;
	email: string | null;
	phone: string;
	jobTitle: string;
	departmentName: string;
	topics: string[];
	isContactPoint: boolean;
	externalId: string | null;
}

export interface PlannedPerson {
	line: number;
	action: Action;
	id: number | null;
	target: PersonTarget;
}

/** Which row a key (e-mail, external id, node id) of the file belongs to; slot null = rejected. */
export type FileKeys = Map<string, { line: number; slot: Slot | null; name: string }>;

const sameTopics = (a: string[], b: string[]) =>
	a
		.map((t) => t.toLowerCase())
		.sort()
		.join('\n') ===
	b
		.map((t) => t.toLowerCase())
		.sort()
		.join('\n');

function keysOf(row: PersonRow): string[] {
	return [
		row.email ? `email:${row.email}` : '',
		row.externalId ? `ext:${row.externalId}` : '',
		row.nodeId ? `node:${row.nodeId}` : ''
	].filter(Boolean);
}

/** What the row makes of an existing person: values absent from the file stay as they are. */
function merged(row: PersonRow, existing: ExistingPerson, topics: string[]): PersonTarget {
	return {
		fullName: row.name,
		email: row.email ?? existing.email,
		phone: row.phone ?? existing.phone,
		jobTitle: row.jobTitle ?? existing.job_title,
		departmentName: row.department,
		topics: row.topics ?? topics,
		isContactPoint: row.contactPoint ?? existing.is_contact_point === 1,
		externalId: row.externalId ?? existing.external_id
	};
}

function differs(t: PersonTarget, e: ExistingPerson, topics: string[], departmentId?: number) {
	return (
		t.fullName !== e.full_name ||
		t.email !== e.email ||
		t.phone !== e.phone ||
		t.jobTitle !== e.job_title ||
		departmentId !== e.department_id ||
		t.isContactPoint !== (e.is_contact_point === 1) ||
		t.externalId !== e.external_id ||
		!sameTopics(t.topics, topics)
	);
}

/**
 * Matches each person row: by e-mail, else by external id (for graph files: the node id), else
 * new. A row whose e-mail and external id point at two different people, or that repeats a
 * key of an earlier row, is rejected.
 */
export function planPeople(state: ImportState, rows: PersonRow[], rejected: Rejection[]) {
	const byEmail = new Map<string, ExistingPerson>();
	const byExternal = new Map<string, ExistingPerson>();
	for (const p of state.people) {
		if (p.email) byEmail.set(p.email.toLowerCase(), p);
		if (p.external_id) byExternal.set(p.external_id, p);
	}
	const departmentIds = new Map(state.departments.map((d) => [d.name.toLowerCase(), d.id]));
	const keys: FileKeys = new Map();
	const planned: PlannedPerson[] = [];
	// Two rows that land on the same employee (one by e-mail, one by number) would overwrite each other.
	const matched = new Map<number, number>();
	let newCount = 0;
	for (const row of rows) {
		const rowKeys = keysOf(row);
		const earlier = rowKeys.map((k) => keys.get(k)).find(Boolean);
		if (earlier) {
			rejected.push({
				line: row.line,
				key: 'import.reject.duplicate',
				params: { line: earlier.line }
			});
			continue;
		}
		const byMail = row.email ? byEmail.get(row.email) : undefined;
		const external = row.externalId ?? row.nodeId;
		const byId = external ? byExternal.get(external) : undefined;
		if (byMail && byId && byMail.id !== byId.id) {
			rejected.push({ line: row.line, key: 'import.reject.conflict' });
			for (const k of rowKeys) keys.set(k, { line: row.line, slot: null, name: row.name });
			continue;
		}
		const existing = byMail ?? byId;
		const alsoOn = existing && matched.get(existing.id);
		if (alsoOn) {
			rejected.push({ line: row.line, key: 'import.reject.duplicate', params: { line: alsoOn } });
			continue;
		}
		let slot: Slot;
		if (!existing) {
			slot = { index: newCount++ };
			planned.push({
				line: row.line,
				action: 'new',
				id: null,
				target: {
					fullName: row.name,
					email: row.email,
					phone: row.phone ?? '',
					jobTitle: row.jobTitle ?? '',
					departmentName: row.department,
					topics: row.topics ?? [],
					isContactPoint: row.contactPoint ?? false,
					externalId: external
				}
			});
		} else {
			slot = { id: existing.id, leftOn: existing.left_on };
			matched.set(existing.id, row.line);
			const topics = state.topicsOf.get(existing.id) ?? [];
			const target = merged(row, existing, topics);
			const departmentId = departmentIds.get(row.department.toLowerCase());
			const action = differs(target, existing, topics, departmentId) ? 'update' : 'unchanged';
			planned.push({ line: row.line, action, id: existing.id, target });
		}
		for (const k of rowKeys) keys.set(k, { line: row.line, slot, name: row.name });
	}
	return { planned, keys, byEmail, byExternal };
}
