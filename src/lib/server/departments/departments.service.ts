import type { DB } from '../db';
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

export async function createDepartment(db: DB, input: DepartmentInput): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await assertNameFree(trx, input.name);
		const at = nowIso();
		return insertDepartment(trx, { ...input, created_at: at, updated_at: at });
	});
}

export async function updateDepartment(db: DB, id: number, input: DepartmentInput): Promise<void> {
	await db.transaction().execute(async (trx) => {
		if (!(await findDepartment(trx, id))) throw new NotFoundError();
		await assertNameFree(trx, input.name, id);
		await updateDepartmentRow(trx, id, { ...input, updated_at: nowIso() });
	});
}

/** Refused while anyone (also people who left) still belongs to it: their history needs a home. */
export async function deleteDepartment(db: DB, id: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		if (!(await findDepartment(trx, id))) throw new NotFoundError();
		const count = await countEmployeesIn(trx, id);
		if (count > 0) {
			throw new InputError({ form: { key: 'error.department.notEmpty', params: { count } } });
		}
		await deleteDepartmentRow(trx, id);
	});
}
