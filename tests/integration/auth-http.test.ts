import { parse } from 'devalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { addAccount, DEMO_PASSWORD, postSignIn } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';

const EVIL = 'https://evil.example';
const NEW_PASSWORD = 'drie koffie met melk graag';
const WRONG = 'Het e-mailadres of het wachtwoord klopt niet.';

let server: RunningServer;
let db: DB;
let admin: string;

beforeAll(async () => {
	server = await startServer({ demo: false });
	db = openDatabase(server.databaseFile);
	admin = await signIn((await addAccount(db, 'beheerder')).email);
});
afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

const tokenOf = (cookie: string) => cookie.slice('nk_sessie='.length);
const setCookies = (r: Response) =>
	r.headers.getSetCookie().filter((c) => c.startsWith('nk_sessie='));
/** `nk_sessie=<token>` as set by the response, to send back as a Cookie header. */
const cookieOf = (r: Response) => (setCookies(r)[0] ?? '').split(';')[0];

function post(path: string, body: Record<string, string>, headers: Record<string, string> = {}) {
	return fetch(`${server.url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...headers
		},
		body: new URLSearchParams(body)
	});
}
const get = (path: string, cookie = '') =>
	fetch(`${server.url}${path}`, { redirect: 'manual', headers: { accept: 'text/html', cookie } });

/** A form action's answer as the browser's `enhance` gets it, with `data` decoded. */
async function action(path: string, body: Record<string, string>, cookie = '') {
	const response = await post(path, body, { accept: 'application/json', cookie });
	const result = await response.json();
	return { ...result, data: result.data ? parse(result.data) : undefined };
}

async function signIn(email: string): Promise<string> {
	const answer = await postSignIn(server.url, email, DEMO_PASSWORD);
	if (!answer.cookie) throw new Error(`Sign-in of ${email} failed with ${answer.status}`);
	return answer.cookie;
}
const fresh = () => addAccount(db, 'medewerker');
const isSignedIn = async (cookie: string) => (await get('/', cookie)).status === 200;
const auditRows = (action: string) =>
	db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
const sessionRows = (column: 'id' | 'user_id', value: string | number) =>
	db.selectFrom('user_session').selectAll().where(column, '=', value).execute();

describe('the session cookie', () => {
	it('is a new token at every sign-in, HttpOnly, SameSite=Lax, Path=/, not Secure over http', async () => {
		const { userId, email } = await fresh();
		const responses = [];
		for (let i = 0; i < 2; i++) {
			responses.push(await post('/inloggen', { email, password: DEMO_PASSWORD, terug: '/' }));
		}
		const [first, second] = responses.map(cookieOf);
		expect(tokenOf(first)).toMatch(/^[a-z2-7]{32}$/);
		expect(first).not.toBe(second);
		const attributes = setCookies(responses[0])[0]
			.split(';')
			.map((a) => a.trim().toLowerCase());
		expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
		expect(attributes).not.toContain('secure');
		const signIns = await auditRows('auth.signIn');
		expect(signIns.filter((r) => r.entity_id === userId && r.ip !== '')).toHaveLength(2);
	});

	it('never turns a cookie sent in with the sign-in into the session', async () => {
		const { email } = await fresh();
		const valid = await signIn(email);
		for (const planted of ['nk_sessie=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', valid]) {
			const response = await post(
				'/inloggen',
				{ email, password: DEMO_PASSWORD, terug: '/' },
				{ cookie: planted }
			);
			expect(response.status).toBe(303);
			expect(setCookies(response)).toHaveLength(1);
			expect(cookieOf(response)).not.toBe(planted);
			expect(await isSignedIn(cookieOf(response))).toBe(true);
		}
		expect(await sessionRows('id', hashToken('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'))).toEqual([]);
	});

	it('is useless after sign-out, and its row is gone', async () => {
		const { userId, email } = await fresh();
		const cookie = await signIn(email);
		const response = await post('/uitloggen', {}, { cookie });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/inloggen');
		expect(cookieOf(response)).toBe('nk_sessie=');
		const after = await get('/', cookie);
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toBe('/inloggen?terug=%2F');
		expect(await sessionRows('id', hashToken(tokenOf(cookie)))).toEqual([]);
		expect((await auditRows('auth.signOut')).map((r) => r.actor_user_id)).toContain(userId);
	});

	it.each([
		['deactivate', {}, 'user.deactivate'],
		['role', { role: 'facilitator' }, 'user.role']
	])('ends the live session of a user when a beheerder uses ?/%s', async (name, body, logged) => {
		const { userId, email } = await fresh();
		const cookie = await signIn(email);
		expect(await isSignedIn(cookie)).toBe(true);
		const result = await action(`/beheer/gebruikers/${userId}?/${name}`, body, admin);
		expect(result.type).toBe('success');
		expect(await isSignedIn(cookie)).toBe(false);
		expect(await sessionRows('user_id', userId)).toEqual([]);
		expect((await auditRows(logged)).map((r) => r.entity_id)).toContain(userId);
	});
});

describe('cross-site requests', () => {
	it('refuses a cross-site form post with 403 and changes nothing', async () => {
		const { email } = await fresh();
		const cookie = await signIn(email);
		const response = await post('/uitloggen', {}, { cookie, origin: EVIL });
		expect(response.status).toBe(403);
		expect(await isSignedIn(cookie)).toBe(true);
		const users = await db.selectFrom('app_user').select('id').execute();
		const body = { employeeId: '1', email: 'x@evil.example', role: 'beheerder' };
		const create = await post('/beheer/gebruikers?/create', body, { cookie: admin, origin: EVIL });
		expect(create.status).toBe(403);
		expect(await db.selectFrom('app_user').select('id').execute()).toEqual(users);
	});

	it('refuses a cross-site JSON post with 403, by Origin or by Sec-Fetch-Site', async () => {
		const marks: Record<string, string>[] = [{ origin: EVIL }, { 'sec-fetch-site': 'cross-site' }];
		for (const headers of marks) {
			const response = await fetch(`${server.url}/api/medewerkers/zoek`, {
				method: 'POST',
				headers: { cookie: admin, 'content-type': 'application/json', ...headers },
				body: JSON.stringify({ q: 'test' })
			});
			expect(response.status).toBe(403);
		}
	});
});

describe('signing in', () => {
	const message = async (r: Response) =>
		/data-testid="sign-in-error"[^>]*>\s*<p[^>]*>([^<]*)</.exec(await r.text())?.[1];

	it('gives one answer for an unknown e-mail and a wrong password', async () => {
		const { userId, email } = await fresh();
		const unknown = await post('/inloggen', { email: 'niemand@test.nl', password: 'x'.repeat(14) });
		const wrong = await post('/inloggen', { email, password: 'x'.repeat(14) });
		expect([unknown.status, wrong.status]).toEqual([400, 400]);
		expect([await message(unknown), await message(wrong)]).toEqual([WRONG, WRONG]);
		const failed = await auditRows('auth.signInFailed');
		expect(failed.map((r) => r.actor_email)).toContain('niemand@test.nl');
		expect(failed.map((r) => r.entity_id)).toContain(userId);
	});

	it('answers 429 with Retry-After after 5 failures, even for the right password', async () => {
		const { email } = await fresh();
		for (let i = 0; i < 5; i++) {
			expect((await postSignIn(server.url, email, `fout-wachtwoord-${i}`)).status).toBe(400);
		}
		const sixth = await postSignIn(server.url, email, 'fout-wachtwoord-6');
		expect(sixth.status).toBe(429);
		expect(sixth.retryAfter).toMatch(/^[1-9]\d*$/);
		expect(Number(sixth.retryAfter)).toBeLessThanOrEqual(30);
		const right = await postSignIn(server.url, email, DEMO_PASSWORD);
		expect(right.status).toBe(429);
		expect(right.cookie).toBeNull();
	});

	it('sends the person back to a local path only', async () => {
		const { email } = await fresh();
		const foreign = [
			'//evil.example',
			'/\t/evil.example',
			'/\\evil.example',
			'https://evil.example/',
			'/.//evil.example'
		];
		for (const terug of ['/medewerkers?zoek=jan', ...foreign]) {
			const response = await post('/inloggen', { email, password: DEMO_PASSWORD, terug });
			const expected = foreign.includes(terug) ? '/' : terug;
			expect(response.headers.get('location'), terug).toBe(expected);
		}
	});
});

describe('security headers on every response', () => {
	let medewerker: string;
	beforeAll(async () => {
		medewerker = await signIn((await fresh()).email);
	});
	const throttled = async () => {
		const { email } = await fresh();
		for (let i = 0; i < 5; i++) await post('/inloggen', { email, password: `fout-${i}-fout-fout` });
		return post('/inloggen', { email, password: 'fout-6-fout-fout' });
	};
	it.each([
		['a 200 page', 200, () => get('/', medewerker)],
		['a 303 for a signed-out visitor', 303, () => get('/medewerkers')],
		['a 403 page', 403, () => get('/beheer', medewerker)],
		['a 404 page', 404, () => get('/bestaat-niet', medewerker)],
		['a 429 sign-in answer', 429, throttled],
		['a JSON API answer', 200, () => get('/api/medewerkers/zoek?q=te', medewerker)],
		['a 401 API answer', 401, () => get('/api/medewerkers/zoek?q=te')]
	])('%s', async (_, status, request) => {
		const response = await request();
		expect(response.status).toBe(status);
		const h = response.headers;
		const csp = h.get('content-security-policy') ?? '';
		const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(csp)?.[1];
		const problems = [
			!scriptSrc && 'no CSP script-src',
			scriptSrc?.includes("'unsafe-inline'") && "CSP script-src allows 'unsafe-inline'",
			!/(?:^|;)\s*frame-ancestors 'none'/.test(csp) && "no CSP frame-ancestors 'none'",
			h.get('x-content-type-options') !== 'nosniff' && 'no X-Content-Type-Options: nosniff',
			h.get('referrer-policy') !== 'same-origin' && 'no Referrer-Policy: same-origin',
			!h.get('permissions-policy') && 'no Permissions-Policy',
			!h.get('cache-control')?.includes('no-store') && 'no Cache-Control: no-store',
			h.has('strict-transport-security') && 'HSTS over plain http'
		].filter(Boolean);
		expect(problems).toEqual([]);
	});
});

describe('accounts and passwords over HTTP', () => {
	it('creates an account with a one-time set-up link that sets a good password once', async () => {
		// An employee without an account: make one with an account, then take the account away.
		const { userId, employeeId } = await fresh();
		await db.deleteFrom('app_user').where('id', '=', userId).execute();
		const email = 'nieuwe.collega@test.nl';
		const create = { employeeId: String(employeeId), email, role: 'medewerker' };
		const created = await action('/beheer/gebruikers?/create', create, admin);
		expect(created.type).toBe('success');
		const link: string = created.data.created.link;
		expect(link).toMatch(new RegExp(`^${server.url}/account/instellen/[a-z2-7]{32}$`));
		const path = link.slice(server.url.length);
		const user = await db
			.selectFrom('app_user')
			.selectAll()
			.where('email', '=', email)
			.executeTakeFirstOrThrow();
		expect(user.password_hash).toBeNull();
		expect((await auditRows('user.create')).map((r) => r.entity_id)).toContain(user.id);

		const page = await get(path);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain(email);
		const refused = async (password: string) => {
			const result = await action(path, { password, confirm: password });
			expect(result.type, password).toBe('failure');
			expect(result.status).toBe(400);
			return result.data.errors.password.key;
		};
		expect(await refused('wachtwoord123')).toBe('error.password.common');
		expect(await refused('password1234')).toBe('error.password.common');
		expect(await refused('kort genoeg')).toBe('error.password.tooShort');

		const done = await post(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
		expect(done.status).toBe(303);
		expect(await isSignedIn(cookieOf(done))).toBe(true);
		const again = await action(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
		expect(again.data.errors.form.key).toBe('error.setup.invalid');
		expect(await (await get(path)).text()).toContain('Deze link is niet (meer) geldig');
		const token = path.split('/').pop()!;
		const leaky = await db
			.selectFrom('audit_log')
			.select('summary')
			.where((eb) =>
				eb.or([eb('summary', 'like', `%${NEW_PASSWORD}%`), eb('summary', 'like', `%${token}%`)])
			)
			.execute();
		expect(leaky).toEqual([]);
	});

	it('changes one’s own password at /account and ends the other sessions', async () => {
		const { email } = await fresh();
		const [here, elsewhere] = [await signIn(email), await signIn(email)];
		const change = (current: string) =>
			post(
				'/account?/password',
				{ current, password: NEW_PASSWORD, confirm: NEW_PASSWORD },
				{ cookie: here }
			);
		expect((await change('niet-het-huidige-wachtwoord')).status).toBe(400);
		expect(await isSignedIn(elsewhere)).toBe(true);
		const changed = await change(DEMO_PASSWORD);
		expect(changed.status).toBe(303);
		expect(changed.headers.get('location')).toMatch(/^\/account\?/);
		const renewed = cookieOf(changed);
		expect(renewed).not.toBe(here);
		expect([await isSignedIn(elsewhere), await isSignedIn(here)]).toEqual([false, false]);
		expect(await isSignedIn(renewed)).toBe(true);
		expect((await postSignIn(server.url, email, NEW_PASSWORD)).status).toBe(303);
	});
});
