import { inTransaction, type DB } from '../db';
import { audit, type Actor } from '../audit/audit.service';
import { nowIso } from '../clock';
import { InputError, NotFoundError } from '../validation';
import type { DepartmentInput } from './departments.schema';
import {
	countEmployeesIn,
	deleteDepartmentRow,
	findDepartment,
	findDepartmentByName,
	insertDepartment,
	updateDepartmentRow
} from './departments.queries';

async function assertNameFree(db: DB, name: string, exceptId?: number) {
	const existing = await findDepartmentByName(db, name);
	if (existing && existing.id !== exceptId) {
		throw new InputError({ name: { key: 'error.department.nameTaken' } });
	}
}

export async function createDepartment(
	db: DB,
	actor: Actor,
	input: DepartmentInput
): Promise<number> {
	return inTransaction(db, async (trx) => {
		await assertNameFree(trx, input.name);
		const at = nowIso();
		const id = await insertDepartment(trx, { ...input, created_at: at, updated_at: at });
		await audit(trx, actor, {
			action: 'department.create',
			entityType: 'department',
			entityId: id,
			summary: input.name
		});
		return id;
	});
}

export async function updateDepartment(
	db: DB,
	actor: Actor,
	id: number,
	input: DepartmentInput
): Promise<void> {
	await inTransaction(db, async (trx) => {
		if (!(await findDepartment(trx, id))) throw new NotFoundError();
		await assertNameFree(trx, input.name, id);
		await updateDepartmentRow(trx, id, { ...input, updated_at: nowIso() });
		await audit(trx, actor, {
			action: 'department.update',
			entityType: 'department',
			entityId: id,
			summary: input.name
		});
	});
}

/** Refused while anyone (also people who left) still belongs to it: their history needs a home. */
export async function deleteDepartment(db: DB, actor: Actor, id: number): Promise<void> {
	await inTransaction(db, async (trx) => {
		const department = await findDepartment(trx, id);
		if (!department) throw new NotFoundError();
		const count = await countEmployeesIn(trx, id);
		if (count > 0) {
			throw new InputError({ form: { key: 'error.department.notEmpty', params: { count } } });
		}
		await deleteDepartmentRow(trx, id);
		await audit(trx, actor, {
			action: 'department.delete',
			entityType: 'department',
			entityId: id,
			summary: department.name
		});
	});
}
