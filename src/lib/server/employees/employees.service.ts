import type { DB } from '../db';
import { nowIso } from '../clock';
import { findDepartment } from '../departments/departments.queries';
import { InputError, NotFoundError, type FieldErrors } from '../validation';
import { topicNames, type EmployeeInput } from './employees.schema';
import {
	deleteEmployeeRow,
	findEmployee,
	findEmployeeByEmail,
	findEmployeeByExternalId,
	insertEmployee,
	replaceTopics,
	updateEmployeeRow
} from './employees.queries';

async function checkRules(db: DB, input: EmployeeInput, exceptId?: number) {
	const errors: FieldErrors = {};
	if (!(await findDepartment(db, input.departmentId))) {
		errors.departmentId = { key: 'error.department.unknown' };
	}
	if (input.email) {
		const other = await findEmployeeByEmail(db, input.email);
		if (other && other.id !== exceptId) errors.email = { key: 'error.employee.emailTaken' };
	}
	if (input.externalId) {
		const other = await findEmployeeByExternalId(db, input.externalId);
		if (other && other.id !== exceptId)
			errors.externalId = { key: 'error.employee.externalIdTaken' };
	}
	if (Object.keys(errors).length > 0) throw new InputError(errors);
}

function columns(input: EmployeeInput) {
	return {
		full_name: input.fullName,
		email: input.email,
		phone: input.phone,
		job_title: input.jobTitle,
		department_id: input.departmentId,
		is_contact_point: input.isContactPoint ? 1 : 0,
		external_id: input.externalId
	};
}

export async function createEmployee(db: DB, input: EmployeeInput): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await checkRules(trx, input);
		const at = nowIso();
		const id = await insertEmployee(trx, { ...columns(input), created_at: at, updated_at: at });
		await replaceTopics(trx, id, topicNames(input));
		return id;
	});
}

export async function updateEmployee(db: DB, id: number, input: EmployeeInput): Promise<void> {
	await db.transaction().execute(async (trx) => {
		if (!(await findEmployee(trx, id))) throw new NotFoundError();
		await checkRules(trx, input, id);
		await updateEmployeeRow(trx, id, { ...columns(input), updated_at: nowIso() });
		await replaceTopics(trx, id, topicNames(input));
	});
}

/** Leaving keeps the person and their links as history; the map shows active people only. */
export async function setLeft(db: DB, id: number, leftOn: string | null): Promise<void> {
	await db.transaction().execute(async (trx) => {
		if (!(await findEmployee(trx, id))) throw new NotFoundError();
		await updateEmployeeRow(trx, id, { left_on: leftOn, updated_at: nowIso() });
	});
}

export async function deleteEmployee(db: DB, id: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		if (!(await findEmployee(trx, id))) throw new NotFoundError();
		await deleteEmployeeRow(trx, id);
	});
}
