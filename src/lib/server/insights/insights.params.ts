import { isoDate, type FieldMessage } from '../validation';

export type AsOfParam = { ok: true; asOf: string | null } | { ok: false; error: FieldMessage };

/**
 * `?peildatum=YYYY-MM-DD` (page and API) or `--as-of` (command line). Empty or absent means today:
 * all links. Anything else that is not a real calendar date is refused with a message key.
 */
export function parseAsOf(value: string | null | undefined): AsOfParam {
	const text = (value ?? '').trim();
	if (text === '') return { ok: true, asOf: null };
	return isoDate.safeParse(text).success
		? { ok: true, asOf: text }
		: { ok: false, error: { key: 'insights.error.asOf' } };
}
