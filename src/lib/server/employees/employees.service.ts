import { inTransaction, type DB } from '../db';
import { audit, type Actor } from '../audit/audit.service';
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

export async function createEmployee(db: DB, actor: Actor, input: EmployeeInput): Promise<number> {
	return inTransaction(db, async (trx) => {
		await checkRules(trx, input);
		const at = nowIso();
		const id = await insertEmployee(trx, { ...columns(input), created_at: at, updated_at: at });
		await replaceTopics(trx, id, topicNames(input));
		await audit(trx, actor, {
			action: 'employee.create',
			entityType: 'employee',
			entityId: id,
			summary: input.fullName
		});
		return id;
	});
}

export async function updateEmployee(
	db: DB,
	actor: Actor,
	id: number,
	input: EmployeeInput
): Promise<void> {
	await inTransaction(db, async (trx) => {
		if (!(await findEmployee(trx, id))) throw new NotFoundError();
		await checkRules(trx, input, id);
		await updateEmployeeRow(trx, id, { ...columns(input), updated_at: nowIso() });
		await replaceTopics(trx, id, topicNames(input));
		await audit(trx, actor, {
			action: 'employee.update',
			entityType: 'employee',
			entityId: id,
			summary: input.fullName
		});
	});
}

/** Leaving keeps the person and their links as history; the map shows active people only. */
export async function setLeft(
	db: DB,
	actor: Actor,
	id: number,
	leftOn: string | null
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const employee = await findEmployee(trx, id);
		if (!employee) throw new NotFoundError();
		await updateEmployeeRow(trx, id, { left_on: leftOn, updated_at: nowIso() });
		await audit(trx, actor, {
			action: leftOn ? 'employee.leave' : 'employee.reactivate',
			entityType: 'employee',
			entityId: id,
			summary: leftOn ? `${employee.full_name}, ${leftOn}` : employee.full_name
		});
	});
}

export async function deleteEmployee(db: DB, actor: Actor, id: number): Promise<void> {
	await inTransaction(db, async (trx) => {
		const employee = await findEmployee(trx, id);
		if (!employee) throw new NotFoundError();
		const account = await trx
			.selectFrom('app_user')
			.select('id')
			.where('employee_id', '=', id)
			.executeTakeFirst();
		if (account) throw new InputError({ form: { key: 'error.employee.hasAccount' } });
		await deleteEmployeeRow(trx, id);
		await audit(trx, actor, {
			action: 'employee.delete',
			entityType: 'employee',
			entityId: id,
			summary: employee.full_name
		});
	});
}

/** Someone editing their own profile: the organisational fields stay as the beheerder set them. */
export async function updateOwnProfile(db: DB, actor: Actor, id: number, input: EmployeeInput) {
	const existing = await findEmployee(db, id);
	if (!existing) throw new NotFoundError();
	await updateEmployee(db, actor, id, {
		...input,
		departmentId: existing.department_id,
		isContactPoint: existing.is_contact_point === 1,
		externalId: existing.external_id
	});
}
