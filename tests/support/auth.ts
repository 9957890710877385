import type { Role } from '../../src/lib/auth/roles';
import { hashPassword } from '../../src/lib/server/auth/password';
import type { DB } from '../../src/lib/server/db/connection';

/** The password the test servers give the demo accounts (DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'proef-wachtwoord-voor-tests';
export const demoEmail = (role: Role) => `${role}@voorbeeldstad.nl`;

export interface SignInAnswer {
	status: number;
	location: string | null;
	retryAfter: string | null;
	/** `nk_sessie=<token>` to send back as a Cookie header, or null. */
	cookie: string | null;
}

/** Signs in through the real form, as a browser without JavaScript would. */
export async function postSignIn(
	baseUrl: string,
	email: string,
	password: string
): Promise<SignInAnswer> {
	const response = await fetch(`${baseUrl}/inloggen`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseUrl,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password, terug: '/' })
	});
	const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('nk_sessie='));
	const value = setCookie?.split(';')[0] ?? null;
	return {
		status: response.status,
		location: response.headers.get('location'),
		retryAfter: response.headers.get('retry-after'),
		cookie: value && value !== 'nk_sessie=' ? value : null
	};
}

/** A session cookie for a demo role on a server started with `startServer({ demo: true })`. */
export async function signInAs(baseUrl: string, role: Role): Promise<string> {
	const answer = await postSignIn(baseUrl, demoEmail(role), DEMO_PASSWORD);
	if (!answer.cookie) throw new Error(`Sign-in as ${role} failed with status ${answer.status}`);
	return answer.cookie;
}

/**
 * Adds an account with DEMO_PASSWORD straight into a test database (e.g. the file of a server
 * started without the demo), with an employee in department "Testafdeling" when none is given.
 */
export async function addAccount(
	db: DB,
	role: Role,
	options: { email?: string; employeeId?: number } = {}
): Promise<{ userId: number; employeeId: number; email: string }> {
	const email = options.email ?? `${role}-${Math.random().toString(36).slice(2, 8)}@test.nl`;
	const at = new Date().toISOString();
	let employeeId = options.employeeId;
	if (!employeeId) {
		const department =
			(await db
				.selectFrom('department')
				.select('id')
				.where('name', '=', 'Testafdeling')
				.executeTakeFirst()) ??
			(await db
				.insertInto('department')
				.values({
					name: 'Testafdeling',
					description: '',
					color: '#444444',
					created_at: at,
					updated_at: at
				})
				.returning('id')
				.executeTakeFirstOrThrow());
		employeeId = (
			await db
				.insertInto('employee')
				.values({
					full_name: `Test ${role}`,
					email: null,
					phone: '',
					job_title: '',
					department_id: department.id,
					is_contact_point: 0,
					created_at: at,
					updated_at: at
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	}
	const { id } = await db
		.insertInto('app_user')
		.values({
			employee_id: employeeId,
			email,
			role,
			password_hash: await hashPassword(DEMO_PASSWORD),
			active: 1,
			created_at: at,
			updated_at: at
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return { userId: id, employeeId, email };
}
