import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLeft } from '../../src/lib/server/employees/employees.service';
import { findLink, linksOf } from '../../src/lib/server/links/links.queries';
import {
	addLink,
	changeStrength,
	recordLink,
	removeLink,
	resolveColleague
} from '../../src/lib/server/links/links.service';
import { NotFoundError } from '../../src/lib/server/validation';
import { tempDb, type TempDb } from '../support/db';
import {
	addDepartment,
	addPerson,
	auditCount,
	auditRows,
	count,
	lastAudit,
	refused,
	TEST_ACTOR
} from './helpers';

describe('links service', () => {
	let t: TempDb;
	let ann: number;
	let bob: number;
	let cas: number;
	let dirk: number;
	let gone: number;
	beforeAll(async () => {
		t = await tempDb();
		const d = await addDepartment(t.db, 'Sociaal Domein');
		const e = await addDepartment(t.db, 'Vergunningen');
		ann = await addPerson(t.db, { fullName: 'Ann Aalders', departmentId: d });
		bob = await addPerson(t.db, { fullName: 'Bob Bakker', departmentId: d });
		cas = await addPerson(t.db, { fullName: 'Cas Claassen', departmentId: e });
		dirk = await addPerson(t.db, { fullName: 'Dirk Dekker', departmentId: e });
		gone = await addPerson(t.db, { fullName: 'Gerrit Gegaan', departmentId: e });
		await setLeft(t.db, TEST_ACTOR, gone, '2026-01-01');
	});
	afterAll(async () => {
		await t.close();
	});

	it('stores a pair once, lowest id first, whichever way it was added', async () => {
		const id = await addLink(t.db, TEST_ACTOR, {
			from: bob,
			to: ann,
			strength: 2,
			note: 'Samen in de wijk'
		});
		const row = await findLink(t.db, id);
		expect(row).toMatchObject({
			employee_a_id: Math.min(ann, bob),
			employee_b_id: Math.max(ann, bob),
			strength: 2,
			origin: 'handmatig',
			note: 'Samen in de wijk'
		});
		expect(row?.formed_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect((await linksOf(t.db, ann)).map((l) => l.otherName)).toEqual(['Bob Bakker']);
		expect((await linksOf(t.db, bob)).map((l) => l.otherName)).toEqual(['Ann Aalders']);
		expect(await lastAudit(t.db)).toMatchObject({
			action: 'link.create',
			entity_type: 'link',
			entity_id: id,
			actor_email: TEST_ACTOR.email
		});
	});

	it('refuses the same pair again, in either direction', async () => {
		const before = await count(t.db, 'link');
		const logged = await auditCount(t.db);
		for (const [from, to] of [
			[ann, bob],
			[bob, ann]
		]) {
			const errors = await refused(() => addLink(t.db, TEST_ACTOR, { from, to, strength: 3 }));
			expect(errors.colleague.key).toBe('error.link.duplicate');
		}
		expect(await count(t.db, 'link')).toBe(before);
		expect(await auditCount(t.db)).toBe(logged);
	});

	it('refuses a link with oneself, with someone who left, or with nobody', async () => {
		const before = await count(t.db, 'link');
		const logged = await auditCount(t.db);
		let errors = await refused(() =>
			addLink(t.db, TEST_ACTOR, { from: ann, to: ann, strength: 1 })
		);
		expect(errors.colleague.key).toBe('error.link.self');
		errors = await refused(() => addLink(t.db, TEST_ACTOR, { from: ann, to: gone, strength: 1 }));
		expect(errors.colleague.key).toBe('error.employee.left');
		errors = await refused(() => addLink(t.db, TEST_ACTOR, { from: gone, to: ann, strength: 1 }));
		expect(errors.colleague.key).toBe('error.employee.left');
		errors = await refused(() =>
			recordLink(t.db, TEST_ACTOR, { from: cas, to: gone, strength: 1 })
		);
		expect(errors.colleague.key).toBe('error.employee.left');
		errors = await refused(() =>
			addLink(t.db, TEST_ACTOR, { from: ann, to: 999_999, strength: 1 })
		);
		expect(errors.colleague.key).toBe('error.link.unknownColleague');
		await expect(
			addLink(t.db, TEST_ACTOR, { from: 999_999, to: ann, strength: 1 })
		).rejects.toBeInstanceOf(NotFoundError);
		expect(await count(t.db, 'link')).toBe(before);
		expect(await auditCount(t.db)).toBe(logged);
	});

	it('records a pair seen again as an update: never duplicated, never weakened', async () => {
		const before = await count(t.db, 'link');
		const first = await recordLink(t.db, TEST_ACTOR, {
			from: dirk,
			to: cas,
			strength: 2,
			origin: 'sessie',
			formedOn: '2026-05-01',
			note: 'Sessie mei'
		});
		expect(first.created).toBe(true);
		const weaker = await recordLink(t.db, TEST_ACTOR, {
			from: cas,
			to: dirk,
			strength: 1,
			origin: 'sessie'
		});
		expect(weaker).toEqual({ id: first.id, created: false });
		expect(await findLink(t.db, first.id)).toMatchObject({ strength: 2, note: 'Sessie mei' });
		const stronger = await recordLink(t.db, TEST_ACTOR, {
			from: dirk,
			to: cas,
			strength: 3,
			note: 'Later'
		});
		expect(stronger).toEqual({ id: first.id, created: false });
		expect(await findLink(t.db, first.id)).toMatchObject({
			strength: 3,
			note: 'Later',
			origin: 'sessie',
			formed_on: '2026-05-01'
		});
		expect(await count(t.db, 'link')).toBe(before + 1);
		// One creation and two updates of the same link, each logged.
		const logged = (await auditRows(t.db))
			.filter((r) => r.entity_type === 'link' && r.entity_id === first.id)
			.map((r) => r.action);
		expect(logged).toEqual(['link.create', 'link.update', 'link.update']);
	});

	it('changes and removes a link only from the page of one of its two people', async () => {
		const id = await addLink(t.db, TEST_ACTOR, { from: ann, to: cas, strength: 1 });
		let errors = await refused(() => changeStrength(t.db, TEST_ACTOR, dirk, id, 3));
		expect(errors.linkId.key).toBe('error.link.notFound');
		errors = await refused(() => removeLink(t.db, TEST_ACTOR, bob, id));
		expect(errors.linkId.key).toBe('error.link.notFound');
		errors = await refused(() => changeStrength(t.db, TEST_ACTOR, ann, 999_999, 3));
		expect(errors.linkId.key).toBe('error.link.notFound');
		expect((await findLink(t.db, id))?.strength).toBe(1);

		await changeStrength(t.db, TEST_ACTOR, cas, id, 3);
		expect((await findLink(t.db, id))?.strength).toBe(3);
		expect(await lastAudit(t.db)).toMatchObject({ action: 'link.update', entity_id: id });
		const before = await count(t.db, 'link');
		await removeLink(t.db, TEST_ACTOR, ann, id);
		expect(await findLink(t.db, id)).toBeUndefined();
		expect(await count(t.db, 'link')).toBe(before - 1);
		expect(await lastAudit(t.db)).toMatchObject({ action: 'link.delete', entity_id: id });
	});

	it('resolves a typed colleague name to one active person', async () => {
		expect(await resolveColleague(t.db, ann, 'bob bakker')).toBe(bob);
		expect(await resolveColleague(t.db, ann, 'Claas')).toBe(cas);
		let errors = await refused(() => resolveColleague(t.db, ann, 'Gerrit'));
		expect(errors.colleague.key).toBe('error.link.unknownColleague');
		errors = await refused(() => resolveColleague(t.db, ann, 'ke'));
		expect(errors.colleague.key).toBe('error.link.ambiguous');
		errors = await refused(() => resolveColleague(t.db, ann, ''));
		expect(errors.colleague.key).toBe('error.required');
	});
});

describe('link table constraints', () => {
	let t: TempDb;
	let lo: number;
	let hi: number;
	const raw = (a: number, b: number, strength = 2) =>
		t.db
			.insertInto('link')
			.values({
				employee_a_id: a,
				employee_b_id: b,
				strength: strength as 1 | 2 | 3,
				origin: 'import',
				formed_on: '2026-01-01',
				note: '',
				created_at: '2026-01-01T00:00:00.000Z',
				updated_at: '2026-01-01T00:00:00.000Z'
			})
			.execute();
	beforeAll(async () => {
		t = await tempDb();
		const d = await addDepartment(t.db, 'Vastgoed');
		lo = await addPerson(t.db, { fullName: 'Eerste', departmentId: d });
		hi = await addPerson(t.db, { fullName: 'Tweede', departmentId: d });
		expect(lo).toBeLessThan(hi);
		await raw(lo, hi);
	});
	afterAll(async () => {
		await t.close();
	});

	it('rejects a raw row with the higher id first', async () => {
		await expect(raw(hi, lo)).rejects.toThrow(/CHECK constraint failed/);
	});

	it('rejects a raw duplicate pair', async () => {
		await expect(raw(lo, hi)).rejects.toThrow(/UNIQUE constraint failed/);
	});

	it('rejects a raw self-link, an unknown person and a strength outside 1-3', async () => {
		await expect(raw(lo, lo)).rejects.toThrow(/CHECK constraint failed/);
		await expect(raw(lo, 999_999)).rejects.toThrow(/FOREIGN KEY constraint failed/);
		await t.db.deleteFrom('link').execute();
		await expect(raw(lo, hi, 4)).rejects.toThrow(/CHECK constraint failed/);
		await expect(raw(lo, hi, 0)).rejects.toThrow(/CHECK constraint failed/);
		expect(await count(t.db, 'link')).toBe(0);
	});
});
