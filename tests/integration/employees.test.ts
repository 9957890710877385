import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	findEmployee,
	searchEmployees,
	topicsOf
} from '../../src/lib/server/employees/employees.queries';
import { employeeInput } from '../../src/lib/server/employees/employees.schema';
import {
	createEmployee,
	deleteEmployee,
	setLeft,
	updateEmployee,
	updateOwnProfile
} from '../../src/lib/server/employees/employees.service';
import { addLink } from '../../src/lib/server/links/links.service';
import { NotFoundError } from '../../src/lib/server/validation';
import { addAccount } from '../support/auth';
import { tempDb, type TempDb } from '../support/db';
import {
	addDepartment,
	addPerson,
	auditCount,
	auditRows,
	count,
	counts,
	employeeForm,
	lastAudit,
	refused,
	TEST_ACTOR
} from './helpers';

describe('employees service', () => {
	let t: TempDb;
	let dept: number;
	beforeAll(async () => {
		t = await tempDb();
		dept = await addDepartment(t.db, 'Veiligheid & Handhaving');
	});
	afterAll(async () => {
		await t.close();
	});

	it('creates a person with checkbox and free-text topics, de-duplicated case-insensitively', async () => {
		const id = await addPerson(t.db, {
			fullName: ' Fatima el Amrani ',
			email: 'F.ElAmrani@Voorbeeldstad.nl',
			jobTitle: 'Jurist',
			departmentId: dept,
			topics: ['ondermijning', 'Zorg'],
			otherTopics: 'zorg, Jeugd , ,ONDERMIJNING,jeugd'
		});
		const row = await findEmployee(t.db, id);
		expect(row).toMatchObject({
			full_name: 'Fatima el Amrani',
			email: 'f.elamrani@voorbeeldstad.nl',
			job_title: 'Jurist',
			department_id: dept,
			department_name: 'Veiligheid & Handhaving',
			is_contact_point: 0,
			left_on: null
		});
		expect(await topicsOf(t.db, id)).toEqual(['Jeugd', 'ondermijning', 'Zorg']);
		expect(await count(t.db, 'topic')).toBe(3);
		expect(await lastAudit(t.db)).toMatchObject({
			action: 'employee.create',
			entity_type: 'employee',
			entity_id: id,
			actor_email: TEST_ACTOR.email,
			summary: 'Fatima el Amrani'
		});
	});

	it('reuses an existing topic whatever its case', async () => {
		const id = await addPerson(t.db, {
			fullName: 'Jan de Vries',
			departmentId: dept,
			otherTopics: 'JEUGD, zorg'
		});
		expect(await topicsOf(t.db, id)).toEqual(['Jeugd', 'Zorg']);
		expect(await count(t.db, 'topic')).toBe(3);
	});

	it('refuses an unknown department and writes nothing', async () => {
		const before = await counts(t.db);
		const logged = await auditCount(t.db);
		const errors = await refused(() =>
			addPerson(t.db, { fullName: 'Nergens', departmentId: 999_999, otherTopics: 'Nieuw' })
		);
		expect(errors.departmentId.key).toBe('error.department.unknown');
		expect(await counts(t.db)).toEqual(before);
		expect(await auditCount(t.db)).toBe(logged);
	});

	it('writes nothing when storing a topic fails after the person was inserted', async () => {
		// Built past the schema, so this keeps testing the transaction whatever the schema allows:
		// the topic table's CHECK (at most 60 characters) fails after the employee row is in.
		const input = {
			...employeeInput.parse({
				...employeeForm({ fullName: 'Lang Onderwerp', departmentId: dept }),
				isContactPoint: ''
			}),
			otherTopics: ['Kort', 'x'.repeat(61)]
		};
		const before = await counts(t.db);
		const logged = await auditCount(t.db);
		await expect(createEmployee(t.db, TEST_ACTOR, input)).rejects.toThrow();
		expect(await counts(t.db)).toEqual(before);
		expect(await auditCount(t.db)).toBe(logged);
	});

	it('refuses an e-mail address or external number that is taken, in any case', async () => {
		await addPerson(t.db, {
			fullName: 'Kees Bos',
			email: 'kees.bos@voorbeeldstad.nl',
			externalId: 'HR-1',
			departmentId: dept
		});
		const before = await counts(t.db);
		const errors = await refused(() =>
			addPerson(t.db, {
				fullName: 'Kees Bos Jr',
				email: 'KEES.Bos@voorbeeldstad.NL',
				externalId: 'HR-1',
				departmentId: dept
			})
		);
		expect(errors.email.key).toBe('error.employee.emailTaken');
		expect(errors.externalId.key).toBe('error.employee.externalIdTaken');
		expect(await counts(t.db)).toEqual(before);
	});

	it('lets a person keep their own e-mail address on update', async () => {
		const id = await addPerson(t.db, {
			fullName: 'Sanne Smit',
			email: 'sanne@voorbeeldstad.nl',
			departmentId: dept
		});
		const form = {
			...employeeForm({
				fullName: 'Sanne Smit-Jansen',
				email: 'SANNE@voorbeeldstad.nl',
				departmentId: dept,
				topics: ['Zorg']
			}),
			isContactPoint: 'on'
		};
		await updateEmployee(t.db, TEST_ACTOR, id, employeeInput.parse(form));
		expect(await findEmployee(t.db, id)).toMatchObject({
			full_name: 'Sanne Smit-Jansen',
			email: 'sanne@voorbeeldstad.nl',
			is_contact_point: 1
		});
		expect(await topicsOf(t.db, id)).toEqual(['Zorg']);
		expect(await lastAudit(t.db)).toMatchObject({
			action: 'employee.update',
			entity_id: id,
			summary: 'Sanne Smit-Jansen'
		});
		await expect(
			updateEmployee(t.db, TEST_ACTOR, 999_999, employeeInput.parse(form))
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('marks a person as left and back again', async () => {
		const id = await addPerson(t.db, { fullName: 'Vera Vertrek', departmentId: dept });
		await setLeft(t.db, TEST_ACTOR, id, '2026-03-01');
		expect((await findEmployee(t.db, id))?.left_on).toBe('2026-03-01');
		expect(await lastAudit(t.db)).toMatchObject({ action: 'employee.leave', entity_id: id });
		await setLeft(t.db, TEST_ACTOR, id, null);
		expect((await findEmployee(t.db, id))?.left_on).toBeNull();
		expect(await lastAudit(t.db)).toMatchObject({ action: 'employee.reactivate', entity_id: id });
		await expect(setLeft(t.db, TEST_ACTOR, 999_999, '2026-03-01')).rejects.toBeInstanceOf(
			NotFoundError
		);
	});

	it('deletes a person together with their links and topics, nobody else', async () => {
		const a = await addPerson(t.db, {
			fullName: 'Wim Weg',
			departmentId: dept,
			otherTopics: 'Zorg'
		});
		const b = await addPerson(t.db, { fullName: 'Bram Blijft', departmentId: dept });
		const c = await addPerson(t.db, { fullName: 'Carla Blijft', departmentId: dept });
		await addLink(t.db, TEST_ACTOR, { from: a, to: b, strength: 3 });
		await addLink(t.db, TEST_ACTOR, { from: c, to: a, strength: 1 });
		const kept = await addLink(t.db, TEST_ACTOR, { from: b, to: c, strength: 2 });
		const before = await counts(t.db);

		await deleteEmployee(t.db, TEST_ACTOR, a);
		expect(await findEmployee(t.db, a)).toBeUndefined();
		const after = await counts(t.db);
		expect(after.link).toBe(before.link - 2);
		expect(after.employee_topic).toBe(before.employee_topic - 1);
		expect(after.employee).toBe(before.employee - 1);
		const links = await t.db.selectFrom('link').select('id').execute();
		expect(links.map((l) => l.id)).toContain(kept);
		await expect(deleteEmployee(t.db, TEST_ACTOR, a)).rejects.toBeInstanceOf(NotFoundError);
		expect(await auditRows(t.db, 'employee.delete')).toEqual([
			expect.objectContaining({ entity_type: 'employee', entity_id: a, summary: 'Wim Weg' })
		]);
	});

	it('keeps the organisational fields when someone edits their own profile', async () => {
		const other = await addDepartment(t.db, 'Andere Afdeling');
		const id = await createEmployee(
			t.db,
			TEST_ACTOR,
			employeeInput.parse({
				...employeeForm({ fullName: 'Olga Eigen', departmentId: dept, externalId: 'HR-77' }),
				isContactPoint: 'on'
			})
		);
		const form = employeeForm({
			fullName: 'Olga Eigen-Zelf',
			jobTitle: 'Adviseur',
			departmentId: other,
			externalId: 'HR-78',
			topics: ['Zorg']
		});
		await updateOwnProfile(t.db, TEST_ACTOR, id, employeeInput.parse(form));
		expect(await findEmployee(t.db, id)).toMatchObject({
			full_name: 'Olga Eigen-Zelf',
			job_title: 'Adviseur',
			department_id: dept,
			is_contact_point: 1,
			external_id: 'HR-77'
		});
		expect(await topicsOf(t.db, id)).toEqual(['Zorg']);
		expect(await lastAudit(t.db)).toMatchObject({ action: 'employee.update', entity_id: id });
		await expect(
			updateOwnProfile(t.db, TEST_ACTOR, 999_999, employeeInput.parse(form))
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('refuses to delete a person who has a user account', async () => {
		const id = await addPerson(t.db, { fullName: 'Una Account', departmentId: dept });
		await addAccount(t.db, 'medewerker', { employeeId: id });
		const before = await counts(t.db);
		const logged = await auditCount(t.db);
		const errors = await refused(() => deleteEmployee(t.db, TEST_ACTOR, id));
		expect(errors.form.key).toBe('error.employee.hasAccount');
		expect(await counts(t.db)).toEqual(before);
		expect(await auditCount(t.db)).toBe(logged);
	});
});

describe('searchEmployees', () => {
	let t: TempDb;
	let x: number;
	let y: number;
	const search = (q: string, extra: { departmentId?: number; includeLeft?: boolean } = {}) =>
		searchEmployees(t.db, { q, includeLeft: false, limit: 50, offset: 0, ...extra });
	const names = (r: { rows: { full_name: string }[] }) => r.rows.map((row) => row.full_name);

	beforeAll(async () => {
		t = await tempDb();
		x = await addDepartment(t.db, 'Juridische Zaken');
		y = await addDepartment(t.db, 'Toezicht');
		const p = (fullName: string, departmentId: number, jobTitle: string, otherTopics = '') =>
			addPerson(t.db, { fullName, departmentId, jobTitle, otherTopics });
		await p('Fatima el Amrani', x, 'Jurist', 'Ondermijning');
		await p('Jan de Vries', y, 'Handhaver', 'Horeca, 100%_zeker');
		await p('jantine Bakker', x, 'Beleidsmedewerker');
		const gone = await p('Piet Gegaan', x, 'Jurist', 'Ondermijning');
		await setLeft(t.db, TEST_ACTOR, gone, '2025-12-31');
	});
	afterAll(async () => {
		await t.close();
	});

	it('finds people by part of their name, ignoring case, sorted by name', async () => {
		const result = await search('JAN');
		expect(names(result)).toEqual(['Jan de Vries', 'jantine Bakker']);
		expect(result.total).toBe(2);
		expect(result.rows[0]).toMatchObject({ department_name: 'Toezicht', job_title: 'Handhaver' });
	});

	it('needs every word to match somewhere', async () => {
		expect(names(await search('jan bakker'))).toEqual(['jantine Bakker']);
		expect(names(await search('jan jurist'))).toEqual([]);
	});

	it('finds people by job title and by topic', async () => {
		expect(names(await search('jurist'))).toEqual(['Fatima el Amrani']);
		expect(names(await search('horeca'))).toEqual(['Jan de Vries']);
		expect(names(await search('ondermijn'))).toEqual(['Fatima el Amrani']);
	});

	it('treats % and _ as plain characters', async () => {
		expect(names(await search('%'))).toEqual(['Jan de Vries']);
		expect(names(await search('0%_z'))).toEqual(['Jan de Vries']);
		expect((await search('_')).total).toBe(1);
	});

	it('filters by department', async () => {
		expect(names(await search('', { departmentId: x }))).toEqual([
			'Fatima el Amrani',
			'jantine Bakker'
		]);
		expect(names(await search('jan', { departmentId: y }))).toEqual(['Jan de Vries']);
	});

	it('leaves out people who left unless asked', async () => {
		expect((await search('')).total).toBe(3);
		const all = await search('', { includeLeft: true });
		expect(all.total).toBe(4);
		expect(names(await search('jurist', { includeLeft: true }))).toEqual([
			'Fatima el Amrani',
			'Piet Gegaan'
		]);
		expect(all.rows.find((r) => r.full_name === 'Piet Gegaan')?.left_on).toBe('2025-12-31');
	});

	it('pages with limit and offset while the total stays the whole match', async () => {
		const page = (offset: number) =>
			searchEmployees(t.db, { q: '', includeLeft: true, limit: 3, offset });
		const first = await page(0);
		const second = await page(3);
		expect(first.total).toBe(4);
		expect(second.total).toBe(4);
		expect(names(first)).toEqual(['Fatima el Amrani', 'Jan de Vries', 'jantine Bakker']);
		expect(names(second)).toEqual(['Piet Gegaan']);
		expect((await page(4)).rows).toEqual([]);
	});
});
