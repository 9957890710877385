/**
 * Number formats for the insights page, per locale ("0,23%" in Dutch, "0.23%" in English). Pure,
 * so the page formats the same on the server and in the browser. Formatters are made once per
 * locale and kind: building an Intl.NumberFormat costs far more than using one, and a heat map of
 * 80 departments formats some 20,000 numbers.
 */
import { isLocale, type Locale } from '$lib/i18n/translate';

export function localeOf(value: unknown): Locale {
	return isLocale(value) ? value : 'nl';
}

// British English for "1 March 2026"; plain 'en' would give the American "March 1, 2026".
const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const OPTIONS = {
	percent: { style: 'percent', maximumSignificantDigits: 2 },
	count: {},
	signed: { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' },
	decimal: { minimumFractionDigits: 3, maximumFractionDigits: 3 }
} satisfies Record<string, Intl.NumberFormatOptions>;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, kind: keyof typeof OPTIONS): Intl.NumberFormat {
	const key = `${locale}:${kind}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.NumberFormat(TAGS[locale], OPTIONS[kind])));
	return f;
}

/** Densities are often tiny (0.2%): two significant digits keep them readable and distinct. */
export function percent(locale: Locale, value: number): string {
	return formatter(locale, 'percent').format(value);
}

export function count(locale: Locale, value: number): string {
	return formatter(locale, 'count').format(value);
}

/** E-I with its sign always shown (a true minus), two decimals; null as a dash. */
export function signed(locale: Locale, value: number | null): string {
	return value === null ? '–' : formatter(locale, 'signed').format(value).replace('-', '−');
}

/** Betweenness: three decimals. */
export function decimal(locale: Locale, value: number): string {
	return formatter(locale, 'decimal').format(value);
}

/** A date as people read it: "1 maart 2026" / "1 March 2026". */
export function longDate(locale: Locale, iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, m - 1, d))
	);
}
