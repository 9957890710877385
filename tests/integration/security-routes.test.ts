import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/lib/auth/roles';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { demoEmail, signInAs } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';
import { docTableRecords } from '../support/doc-tables';

const root = path.resolve(import.meta.dirname, '..', '..');
const VISITORS = ['signed out', ...ROLES] as const;
type Visitor = (typeof VISITORS)[number];
const CELLS = ['200', '403', '404', 'login', 'own', '→ /'];

/** Every route id under src/routes: a folder with a page or an endpoint, as SvelteKit names it. */
function routesFromTree(dir = path.join(root, 'src', 'routes'), id = ''): string[] {
	const entries = fs.readdirSync(dir, { withFileTypes: true });
	const isRoute = entries.some(
		(e) => e.isFile() && /^\+(page(@[^.]*)?\.svelte|server\.[jt]s)$/.test(e.name)
	);
	const nested = entries
		.filter((e) => e.isDirectory())
		.flatMap((e) => routesFromTree(path.join(dir, e.name), `${id}/${e.name}`));
	return [...(isRoute ? [id || '/'] : []), ...nested].sort();
}

const table = docTableRecords('docs/security.md', 'routes');
const routeOf = (row: Record<string, string>) => row.route.replace(/^`|`$/g, '');

let server: RunningServer;
let db: DB;
const cookies = new Map<Visitor, string | null>();
const ownEmployee = new Map<Role, number>();
const ids = { employee: 0, department: 0, user: 0, session: 0 };

beforeAll(async () => {
	server = await startServer({ demo: true });
	db = openDatabase(server.databaseFile);
	cookies.set('signed out', null);
	for (const role of ROLES) {
		cookies.set(role, await signInAs(server.url, role));
		const user = await db
			.selectFrom('app_user')
			.select(['id', 'employee_id'])
			.where('email', '=', demoEmail(role))
			.executeTakeFirstOrThrow();
		ownEmployee.set(role, user.employee_id);
		if (role === 'medewerker') ids.user = user.id;
	}
	const other = await db
		.selectFrom('employee')
		.select('id')
		.where('id', 'not in', [...ownEmployee.values()])
		.where('left_on', 'is', null)
		.orderBy('id')
		.executeTakeFirstOrThrow();
	ids.employee = other.id;
	ids.department = (
		await db.selectFrom('department').select('id').orderBy('id').executeTakeFirstOrThrow()
	).id;
	// A planned session without any demo account among its participants: a participant's rights
	// (reading that one report) must not show up as a leak here.
	const at = '2026-11-28T00:00:00.000Z';
	ids.session = (
		await db
			.insertInto('session')
			.values({
				title: 'Routewandeling',
				held_on: '2026-12-01',
				location: '',
				notes: '',
				status: 'planned',
				begrip: '',
				created_by_user_id: null,
				created_at: at,
				updated_at: at
			})
			.returning('id')
			.executeTakeFirstOrThrow()
	).id;
});

afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

/** The path to visit for a route id; `employeeId` replaces `[id]` under /medewerkers. */
function pathFor(route: string, employeeId: number): string {
	return (
		route
			.replace(/\/\([^)]*\)/g, '')
			.replace(
				/\[([^\]=]+)(?:=[^\]]+)?\]/g,
				(param, name: string, offset: number, whole: string) => {
					const before = whole.slice(0, offset);
					if (name === 'token') return crypto.randomBytes(20).toString('hex');
					if (name === 'id' && /^(\/api)?\/medewerkers\/$/.test(before)) return String(employeeId);
					if (name === 'id' && before === '/afdelingen/') return String(ids.department);
					if (name === 'id' && before === '/beheer/gebruikers/') return String(ids.user);
					if (name === 'id' && before === '/sessies/') return String(ids.session);
					throw new Error(`The route walk has no value for ${param} in ${route}: add one.`);
				}
			)
			.replace(/\/$/, '') || '/'
	);
}

/** What is wrong with the answer, or null when it is what the cell asks for. */
function problem(expected: string, url: string, response: Response): string | null {
	const status = response.status;
	const location = response.headers.get('location');
	if (/^(200|403|404)$/.test(expected)) {
		return status === Number(expected) ? null : `expected ${expected}, got ${status}`;
	}
	if (expected === '→ /') {
		return status === 303 && location === '/'
			? null
			: `expected 303 → /, got ${status} ${location}`;
	}
	if (expected === 'login' && url.startsWith('/api/')) {
		return status === 401 ? null : `expected 401, got ${status}`;
	}
	if (expected === 'login') {
		const back = location?.startsWith('/inloggen?terug=')
			? decodeURIComponent(location.slice('/inloggen?terug='.length))
			: null;
		return status === 303 && back === url ? null : `expected login, got ${status} ${location}`;
	}
	return `unknown cell "${expected}"`;
}

describe('the routes table in docs/security.md', () => {
	it('names every route under src/routes, and only those', () => {
		const inTree = routesFromTree();
		const inDoc = table.map(routeOf);
		expect(inTree).toContain('/');
		expect(inTree.filter((r) => !inDoc.includes(r))).toEqual([]);
		expect(inDoc.filter((r) => !inTree.includes(r))).toEqual([]);
		expect(new Set(inDoc).size).toBe(inDoc.length);
	});

	it('has a known answer for every visitor in every row', () => {
		for (const row of table) {
			for (const visitor of VISITORS)
				expect(CELLS, `${row.route} / ${visitor}`).toContain(row[visitor]);
			expect(row['signed out'], `${row.route}: own needs a person`).not.toBe('own');
		}
	});
});

describe('the route walk', () => {
	it('gives every visitor on every route exactly what the table says', async () => {
		const mismatches: string[] = [];
		let leaks = 0;
		let requests = 0;
		const visit = async (visitor: Visitor, url: string, expected: string) => {
			const cookie = cookies.get(visitor);
			const response = await fetch(`${server.url}${url}`, {
				redirect: 'manual',
				headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) }
			});
			await response.arrayBuffer();
			requests++;
			const wrong = problem(expected, url, response);
			if (!wrong) return;
			// A leak: content delivered where the table says the visitor gets none.
			if (response.status >= 200 && response.status < 300 && expected !== '200') leaks++;
			mismatches.push(`${visitor} GET ${url} (${expected}): ${wrong}`);
		};

		for (const row of table) {
			const route = routeOf(row);
			for (const visitor of VISITORS) {
				const cell = row[visitor];
				const own = visitor === 'signed out' ? 0 : ownEmployee.get(visitor)!;
				if (cell === 'own') {
					await visit(visitor, pathFor(route, own), '200');
					await visit(visitor, pathFor(route, ids.employee), '403');
				} else {
					await visit(visitor, pathFor(route, ids.employee), cell);
				}
			}
		}

		console.log(
			`route walk: ${table.length} routes × ${VISITORS.length} visitors (${requests} requests), ` +
				`${leaks} leaks, ${mismatches.length} mismatches`
		);
		expect(requests).toBeGreaterThanOrEqual(table.length * VISITORS.length);
		expect(leaks).toBe(0);
		expect(mismatches).toEqual([]);
	});

	it('the route walk itself notices a leak: a beheerder is not refused /beheer', async () => {
		const response = await fetch(`${server.url}/beheer`, {
			redirect: 'manual',
			headers: { accept: 'text/html', cookie: cookies.get('beheerder')! }
		});
		expect(problem('403', '/beheer', response)).toBe('expected 403, got 200');
		expect(problem('login', '/beheer', response)).toMatch(/^expected login/);
	});
});
