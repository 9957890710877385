import { z } from 'zod';
import type { MessageKey } from '$lib/i18n/translate';
import type { LinkStrength } from '../db/schema';
import { optionalEmail, requiredText, text, validate } from '../validation';
import type { Rejection } from './errors';

/** A person as a file describes them. `null` means "not in the file": the value stays as it is. */
export interface PersonRow {
	line: number;
	name: string;
	email: string | null;
	department: string;
	jobTitle: string | null;
	phone: string | null;
	topics: string[] | null;
	contactPoint: boolean | null;
	/** Given explicitly (a column or attribute): matched on, and stored. */
	externalId: string | null;
	/** The node id of a graph file: matched on as an external id, stored for new people only. */
	nodeId: string | null;
}

/** How a link names a person: a node of the same graph file, or an e-mail or external id. */
export type PersonRef = { node: string } | { value: string };

export interface LinkRow {
	line: number;
	from: PersonRef;
	to: PersonRef;
	strength: LinkStrength;
	formedOn: string | null;
	note: string;
}

const blankToNull = <T>(v: T) => (v === '' ? null : v);

const yesNo = z
	.string()
	.trim()
	.toLowerCase()
	.refine((v) => /^(|ja|j|yes|y|1|true|x|nee|n|no|0|false)$/.test(v), {
		error: 'import.reject.yesNo'
	})
	.transform((v) => (v === '' ? null : /^(ja|j|yes|y|1|true|x)$/.test(v)));

const topicList = text(300)
	.transform((v) =>
		v
			.split(/[,|]/)
			.map((t) => t.trim())
			.filter(Boolean)
	)
	.pipe(z.array(z.string().max(60, { error: 'error.tooLong' })))
	.transform((list) => (list.length ? list : null));

export const personRowSchema = z.object({
	name: requiredText(120),
	email: optionalEmail,
	department: requiredText(100),
	jobTitle: text(120).transform(blankToNull),
	phone: text(40).transform(blankToNull),
	topics: topicList,
	contactPoint: yesNo,
	externalId: text(100).transform(blankToNull)
});

const FIELD_LABELS: Record<string, MessageKey> = {
	name: 'employee.name',
	email: 'employee.email',
	department: 'employee.department',
	jobTitle: 'employee.jobTitle',
	phone: 'employee.phone',
	topics: 'employee.topics',
	contactPoint: 'employee.contactPoint',
	externalId: 'employee.externalId',
	from: 'import.field.from',
	to: 'import.field.to',
	strength: 'link.strength',
	date: 'link.since',
	note: 'link.note'
};

/** The first problem of a row as a rejection: "Afdeling: ontbreekt". */
export function rejectionFor(line: number, field: string, key: MessageKey, params = {}): Rejection {
	const shown = key === 'error.required' ? 'import.reject.missing' : key;
	return { line, field: FIELD_LABELS[field], key: shown, params };
}

export function personRow(
	line: number,
	values: Record<string, string>,
	nodeId: string | null
): PersonRow | Rejection {
	const result = validate(personRowSchema, values);
	if (!result.ok) {
		const [field, message] = Object.entries(result.errors)[0];
		return rejectionFor(line, field, message.key, message.params);
	}
	return { line, ...result.data, nodeId };
}

/**
 * Graph weights to strengths 1–3: rounded and capped (below 1.5 → 1, below 2.5 → 2, else 3).
 * Published weights (counts of e-mails, of meetings) run far past 3; they all mean a strong
 * tie, so the cap loses little. A missing or unreadable weight means 1.
 */
export function strengthFromWeight(raw: string | undefined): LinkStrength {
	const w = Number(raw?.replace(',', '.'));
	if (!raw || !Number.isFinite(w) || w < 1.5) return 1;
	return w < 2.5 ? 2 : 3;
}

/** A strength written as 1, 2 or 3 (empty means 1); anything else is not a strength. */
export function exactStrength(raw: string): LinkStrength | null {
	const s = raw.trim();
	if (s === '') return 1;
	return /^[123]$/.test(s) ? (Number(s) as LinkStrength) : null;
}

/** YYYY-MM-DD, or the Dutch D-M-YYYY (also with / or .), as YYYY-MM-DD; null when not a date. */
export function parseDate(raw: string): string | null {
	const s = raw.trim();
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
	const parts = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : null;
	if (!parts) return null;
	const date = `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
	// Date rolls 31-02 over into March: only a date that survives the round trip is real.
	const parsed = new Date(`${date}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : null;
}
