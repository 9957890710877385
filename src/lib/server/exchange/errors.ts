import type { MessageKey, Params } from '$lib/i18n/translate';

/**
 * A file we refuse as a whole (malformed CSV or XML, unsafe XML, wrong kind of file): nothing is
 * written. `line` is 1-based; `key` is a Dutch message key the page or the command line translates.
 */
export class ParseError extends Error {
	constructor(
		readonly line: number,
		readonly key: MessageKey,
		readonly params: Params = {}
	) {
		super(`line ${line}: ${key}`);
	}
}

/** One row that cannot be imported, and why; the rest of the file is still previewed. */
export interface Rejection {
	line: number;
	/** The column or attribute the reason is about (a label key), when there is one. */
	field?: MessageKey;
	key: MessageKey;
	params?: Params;
}
