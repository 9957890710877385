import { en } from './en';
import { nl, type MessageKey } from './nl';

export type Locale = 'nl' | 'en';
export type { MessageKey };

export const LOCALES: readonly Locale[] = ['nl', 'en'];
export const DEFAULT_LOCALE: Locale = 'nl';
export const LOCALE_COOKIE = 'taal';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function isLocale(value: unknown): value is Locale {
	return value === 'nl' || value === 'en';
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && value in nl;
}

export type Params = Record<string, string | number>;

/** Pure lookup, usable on the server and in tests. Unknown keys show as themselves. */
export function translate(locale: Locale, key: MessageKey | string, params?: Params): string {
	const text: string = isMessageKey(key) ? dictionaries[locale][key] : key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
