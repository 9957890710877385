import type { Locale } from '$lib/i18n/translate';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
		}
		interface PageData {
			locale?: Locale;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
