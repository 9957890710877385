import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connection';
import type { RunningServer } from '../support/server';
import { employeeFields, serverWithBeheerder, type Account } from './fixtures';
import {
	auditCount,
	auditRows,
	counts,
	departmentIdByName,
	employeeIdByName,
	lastAudit,
	postAction
} from './helpers';

let server: RunningServer;
let db: DB;
/** The beheerder who does everything below, and the session cookie they post with. */
let admin: Account;
let cookie: string;
const post = (path: string, fields: Record<string, string | string[]>) =>
	postAction(server.url, path, fields, { cookie });

const department = (name: string) => ({ name, description: '', color: '#1f77b4' });
const person = employeeFields;
const departmentId = (name: string) => departmentIdByName(db, name);
const employeeId = (fullName: string) => employeeIdByName(db, fullName);

beforeAll(async () => {
	({ server, db, admin, cookie } = await serverWithBeheerder());
});
afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

describe('department forms', () => {
	it('starts from an empty database but for the beheerder and their department', async () => {
		expect(await counts(db)).toEqual({
			department: 1,
			topic: 0,
			employee: 1,
			employee_topic: 0,
			link: 0
		});
	});

	it('refuses an empty name with 400, the message key and the typed values', async () => {
		const before = await counts(db);
		const logged = await auditCount(db);
		const { httpStatus, result } = await post('/afdelingen?/create', {
			...department(''),
			description: 'Zonder naam'
		});
		expect(httpStatus).toBe(200);
		expect(result).toMatchObject({ type: 'failure', status: 400 });
		expect(result.data).toMatchObject({
			form: 'create',
			values: { name: '', description: 'Zonder naam' },
			errors: { name: { key: 'error.required' } }
		});
		expect(await counts(db)).toEqual(before);
		expect(await auditCount(db)).toBe(logged);
	});

	it('creates a department and redirects with a notice', async () => {
		const { result } = await post('/afdelingen?/create', department('Vastgoed'));
		expect(result).toEqual({
			type: 'redirect',
			status: 303,
			location: '/afdelingen?melding=department.created&naam=Vastgoed'
		});
		const row = await db
			.selectFrom('department')
			.selectAll()
			.where('name', '=', 'Vastgoed')
			.executeTakeFirst();
		expect(row).toMatchObject({ name: 'Vastgoed', color: '#1f77b4' });
		// Logged with who did it, in the same transaction as the change.
		expect(await lastAudit(db)).toMatchObject({
			action: 'department.create',
			entity_type: 'department',
			entity_id: row?.id,
			actor_user_id: admin.userId,
			actor_email: admin.email,
			summary: 'Vastgoed'
		});
	});

	it('refuses a name taken in another case', async () => {
		const before = await counts(db);
		const { result } = await post('/afdelingen?/create', department('vastGOED'));
		expect(result).toMatchObject({ type: 'failure', status: 400 });
		expect(result.data?.errors).toEqual({ name: { key: 'error.department.nameTaken' } });
		expect(await counts(db)).toEqual(before);
	});
});

describe('employee forms', () => {
	let dept: number;
	beforeAll(async () => {
		await post('/afdelingen?/create', department('Publieksplein'));
		dept = await departmentId('Publieksplein');
	});

	it('refuses an unknown or malformed department and writes nothing', async () => {
		const before = await counts(db);
		for (const departmentId of ['999999', 'abc', '']) {
			const { result } = await post(
				'/medewerkers/nieuw',
				person('Nergens Thuis', departmentId, { isContactPoint: 'on', otherTopics: 'Nieuw' })
			);
			expect(result).toMatchObject({ type: 'failure', status: 400 });
			expect(result.data?.errors).toMatchObject({
				departmentId: { key: 'error.department.unknown' }
			});
		}
		expect(await counts(db)).toEqual(before);
	});

	it('creates a contact point with topics and redirects to the new person', async () => {
		const { result } = await post(
			'/medewerkers/nieuw',
			person('Ayşe Yılmaz', dept, {
				isContactPoint: 'on',
				topics: ['Zorg'],
				otherTopics: 'zorg, Horeca'
			})
		);
		const id = await employeeId('Ayşe Yılmaz');
		expect(result).toEqual({
			type: 'redirect',
			status: 303,
			location: `/medewerkers/${id}?melding=employee.created&naam=Ay%C5%9Fe+Y%C4%B1lmaz`
		});
		expect((await counts(db)).employee_topic).toBe(2);
		expect(await lastAudit(db)).toMatchObject({
			action: 'employee.create',
			entity_id: id,
			actor_user_id: admin.userId,
			summary: 'Ayşe Yılmaz'
		});
	});

	// A browser leaves an unticked checkbox out of the form altogether.
	it('creates a person who is not a contact point (checkbox left out)', async () => {
		const before = await counts(db);
		const { result } = await post('/medewerkers/nieuw', person('Piet Post', dept));
		expect(result).toMatchObject({ type: 'redirect', status: 303 });
		expect((await counts(db)).employee).toBe(before.employee + 1);
	});

	it('refuses a free-text topic longer than a topic may be with 400, not a server error', async () => {
		const before = await counts(db);
		const { httpStatus, result } = await post(
			'/medewerkers/nieuw',
			person('Lange Lijst', dept, { isContactPoint: 'on', otherTopics: 'x'.repeat(61) })
		);
		expect(httpStatus).toBeLessThan(500);
		expect(result).toMatchObject({ type: 'failure', status: 400 });
		expect(result.data?.errors).toMatchObject({ otherTopics: { key: 'error.tooLong' } });
		expect(await counts(db)).toEqual(before);
	});
});

