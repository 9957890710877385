import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, translate, type MessageKey, type Params } from './translate';

export * from './translate';

/**
 * Translate for the current request. The locale travels in the root layout's data, so
 * this is correct during server rendering (where `page` is per request) and in the browser.
 */
export function t(key: MessageKey | string, params?: Params): string {
	const locale = page.data?.locale;
	return translate(isLocale(locale) ? locale : DEFAULT_LOCALE, key, params);
}
