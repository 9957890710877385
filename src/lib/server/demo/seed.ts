import type { DB } from '../db';
import { demoRequested } from '../config';
import { SYSTEM } from '../audit/audit.service';
import { createDemoAccounts, demoEmail } from './accounts';
import { createDemoSession } from './session';
import { generateDemo } from './generate';
import { loadDemo } from './load';

/** `npm start` asks for the demo; it is loaded only into an empty database, never in production. */
export async function seedDemoOnFirstStart(db: DB): Promise<void> {
	if (!demoRequested()) return;
	const loaded = await loadDemo(db, generateDemo());
	if (!loaded) return;
	const { password, generated } = await createDemoAccounts(db);
	const employeeOf = async (email: string) =>
		(
			await db
				.selectFrom('app_user')
				.select('employee_id')
				.where('email', '=', email)
				.executeTakeFirstOrThrow()
		).employee_id;
	await createDemoSession(
		db,
		{ ...SYSTEM, email: 'demo' },
		await employeeOf(demoEmail('facilitator')),
		await employeeOf(demoEmail('medewerker'))
	);
	const roles = ['beheerder', 'manager', 'facilitator', 'medewerker'] as const;
	console.log(
		[
			'',
			'Demo municipality "Gemeente Voorbeeldstad" loaded into an empty database.',
			'Sign in with one of these accounts:',
			...roles.map((role) => `  ${demoEmail(role).padEnd(30)} (${role})`),
			generated
				? `Password for all four: ${password}   (shown once; set DEMO_PASSWORD to choose it)`
				: 'Password for all four: the value of DEMO_PASSWORD',
			''
		].join('\n')
	);
}