describe('link forms', () => {
	let ann: number;
	let bob: number;
	let cas: number;
	beforeAll(async () => {
		await post('/afdelingen?/create', department('Wonen'));
		const dept = await departmentId('Wonen');
		for (const name of ['Ann Aalders', 'Bob Bakker', 'Cas Claassen']) {
			await post('/medewerkers/nieuw', person(name, dept, { isContactPoint: 'on' }));
		}
		ann = await employeeId('Ann Aalders');
		bob = await employeeId('Bob Bakker');
		cas = await employeeId('Cas Claassen');
	});
	const add = (owner: number, fields: Record<string, string>) =>
		post(`/medewerkers/${owner}?/addLink`, {
			colleague: '',
			strength: '2',
			note: '',
			...fields
		});

	it('refuses a link with oneself', async () => {
		const before = await counts(db);
		const { result } = await add(ann, { colleagueId: String(ann) });
		expect(result).toMatchObject({ type: 'failure', status: 400 });
		expect(result.data).toMatchObject({
			form: 'addLink',
			errors: { colleague: { key: 'error.link.self' } }
		});
		expect(await counts(db)).toEqual(before);
	});

	it('adds a link by typed name, then refuses the same pair from the other side', async () => {
		const { result } = await add(ann, { colleague: 'bob bakker', strength: '3' });
		expect(result).toEqual({
			type: 'redirect',
			status: 303,
			location: `/medewerkers/${ann}?melding=link.added&naam=Bob+Bakker`
		});
		const link = await db.selectFrom('link').selectAll().executeTakeFirstOrThrow();
		expect(link).toMatchObject({ strength: 3, recorded_by_user_id: admin.userId });
		expect(await auditRows(db, 'link.create')).toEqual([
			expect.objectContaining({
				entity_type: 'link',
				entity_id: link.id,
				actor_user_id: admin.userId,
				actor_email: admin.email
			})
		]);
		const before = await counts(db);
		const logged = await auditCount(db);
		expect(before.link).toBe(1);
		const again = await add(bob, { colleagueId: String(ann) });
		expect(again.result).toMatchObject({ type: 'failure', status: 400 });
		expect(again.result.data?.errors).toEqual({ colleague: { key: 'error.link.duplicate' } });
		expect(await counts(db)).toEqual(before);
		expect(await auditCount(db)).toBe(logged);
	});

	it('refuses a bad strength and a change from the page of an outsider', async () => {
		const before = await counts(db);
		const bad = await add(ann, { colleagueId: String(cas), strength: '7' });
		expect(bad.result.data?.errors).toMatchObject({ strength: { key: 'error.link.strength' } });
		const link = await db.selectFrom('link').select(['id', 'strength']).executeTakeFirstOrThrow();
		const outsider = await post(`/medewerkers/${cas}?/changeLink`, {
			linkId: String(link.id),
			strength: '1'
		});
		expect(outsider.result).toMatchObject({ type: 'failure', status: 400 });
		expect(outsider.result.data?.errors).toEqual({ linkId: { key: 'error.link.notFound' } });
		expect(await counts(db)).toEqual(before);
		const after = await db.selectFrom('link').select('strength').executeTakeFirstOrThrow();
		expect(after.strength).toBe(link.strength);
	});

	it('answers 404 for a link from someone who does not exist', async () => {
		const before = await counts(db);
		const { httpStatus, result } = await add(999_999, { colleagueId: String(ann) });
		expect(httpStatus).toBe(404);
		expect(result.type).toBe('error');
		expect(await counts(db)).toEqual(before);
	});
});
