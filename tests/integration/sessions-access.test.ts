import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/lib/auth/roles';
import type { DB } from '../../src/lib/server/db/connection';
import { addParticipant } from '../../src/lib/server/sessions/participants.service';
import { recordSessionLink } from '../../src/lib/server/sessions/session-links.service';
import {
	closeSession,
	createSession,
	startSession
} from '../../src/lib/server/sessions/sessions.service';
import { addAccount, DEMO_PASSWORD, postSignIn } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';
import {
	addDepartment,
	addPerson,
	auditCount,
	getPage,
	postAction,
	postForm,
	serverDb,
	TEST_ACTOR
} from './helpers';

// Who may open what of a session: the role, and for the report also "did you take part?".

let server: RunningServer;
let db: DB;
type Who = Role | 'participant' | 'signed out';
const cookie: Partial<Record<Who, string>> = {};
let attended: number;
let other: number;
let anna: number;

async function signedIn(role: Role) {
	const account = await addAccount(db, role);
	const answer = await postSignIn(server.url, account.email, DEMO_PASSWORD);
	if (!answer.cookie) throw new Error(`Sign-in as ${role} failed with status ${answer.status}`);
	return { ...account, cookie: answer.cookie };
}
const get = (path: string, who: Who) =>
	who === 'signed out'
		? fetch(`${server.url}${path}`, { redirect: 'manual' })
		: getPage(server.url, path, cookie[who]!);

beforeAll(async () => {
	server = await startServer({ demo: false });
	db = serverDb(server.databaseFile);
	const facilitator = await signedIn('facilitator');
	cookie.facilitator = facilitator.cookie;
	cookie.beheerder = (await signedIn('beheerder')).cookie;
	cookie.manager = (await signedIn('manager')).cookie;
	cookie.medewerker = (await signedIn('medewerker')).cookie;
	const participant = await signedIn('medewerker');
	cookie.participant = participant.cookie;

	const bouw = await addDepartment(db, 'Bouw & Wonen');
	const loket = await addDepartment(db, 'Publieksplein');
	anna = await addPerson(db, { fullName: 'Anna "Annie" de Wit', departmentId: bouw });
	const ben = await addPerson(db, { fullName: '=Ben Formule', departmentId: loket });
	const session = (title: string) =>
		createSession(db, TEST_ACTOR, {
			title,
			heldOn: '2026-05-20',
			location: 'Raadzaal',
			notes: 'Koffie regelen',
			facilitators: [facilitator.employeeId]
		});
	attended = await session('Sessie Zuid; ronde één');
	for (const id of [anna, ben, participant.employeeId]) {
		await addParticipant(db, TEST_ACTOR, attended, id);
	}
	await startSession(db, TEST_ACTOR, attended);
	await recordSessionLink(db, TEST_ACTOR, attended, { a: anna, b: ben, strength: 2 });
	await closeSession(db, TEST_ACTOR, attended);
	other = await session('Sessie Noord');
	await addParticipant(db, TEST_ACTOR, other, anna);
});
afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

describe('who may open the session pages', () => {
	const runners = (path: () => string) => {
		for (const [who, status] of [
			['facilitator', 200],
			['beheerder', 200],
			['manager', 403],
			['medewerker', 403],
			['participant', 403]
		] as const) {
			it(`${path().replace(/\d+/, '[id]')}: ${who} gets ${status}`, async () => {
				expect((await get(path(), who)).status).toBe(status);
			});
		}
	};
	runners(() => '/sessies');
	runners(() => '/sessies/nieuw');
	runners(() => `/sessies/${attended}`);
	runners(() => `/sessies/${attended}/uitvoeren`);

	it('sends a signed-out visitor to sign in', async () => {
		const response = await get(`/sessies/${attended}/verslag`, 'signed out');
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe(
			`/inloggen?terug=${encodeURIComponent(`/sessies/${attended}/verslag`)}`
		);
	});

	it('refuses every action to someone without sessions.run, and writes nothing', async () => {
		const logged = await auditCount(db);
		for (const who of ['medewerker', 'participant', 'manager'] as const) {
			for (const [path, fields] of [
				['/sessies/nieuw', { title: 'X', heldOn: '2026-06-01', facilitators: '1' }],
				[`/sessies/${other}?/addParticipant`, { colleague: 'Anna' }],
				[`/sessies/${other}?/start`, {}],
				[`/sessies/${other}/uitvoeren?/advise`, {}],
				[`/sessies/${other}/uitvoeren?/addSignal`, { label: 'contant geld' }]
			] as const) {
				const enhanced = await postAction(server.url, path, fields, { cookie: cookie[who] });
				expect(enhanced.httpStatus, `${who} ${path}`).toBe(403);
				const plain = await postForm(server.url, path, fields, { cookie: cookie[who] });
				expect(plain.status, `${who} ${path}`).toBe(403);
			}
		}
		expect(await auditCount(db)).toBe(logged);
	});
});

describe('the report', () => {
	it('opens for those who run sessions and for someone who took part, for nobody else', async () => {
		const expected: [Who, number, number][] = [
			['facilitator', 200, 200],
			['beheerder', 200, 200],
			['participant', 200, 403],
			['medewerker', 403, 403],
			['manager', 403, 403]
		];
		for (const [who, own, notAttended] of expected) {
			for (const suffix of ['verslag', 'verslag.csv']) {
				expect((await get(`/sessies/${attended}/${suffix}`, who)).status, `${who} ${suffix}`).toBe(
					own
				);
				expect((await get(`/sessies/${other}/${suffix}`, who)).status, `${who} ${suffix}`).toBe(
					notAttended
				);
			}
		}
		// An unknown session: 404 for a facilitator, the same 403 as any other for a participant.
		expect((await get('/sessies/999999/verslag', 'facilitator')).status).toBe(404);
		expect((await get('/sessies/999999/verslag', 'participant')).status).toBe(403);
	});

	it('shows a participant the outcome but not the planning notes', async () => {
		const html = await (await get(`/sessies/${attended}/verslag`, 'participant')).text();
		expect(html).toContain('Nieuw verbonden afdelingen');
		expect(html).toContain('Bouw &amp; Wonen — Publieksplein');
		expect(html).not.toContain('Koffie regelen');
	});

	it('downloads as CSV for Dutch Excel: BOM, semicolons, a dated file name, no formulas', async () => {
		const response = await get(`/sessies/${attended}/verslag.csv`, 'participant');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="sessie-2026-05-20-sessie-zuid-ronde-een.csv"'
		);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
		expect(lines[0]).toBe('Sessie;"Sessie Zuid; ronde één"');
		expect(lines).toContain('Verbindingen;0;1');
		expect(lines).toContain('Verbindingen tussen afdelingen;0;1');
		expect(lines).toContain('Afdelingsparen met een verbinding;0;1');
		expect(lines).toContain(`"Anna ""Annie"" de Wit";Bouw & Wonen;1;'=Ben Formule`);
		expect(lines).toContain(`'=Ben Formule;Publieksplein;1;"Anna ""Annie"" de Wit"`);
	});

	it('tells on the map card and on the person page where a link formed', async () => {
		const card = await (await get(`/api/medewerkers/${anna}`, 'medewerker')).json();
		expect(card.links).toEqual([
			expect.objectContaining({
				name: '=Ben Formule',
				origin: 'sessie',
				session: { title: 'Sessie Zuid; ronde één', date: '2026-05-20' }
			})
		]);
		const html = await (await get(`/medewerkers/${anna}`, 'medewerker')).text();
		expect(html).toContain('gevormd tijdens Sessie Zuid; ronde één op 2026-05-20');
	});
});
