import { error, fail } from '@sveltejs/kit';
import { InputError, NotFoundError } from './validation';

/**
 * Turns a service's refusal into what the page shows: a 400 that echoes the fields with
 * messages, or a 404. Anything else is a real fault and goes on to handleError.
 */
export function refusal(e: unknown, values: Record<string, unknown>, form?: string) {
	if (e instanceof InputError) return fail(400, { form, values, errors: e.errors });
	if (e instanceof NotFoundError) error(404, 'Niet gevonden');
	throw e;
}

/** A path with a one-line notice for the next page (keys are checked against the dictionary there). */
export function withNotice(path: string, key: string, name?: string): string {
	const params = new URLSearchParams({ melding: key });
	if (name) params.set('naam', name);
	return `${path}?${params}`;
}

export function idParam(raw: string): number {
	// Digits only: Number() would also read '0x1', '1e0' and ' 1' as person 1.
	const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : 0;
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'Niet gevonden');
	return id;
}
