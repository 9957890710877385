import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { isRole } from '$lib/auth/roles';
import type { DB } from '../db';
import { SYSTEM } from '../audit/audit.service';
import { createUser } from '../auth/users.service';
import { nowIso } from '../clock';
import { publicOrigin } from '../config';
import { InputError } from '../validation';
import { translate } from '$lib/i18n/translate';

/** The employee the account belongs to: by id, by e-mail, or a new one (first run of an empty database). */
async function employeeFor(
	db: DB,
	email: string,
	values: { 'employee-id'?: string; name?: string; department?: string }
) {
	if (values['employee-id']) return Number(values['employee-id']);
	const byEmail = await db
		.selectFrom('employee')
		.select('id')
		.where(sql<boolean>`email = ${email} COLLATE NOCASE`)
		.executeTakeFirst();
	if (byEmail) return byEmail.id;
	const departmentName = values.department ?? 'Beheer';
	const at = nowIso();
	const department =
		(await db
			.selectFrom('department')
			.select('id')
			.where(sql<boolean>`name = ${departmentName} COLLATE NOCASE`)
			.executeTakeFirst()) ??
		(await db
			.insertInto('department')
			.values({
				name: departmentName,
				description: '',
				color: '#5b5b5b',
				created_at: at,
				updated_at: at
			})
			.returning('id')
			.executeTakeFirstOrThrow());
	const { id } = await db
		.insertInto('employee')
		.values({
			full_name: values.name ?? email.split('@')[0],
			phone: '',
			job_title: '',
			is_contact_point: 0,
			email,
			department_id: department.id,
			created_at: at,
			updated_at: at
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export async function userCreate(db: DB, args: string[]): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			email: { type: 'string' },
			role: { type: 'string' },
			'employee-id': { type: 'string' },
			name: { type: 'string' },
			department: { type: 'string' }
		}
	});
	const email = values.email?.trim().toLowerCase();
	if (!email || !email.includes('@')) {
		console.error('Give --email with an e-mail address.');
		return 2;
	}
	if (!isRole(values.role)) {
		console.error('Give --role: medewerker, facilitator, manager or beheerder.');
		return 2;
	}
	const role = values.role;
	try {
		const { setupToken } = await db.transaction().execute(async (trx) => {
			const employeeId = await employeeFor(trx, email, values);
			return createUser(trx, { ...SYSTEM, email: 'cli' }, { employeeId, email, role });
		});
		console.log(`Account created for ${email} (${role}).`);
		console.log(
			`One-time set-up link (valid 72 hours):\n  ${publicOrigin()}/account/instellen/${setupToken}`
		);
		return 0;
	} catch (e) {
		if (e instanceof InputError) {
			for (const [field, message] of Object.entries(e.errors)) {
				console.error(`${field}: ${translate('en', message.key, message.params)}`);
			}
			return 1;
		}
		throw e;
	}
}
