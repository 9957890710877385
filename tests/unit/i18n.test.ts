import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { nl } from '../../src/lib/i18n/nl';
import { translate } from '../../src/lib/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
	it('has an English text for every Dutch key, and no others', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
	});

	it('has no empty texts', () => {
		for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) {
			expect(text.trim(), key).not.toBe('');
		}
	});

	it('uses the same placeholders in both languages', () => {
		for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
			expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
		}
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(translate('nl', 'employee.results', { count: 3 })).toBe('3 gevonden');
		expect(translate('en', 'employee.results', { count: 3 })).toBe('3 found');
		expect(translate('nl', 'employee.results')).toBe('{count} gevonden');
	});
});
