import type { Locale } from '$lib/i18n/translate';
import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			user: SessionUser | null;
			session: Session | null;
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
