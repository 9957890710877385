import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connection';
import { addAccount, DEMO_PASSWORD, postSignIn } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';
import {
	addDepartment,
	addPerson,
	auditCount,
	counts,
	lastAudit,
	postAction,
	postForm,
	serverDb
} from './helpers';

// The session pages over HTTP, as a facilitator's tablet uses them: with and without JavaScript.

let server: RunningServer;
let db: DB;
let me: { userId: number; employeeId: number; email: string; cookie: string };
let sessionId: number;
let vastgoed: number;
const people: number[] = [];
const post = (path: string, fields: Record<string, string | string[]>) =>
	postAction(server.url, path, fields, { cookie: me.cookie });
const snapshot = async () => ({
	...(await counts(db)),
	audit: await auditCount(db),
	sessions: (await db.selectFrom('session').select('id').execute()).length,
	participants: (await db.selectFrom('session_participant').select('session_id').execute()).length,
	events: (await db.selectFrom('session_link_event').select('id').execute()).length
});
const sessionForm = (extra: Record<string, string | string[]> = {}) => ({
	title: 'Sessie Stadskantoor',
	heldOn: '2026-03-10',
	location: 'Zaal 2',
	notes: '',
	facilitators: String(me.employeeId),
	...extra
});

beforeAll(async () => {
	server = await startServer({ demo: false });
	db = serverDb(server.databaseFile);
	const account = await addAccount(db, 'facilitator');
	const signIn = await postSignIn(server.url, account.email, DEMO_PASSWORD);
	if (!signIn.cookie) throw new Error(`Sign-in failed with status ${signIn.status}`);
	me = { ...account, cookie: signIn.cookie };
	const a = (vastgoed = await addDepartment(db, 'Vastgoed'));
	const b = await addDepartment(db, 'Publieksplein');
	for (let i = 0; i < 22; i++) {
		people.push(
			await addPerson(db, { fullName: `Deelnemer ${i + 1}`, departmentId: i % 2 ? a : b })
		);
	}
});
afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

describe('planning a session over HTTP', () => {
	it('creates a session from the plain form and goes to its page', async () => {
		const response = await postForm(server.url, '/sessies/nieuw', sessionForm(), {
			cookie: me.cookie
		});
		expect(response.status).toBe(303);
		const row = await db.selectFrom('session').selectAll().executeTakeFirstOrThrow();
		sessionId = row.id;
		expect(response.headers.get('location')).toBe(
			`/sessies/${row.id}?melding=session.created&naam=Sessie+Stadskantoor`
		);
		expect(row).toMatchObject({
			title: 'Sessie Stadskantoor',
			status: 'planned',
			location: 'Zaal 2'
		});
		expect(await lastAudit(db)).toMatchObject({
			action: 'session.create',
			actor_user_id: me.userId
		});
	});

	it('refuses bad input with a message key per field, keeps the values and writes nothing', async () => {
		const before = await snapshot();
		const cases: [Record<string, string | string[]>, Record<string, string>][] = [
			[{ title: '' }, { title: 'error.required' }],
			[{ title: 'x'.repeat(121) }, { title: 'error.tooLong' }],
			[{ heldOn: '2026-02-30' }, { heldOn: 'error.date' }],
			[{ heldOn: 'morgen' }, { heldOn: 'error.date' }],
			[{ facilitators: [] }, { facilitators: 'error.session.facilitator' }],
			[{ facilitators: 'abc' }, { facilitators: 'error.session.facilitator' }],
			[{ facilitators: String(people[0]) }, { facilitators: 'error.session.facilitator' }],
			[{ notes: 'n'.repeat(2001) }, { notes: 'error.tooLong' }]
		];
		for (const [change, expected] of cases) {
			const fields = sessionForm(change);
			if (Array.isArray(change.facilitators) && change.facilitators.length === 0) {
				delete (fields as Record<string, unknown>).facilitators;
			}
			const { result } = await post('/sessies/nieuw', fields);
			expect(result, JSON.stringify(change)).toMatchObject({ type: 'failure', status: 400 });
			const errors = result.data?.errors as Record<string, { key: string }>;
			for (const [field, key] of Object.entries(expected)) expect(errors[field]?.key).toBe(key);
			expect(result.data?.values).toMatchObject({ location: 'Zaal 2' });
		}
		expect(await snapshot()).toEqual(before);
	});

	it('adds 20 participants and refuses the 21st with the method’s reason, with and without JavaScript', async () => {
		for (const id of people.slice(0, 20)) {
			const { result } = await post(`/sessies/${sessionId}?/addParticipant`, {
				colleague: '',
				colleagueId: String(id)
			});
			expect(result).toMatchObject({ type: 'success', data: { form: 'addParticipant' } });
		}
		const before = await snapshot();
		const { result } = await post(`/sessies/${sessionId}?/addParticipant`, {
			colleague: 'Deelnemer 21'
		});
		expect(result).toMatchObject({
			type: 'failure',
			status: 400,
			data: { errors: { participants: { key: 'error.session.full', params: { max: 20 } } } }
		});
		const plain = await postForm(
			server.url,
			`/sessies/${sessionId}?/addNewParticipant`,
			{ fullName: 'Ter Plekke', departmentId: String(vastgoed) },
			{ cookie: me.cookie }
		);
		expect(plain.status).toBe(400);
		expect(await plain.text()).toContain('De methode werkt met hoogstens 20 deelnemers');
		expect(await snapshot()).toEqual(before);
	});

	it('refuses unknown names and ids without a 500', async () => {
		const answers = await Promise.all([
			post(`/sessies/${sessionId}?/addParticipant`, { colleague: 'Niemand Bekend' }),
			post(`/sessies/${sessionId}?/addParticipant`, { colleague: '', colleagueId: '99999' }),
			post(`/sessies/${sessionId}?/removeParticipant`, { employeeId: 'x' }),
			post(`/sessies/${sessionId}?/addNewParticipant`, { fullName: '', departmentId: '0' })
		]);
		for (const { httpStatus, result } of answers) {
			expect(httpStatus).toBe(200);
			expect(result).toMatchObject({ type: 'failure', status: 400 });
		}
		expect(answers[3].result.data?.errors).toMatchObject({
			fullName: { key: 'error.required' },
			departmentId: { key: 'error.department.unknown' }
		});
		for (const path of ['/sessies/abc', '/sessies/0', '/sessies/999999/uitvoeren']) {
			const response = await fetch(`${server.url}${path}`, { headers: { cookie: me.cookie } });
			expect(response.status, path).toBe(404);
		}
	});
});

