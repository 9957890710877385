import { sql } from 'kysely';
import { inTransaction, type DB } from '../db';
import type { Role } from '../db/schema';
import { audit, SYSTEM } from '../audit/audit.service';
import { nowIso } from '../clock';
import { hashPassword } from '../auth/password';
import { generateToken } from '../auth/tokens';

/** One account per role, each tied to a person in a department that fits the role. */
const DEMO_ACCOUNTS: { role: Role; department: string }[] = [
	{ role: 'beheerder', department: 'Veiligheid & Handhaving' },
	{ role: 'manager', department: 'Stedelijke ontwikkeling' },
	{ role: 'facilitator', department: 'Veiligheid & Handhaving' },
	{ role: 'medewerker', department: 'Publieksplein' }
];

export const demoEmail = (role: Role) => `${role}@voorbeeldstad.nl`;

/**
 * Creates the four demo accounts (never in production: the caller checks). The password is
 * DEMO_PASSWORD when set, otherwise generated; returned so it can be printed exactly once.
 */
export async function createDemoAccounts(
	db: DB
): Promise<{ password: string; generated: boolean }> {
	const given = process.env.DEMO_PASSWORD;
	const password = given || generateToken().slice(0, 20);
	const passwordHash = await hashPassword(password);
	await inTransaction(db, async (trx) => {
		const taken = new Set<number>();
		for (const account of DEMO_ACCOUNTS) {
			const employee = await trx
				.selectFrom('employee')
				.innerJoin('department', 'department.id', 'employee.department_id')
				.select(['employee.id', 'employee.full_name'])
				.where('department.name', '=', account.department)
				.where('employee.left_on', 'is', null)
				.where('employee.id', 'not in', [0, ...taken])
				.orderBy(sql`employee.is_contact_point`, 'desc')
				.orderBy('employee.id')
				.executeTakeFirstOrThrow();
			taken.add(employee.id);
			const at = nowIso();
			const { id } = await trx
				.insertInto('app_user')
				.values({
					employee_id: employee.id,
					email: demoEmail(account.role),
					role: account.role,
					password_hash: passwordHash,
					active: 1,
					created_at: at,
					updated_at: at
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			await audit(trx, SYSTEM, {
				action: 'user.create',
				entityType: 'user',
				entityId: id,
				summary: `${demoEmail(account.role)} (${employee.full_name}), rol ${account.role}, demo`
			});
		}
	});
	return { password, generated: !given };
}
