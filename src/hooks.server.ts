import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '$lib/i18n/translate';
import { initDatabase } from '$lib/server/db';
import { seedDemoOnFirstStart } from '$lib/server/demo/seed';

export const init: ServerInit = async () => {
	const db = await initDatabase();
	await seedDemoOnFirstStart(db);
};

const locale: Handle = async ({ event, resolve }) => {
	const chosen = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('X-Content-Type-Options', 'nosniff');
	// Not 'no-referrer': Chromium then sends "Origin: null" on form posts, which the CSRF check refuses.
	headers.set('Referrer-Policy', 'same-origin');
	headers.set('X-Frame-Options', 'DENY');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (event.url.protocol === 'https:') {
		headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
	// Everything but static assets may carry personal data: never keep it in a cache.
	if (!event.url.pathname.startsWith('/_app/immutable/')) headers.set('Cache-Control', 'no-store');
	return response;
};

export const handle = sequence(locale, securityHeaders);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Niet gevonden' : 'Er ging iets mis' };
};