describe('running a session over HTTP', () => {
	it('starts the session and goes to the run screen', async () => {
		const response = await postForm(
			server.url,
			`/sessies/${sessionId}?/start`,
			{},
			{ cookie: me.cookie }
		);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe(`/sessies/${sessionId}/uitvoeren`);
		// Without JavaScript the run screen offers two lists, a strength and a button.
		const html = await (
			await fetch(`${server.url}/sessies/${sessionId}/uitvoeren`, {
				headers: { cookie: me.cookie }
			})
		).text();
		expect(html).toMatch(/<select id="record-a" name="a"/);
		expect(html).toMatch(/<select id="record-b" name="b"/);
		expect(html).toMatch(/<input type="radio" name="strength" value="1" checked/);
	});

	it('records a tapped pair and answers in words, also without JavaScript', async () => {
		const { result } = await post(`/sessies/${sessionId}/uitvoeren?/record`, {
			a: String(people[0]),
			b: String(people[1]),
			strength: '1'
		});
		expect(result).toMatchObject({
			type: 'success',
			data: { form: 'record', outcome: { action: 'recorded' } }
		});
		const plain = await postForm(
			server.url,
			`/sessies/${sessionId}/uitvoeren?/record`,
			{ a: String(people[1]), b: String(people[0]), strength: '2' },
			{ cookie: me.cookie }
		);
		expect(plain.status).toBe(200);
		expect(await plain.text()).toContain(
			'Bestond al: Deelnemer 2 — Deelnemer 1, versterkt tot werken samen'
		);
		const links = await db.selectFrom('link').selectAll().execute();
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({ strength: 2, origin: 'sessie', session_id: sessionId });
	});

	it('refuses a bad pick with a Dutch message and writes nothing', async () => {
		const before = await snapshot();
		const cases: [Record<string, string>, string, string][] = [
			[{ a: 'abc', b: String(people[1]), strength: '1' }, 'a', 'error.session.pickTwo'],
			[
				{ a: String(people[2]), b: String(people[2]), strength: '1' },
				'form',
				'error.session.pickTwo'
			],
			[
				{ a: String(people[2]), b: String(people[21]), strength: '1' },
				'form',
				'error.session.notParticipant'
			],
			[
				{ a: String(people[2]), b: String(people[3]), strength: '7' },
				'strength',
				'error.link.strength'
			]
		];
		for (const [fields, field, key] of cases) {
			const { result } = await post(`/sessies/${sessionId}/uitvoeren?/record`, fields);
			expect(result, JSON.stringify(fields)).toMatchObject({
				type: 'failure',
				status: 400,
				data: { form: 'record', errors: { [field]: { key } } }
			});
		}
		const tooLong = await post(`/sessies/${sessionId}/uitvoeren?/begrip`, {
			begrip: 'b'.repeat(2001)
		});
		expect(tooLong.result.data?.errors).toMatchObject({ begrip: { key: 'error.tooLong' } });
		const empty = await post(`/sessies/${sessionId}/uitvoeren?/addSignal`, { label: ' ' });
		expect(empty.result.data?.errors).toMatchObject({ label: { key: 'error.required' } });
		expect(await snapshot()).toEqual(before);
	});

	it('undoes the last step and closes the session into its report', async () => {
		const { result } = await post(`/sessies/${sessionId}/uitvoeren?/undo`, {});
		expect(result).toMatchObject({ data: { form: 'undo', outcome: { action: 'strengthened' } } });
		expect(await db.selectFrom('link').select('strength').executeTakeFirst()).toEqual({
			strength: 1
		});
		const close = await postForm(
			server.url,
			`/sessies/${sessionId}/uitvoeren?/close`,
			{},
			{ cookie: me.cookie }
		);
		expect(close.status).toBe(303);
		expect(close.headers.get('location')).toBe(
			`/sessies/${sessionId}/verslag?melding=session.closed`
		);
		const late = await post(`/sessies/${sessionId}/uitvoeren?/record`, {
			a: String(people[2]),
			b: String(people[3]),
			strength: '1'
		});
		expect(late.result.data?.errors).toMatchObject({ form: { key: 'error.session.closed' } });
	});
});
