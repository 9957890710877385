import { type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '$lib/i18n/translate';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { getDb, initDatabase } from '$lib/server/db';
import { seedDemoOnFirstStart } from '$lib/server/demo/seed';

export const init: ServerInit = async () => {
	const db = await initDatabase();
	await seedDemoOnFirstStart(db);
};

/** Routes a signed-out visitor may open; everything else needs a session. */
const PUBLIC_ROUTES = new Set(['/inloggen', '/account/instellen/[token]', '/taal']);

const locale: Handle = async ({ event, resolve }) => {
	const chosen = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

/**
 * SvelteKit checks the origin of form posts itself; this refuses cross-site requests of any
 * other kind (JSON, DELETE, …) that change data.
 */
// The handles below return their refusals rather than throw them, so that securityHeaders
// (first in the sequence) still stamps its headers on them.
const crossSite: Handle = async ({ event, resolve }) => {
	if (!['GET', 'HEAD', 'OPTIONS'].includes(event.request.method)) {
		const origin = event.request.headers.get('origin');
		const site = event.request.headers.get('sec-fetch-site');
		if ((origin && origin !== event.url.origin) || site === 'cross-site') {
			return new Response('Cross-site verzoek geweigerd', { status: 403 });
		}
	}
	return resolve(event);
};

const session: Handle = async ({ event, resolve }) => {
	const secure = event.url.protocol === 'https:';
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const result = await validateSessionToken(getDb(), token);
		if (result.session) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			setSessionCookie(event.cookies, token, result.session, secure);
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	// Default deny: a page that forgets its guard still shows nothing to a stranger.
	// Each load and action checks the role on top of this.
	if (!event.locals.user && !PUBLIC_ROUTES.has(event.route.id ?? '')) {
		if (event.request.method === 'GET' && !event.url.pathname.startsWith('/api/')) {
			const back = encodeURIComponent(event.url.pathname + event.url.search);
			return new Response(null, { status: 303, headers: { location: `/inloggen?terug=${back}` } });
		}
		return new Response('Niet ingelogd', { status: 401 });
	}
	return resolve(event);
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
	// Pages get SvelteKit's CSP with nonces; redirects, JSON and plain refusals get the strictest one.
	if (!headers.has('Content-Security-Policy')) {
		headers.set(
			'Content-Security-Policy',
			"default-src 'none'; script-src 'none'; frame-ancestors 'none'"
		);
	}
	return response;
};

export const handle = sequence(securityHeaders, locale, crossSite, session);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Niet gevonden' : 'Er ging iets mis' };
};
