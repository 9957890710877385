import { today } from '../clock';
import type { Rejection } from './errors';
import {
	exactStrength,
	parseDate,
	rejectionFor,
	strengthFromWeight,
	type LinkRow,
	type PersonRef
} from './rows';

/** The raw fields of one link, from a CSV row or a graph edge; undefined = not in the file. */
export interface LinkFields {
	strength?: string;
	weight?: string;
	date?: string;
	note?: string;
}

/**
 * A link row, or the reason it cannot be one. An exact strength must be 1, 2 or 3; a weight
 * (from a graph tool) is mapped onto 1–3. A date may be missing (today is used) but not
 * unreadable or in the future.
 */
export function linkRow(
	line: number,
	from: PersonRef,
	to: PersonRef,
	fields: LinkFields
): LinkRow | Rejection {
	let strength = strengthFromWeight(fields.weight);
	if (fields.strength !== undefined && fields.strength.trim() !== '') {
		const exact = exactStrength(fields.strength);
		if (exact === null && fields.weight === undefined) {
			return rejectionFor(line, 'strength', 'import.reject.strength');
		}
		strength = exact ?? strength;
	}
	let formedOn: string | null = null;
	if (fields.date?.trim()) {
		formedOn = parseDate(fields.date);
		if (!formedOn) return rejectionFor(line, 'date', 'import.reject.date');
		if (formedOn > today()) return rejectionFor(line, 'date', 'import.reject.futureDate');
	}
	const note = (fields.note ?? '').trim();
	if (note.length > 500) return rejectionFor(line, 'note', 'error.tooLong', { max: 500 });
	return { line, from, to, strength, formedOn, note };
}

export function isRejection(value: object): value is Rejection {
	return 'key' in value;
}
