import { sql } from 'kysely';
import type { DB } from '../db';

export function listUsers(db: DB) {
	return db
		.selectFrom('app_user')
		.innerJoin('employee', 'employee.id', 'app_user.employee_id')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.select([
			'app_user.id',
			'app_user.email',
			'app_user.role',
			'app_user.active',
			'app_user.last_sign_in_at',
			'app_user.employee_id',
			sql<number>`app_user.password_hash IS NOT NULL`.as('has_password'),
			'employee.full_name',
			'department.name as department_name'
		])
		.orderBy(sql`employee.full_name COLLATE NOCASE`)
		.execute();
}

export function findUser(db: DB, id: number) {
	return db
		.selectFrom('app_user')
		.innerJoin('employee', 'employee.id', 'app_user.employee_id')
		.selectAll('app_user')
		.select(['employee.full_name'])
		.where('app_user.id', '=', id)
		.executeTakeFirst();
}

export function findUserByEmail(db: DB, email: string) {
	return db
		.selectFrom('app_user')
		.selectAll()
		.where(sql<boolean>`email = ${email} COLLATE NOCASE`)
		.executeTakeFirst();
}

export async function countActiveAdmins(db: DB): Promise<number> {
	const row = await db
		.selectFrom('app_user')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('role', '=', 'beheerder')
		.where('active', '=', 1)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Active people without an account, for the "new account" form. */
export function employeesWithoutAccount(db: DB) {
	return db
		.selectFrom('employee')
		.leftJoin('app_user', 'app_user.employee_id', 'employee.id')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.select([
			'employee.id',
			'employee.full_name',
			'employee.email',
			'department.name as department_name'
		])
		.where('app_user.id', 'is', null)
		.where('employee.left_on', 'is', null)
		.orderBy(sql`employee.full_name COLLATE NOCASE`)
		.execute();
}
