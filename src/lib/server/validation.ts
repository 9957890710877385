import { z } from 'zod';
import { isMessageKey, type MessageKey, type Params } from '$lib/i18n/translate';

/** A message for one field, translated by the page that shows it. */
export interface FieldMessage {
	key: MessageKey;
	params?: Params;
}
export type FieldErrors = Record<string, FieldMessage>;

/** Thrown by services for input that is well-formed but breaks a rule (a taken name, a self-link). */
export class InputError extends Error {
	constructor(readonly errors: FieldErrors) {
		super(`Invalid input: ${Object.keys(errors).join(', ')}`);
	}
}

export class NotFoundError extends Error {}

export type Validated<T> =
	{ ok: true; data: T } | { ok: false; values: Record<string, unknown>; errors: FieldErrors };

/** Reads a form into a plain object; fields in `lists` keep every value (checkbox groups). */
export function formValues(form: FormData, lists: readonly string[] = []): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		values[key] = lists.includes(key) ? all : (all[0] ?? '');
	}
	for (const key of lists) values[key] ??= [];
	return values;
}

export function validate<S extends z.ZodType>(
	schema: S,
	values: Record<string, unknown>
): Validated<z.output<S>> {
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (errors[field]) continue;
		const key = messageKeyFor(issue);
		errors[field] =
			issue.code === 'too_big' ? { key, params: { max: Number(issue.maximum) } } : { key };
	}
	return { ok: false, values, errors };
}

function messageKeyFor(issue: z.core.$ZodIssue): MessageKey {
	if (isMessageKey(issue.message)) return issue.message;
	if (issue.code === 'too_big') return 'error.tooLong';
	if (issue.code === 'too_small') return 'error.required';
	return 'error.number';
}

// Shared field shapes, each failing with a message key that the pages translate.
export const text = (max: number) => z.string().trim().max(max, { error: 'error.tooLong' });
export const requiredText = (max: number) => text(max).min(1, { error: 'error.required' });
export const optionalEmail = z
	.string()
	.trim()
	.toLowerCase()
	.max(254, { error: 'error.tooLong' })
	.refine((v) => v === '' || z.email().safeParse(v).success, { error: 'error.email' })
	.transform((v) => (v === '' ? null : v));
export const id = (message: MessageKey) =>
	z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });
export const isoDate = z.iso.date({ error: 'error.date' });
/** An unticked checkbox is simply absent from the form. */
export const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on' || v === '1' || v === 'true');
