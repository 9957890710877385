import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDepartmentsWithStats } from '../../src/lib/server/departments/departments.queries';
import { departmentInput } from '../../src/lib/server/departments/departments.schema';
import {
	createDepartment,
	deleteDepartment,
	updateDepartment
} from '../../src/lib/server/departments/departments.service';
import { deleteEmployee, setLeft } from '../../src/lib/server/employees/employees.service';
import { addLink } from '../../src/lib/server/links/links.service';
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

const input = (name: string, color = '#1f77b4', description = '') =>
	departmentInput.parse({ name, description, color });

describe('departments service', () => {
	let t: TempDb;
	beforeAll(async () => {
		t = await tempDb();
	});
	afterAll(async () => {
		await t.close();
	});

	it('creates a department with the cleaned-up input', async () => {
		const id = await createDepartment(
			t.db,
			TEST_ACTOR,
			departmentInput.parse({ name: '  Vastgoed ', description: 'Panden', color: '#1F77B4' })
		);
		const row = await t.db
			.selectFrom('department')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({ name: 'Vastgoed', description: 'Panden', color: '#1f77b4' });
		expect(row.created_at).toBe(row.updated_at);
		expect(Number.isNaN(Date.parse(row.created_at))).toBe(false);
		expect(await lastAudit(t.db)).toMatchObject({
			action: 'department.create',
			entity_type: 'department',
			entity_id: id,
			actor_email: TEST_ACTOR.email,
			summary: 'Vastgoed'
		});
	});

	it('refuses a name that differs only in case, and writes nothing', async () => {
		const before = await count(t.db, 'department');
		const logged = await auditCount(t.db);
		const errors = await refused(() => createDepartment(t.db, TEST_ACTOR, input('VASTGOED')));
		expect(errors.name.key).toBe('error.department.nameTaken');
		expect(await count(t.db, 'department')).toBe(before);
		expect(await auditCount(t.db)).toBe(logged);
	});

	it('updates name, description and colour', async () => {
		const id = await addDepartment(t.db, 'Wonen');
		await updateDepartment(
			t.db,
			TEST_ACTOR,
			id,
			input('Wonen en Bouwen', '#2ca02c', 'Huisvesting')
		);
		const row = await t.db
			.selectFrom('department')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			name: 'Wonen en Bouwen',
			description: 'Huisvesting',
			color: '#2ca02c'
		});
		expect(await lastAudit(t.db)).toMatchObject({
			action: 'department.update',
			entity_id: id,
			summary: 'Wonen en Bouwen'
		});
	});

	it('allows a department to keep its own name in another case, not to take another name', async () => {
		const id = await addDepartment(t.db, 'Belastingen');
		await updateDepartment(t.db, TEST_ACTOR, id, input('BELASTINGEN'));
		const errors = await refused(() => updateDepartment(t.db, TEST_ACTOR, id, input('vastgoed')));
		expect(errors.name.key).toBe('error.department.nameTaken');
		const row = await t.db
			.selectFrom('department')
			.select('name')
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row.name).toBe('BELASTINGEN');
	});

	it('reports an unknown department as not found', async () => {
		await expect(
			updateDepartment(t.db, TEST_ACTOR, 999_999, input('Niemand'))
		).rejects.toBeInstanceOf(NotFoundError);
		await expect(deleteDepartment(t.db, TEST_ACTOR, 999_999)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('refuses to delete while anyone, also someone who left, belongs to it', async () => {
		const id = await addDepartment(t.db, 'Publieksplein');
		const active = await addPerson(t.db, { fullName: 'Anna Actief', departmentId: id });
		const gone = await addPerson(t.db, { fullName: 'Gijs Gegaan', departmentId: id });
		await setLeft(t.db, TEST_ACTOR, gone, '2026-01-31');

		let errors = await refused(() => deleteDepartment(t.db, TEST_ACTOR, id));
		expect(errors.form).toEqual({ key: 'error.department.notEmpty', params: { count: 2 } });

		await deleteEmployee(t.db, TEST_ACTOR, active);
		errors = await refused(() => deleteDepartment(t.db, TEST_ACTOR, id));
		expect(errors.form).toEqual({ key: 'error.department.notEmpty', params: { count: 1 } });
		expect(
			await t.db.selectFrom('department').select('id').where('id', '=', id).executeTakeFirst()
		).toBeDefined();

		await deleteEmployee(t.db, TEST_ACTOR, gone);
		await deleteDepartment(t.db, TEST_ACTOR, id);
		expect(
			await t.db.selectFrom('department').select('id').where('id', '=', id).executeTakeFirst()
		).toBeUndefined();
		// Refused deletes logged nothing; the one that happened is there once.
		expect(await auditRows(t.db, 'department.delete')).toEqual([
			expect.objectContaining({ entity_id: id, summary: 'Publieksplein' })
		]);
	});
});

describe('listDepartmentsWithStats', () => {
	let t: TempDb;
	const ids: Record<string, number> = {};
	beforeAll(async () => {
		t = await tempDb();
		// Names chosen so that a case-sensitive sort would put "archief" last.
		const a = await addDepartment(t.db, 'archief');
		const b = await addDepartment(t.db, 'Beheer');
		const c = await addDepartment(t.db, 'Communicatie');
		Object.assign(ids, { a, b, c });
		const a1 = await addPerson(t.db, { fullName: 'Aad Een', departmentId: a });
		const a2 = await addPerson(t.db, { fullName: 'Aad Twee', departmentId: a });
		const b1 = await addPerson(t.db, { fullName: 'Bea Een', departmentId: b });
		const b2 = await addPerson(t.db, { fullName: 'Bea Twee', departmentId: b });
		const c1 = await addPerson(t.db, { fullName: 'Cor Een', departmentId: c });
		const pairs: [number, number][] = [
			[a1, a2], // inside archief
			[a1, b1], // archief - Beheer
			[a2, c1], // archief - Communicatie
			[a1, c1], // archief - Communicatie
			[b1, c1], // Beheer - Communicatie
			[b1, b2], // inside Beheer, but b2 leaves
			[b2, c1] // Beheer - Communicatie, but b2 leaves
		];
		for (const [from, to] of pairs) await addLink(t.db, TEST_ACTOR, { from, to, strength: 2 });
		await setLeft(t.db, TEST_ACTOR, b2, '2026-06-30');
	});
	afterAll(async () => {
		await t.close();
	});

	it('counts active headcount and links inside and outside each department', async () => {
		const stats = await listDepartmentsWithStats(t.db);
		expect(
			stats.map(({ name, headcount, linksInside, linksOutside }) => ({
				name,
				headcount,
				linksInside,
				linksOutside
			}))
		).toEqual([
			{ name: 'archief', headcount: 2, linksInside: 1, linksOutside: 3 },
			{ name: 'Beheer', headcount: 1, linksInside: 0, linksOutside: 2 },
			{ name: 'Communicatie', headcount: 1, linksInside: 0, linksOutside: 3 }
		]);
		expect(stats.map((s) => s.id)).toEqual([ids.a, ids.b, ids.c]);
	});

	it('counts everyone again once the person who left is back', async () => {
		const b2 = await t.db
			.selectFrom('employee')
			.select('id')
			.where('full_name', '=', 'Bea Twee')
			.executeTakeFirstOrThrow();
		await setLeft(t.db, TEST_ACTOR, b2.id, null);
		const beheer = (await listDepartmentsWithStats(t.db)).find((s) => s.id === ids.b);
		expect(beheer).toMatchObject({ headcount: 2, linksInside: 1, linksOutside: 3 });
		await setLeft(t.db, TEST_ACTOR, b2.id, '2026-06-30');
	});

	it('lists an empty department with zeros', async () => {
		const d = await addDepartment(t.db, 'Duurzaamheid');
		const stats = await listDepartmentsWithStats(t.db);
		expect(stats.find((s) => s.id === d)).toMatchObject({
			name: 'Duurzaamheid',
			headcount: 0,
			linksInside: 0,
			linksOutside: 0
		});
		expect(stats).toHaveLength(4);
	});
});
