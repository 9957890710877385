import { inTransaction, type DB } from '../db';
import type { Role } from '../db/schema';
import { audit, type Actor } from '../audit/audit.service';
import { now, nowIso } from '../clock';
import { InputError, NotFoundError } from '../validation';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { invalidateUserSessions } from './session';
import { recordFailure, secondsToWait, ThrottledError, throttleKeys } from './throttle';
import { generateToken, hashToken } from './tokens';
import { countActiveAdmins, findUser, findUserByEmail } from './users.queries';

const SETUP_VALID_MS = 72 * 3_600_000;

/** A new one-time link replaces any earlier one; only its hash is stored. */
async function issueSetupToken(db: DB, userId: number): Promise<string> {
	const token = generateToken();
	await db.deleteFrom('setup_token').where('user_id', '=', userId).execute();
	await db
		.insertInto('setup_token')
		.values({ id: hashToken(token), user_id: userId, expires_at: now().getTime() + SETUP_VALID_MS })
		.execute();
	return token;
}

export async function createUser(
	db: DB,
	actor: Actor,
	input: { employeeId: number; email: string; role: Role }
): Promise<{ userId: number; setupToken: string }> {
	return inTransaction(db, async (trx) => {
		const employee = await trx
			.selectFrom('employee')
			.select(['id', 'full_name', 'left_on'])
			.where('id', '=', input.employeeId)
			.executeTakeFirst();
		if (!employee || employee.left_on)
			throw new InputError({ employeeId: { key: 'error.user.employee' } });
		const existing = await trx
			.selectFrom('app_user')
			.select('id')
			.where('employee_id', '=', employee.id)
			.executeTakeFirst();
		if (existing) throw new InputError({ employeeId: { key: 'error.user.hasAccount' } });
		if (await findUserByEmail(trx, input.email))
			throw new InputError({ email: { key: 'error.user.emailTaken' } });
		const at = nowIso();
		const { id } = await trx
			.insertInto('app_user')
			.values({
				employee_id: employee.id,
				email: input.email,
				role: input.role,
				active: 1,
				created_at: at,
				updated_at: at
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const setupToken = await issueSetupToken(trx, id);
		await audit(trx, actor, {
			action: 'user.create',
			entityType: 'user',
			entityId: id,
			summary: `${input.email} (${employee.full_name}), rol ${input.role}`
		});
		return { userId: id, setupToken };
	});
}

/** Refuses a change that would leave nobody able to manage users. */
async function keepOneAdmin(db: DB, userId: number, willBeAdmin: boolean) {
	const user = await findUser(db, userId);
	if (!user) throw new NotFoundError();
	const isActiveAdmin = user.role === 'beheerder' && user.active === 1;
	if (isActiveAdmin && !willBeAdmin && (await countActiveAdmins(db)) <= 1) {
		throw new InputError({ form: { key: 'error.user.lastAdmin' } });
	}
	return user;
}

export async function changeRole(db: DB, actor: Actor, userId: number, role: Role): Promise<void> {
	await inTransaction(db, async (trx) => {
		const user = await keepOneAdmin(trx, userId, role === 'beheerder');
		if (user.role === role) return;
		await trx
			.updateTable('app_user')
			.set({ role, updated_at: nowIso() })
			.where('id', '=', userId)
			.execute();
		// New rights take effect at the next sign-in, never within a session granted for the old role.
		await invalidateUserSessions(trx, userId);
		await audit(trx, actor, {
			action: 'user.role',
			entityType: 'user',
			entityId: userId,
			summary: `${user.email}: ${user.role} → ${role}`
		});
	});
}

export async function setActive(
	db: DB,
	actor: Actor,
	userId: number,
	active: boolean
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const user = active ? await findUser(trx, userId) : await keepOneAdmin(trx, userId, false);
		if (!user) throw new NotFoundError();
		await trx
			.updateTable('app_user')
			.set({ active: active ? 1 : 0, updated_at: nowIso() })
			.where('id', '=', userId)
			.execute();
		if (!active) await invalidateUserSessions(trx, userId);
		await audit(trx, actor, {
			action: active ? 'user.activate' : 'user.deactivate',
			entityType: 'user',
			entityId: userId,
			summary: user.email
		});
	});
}

export async function endSessions(db: DB, actor: Actor, userId: number): Promise<number> {
	return inTransaction(db, async (trx) => {
		const user = await findUser(trx, userId);
		if (!user) throw new NotFoundError();
		const ended = await invalidateUserSessions(trx, userId);
		await audit(trx, actor, {
			action: 'user.endSessions',
			entityType: 'user',
			entityId: userId,
			summary: `${user.email}: ${ended}`
		});
		return ended;
	});
}

/** A fresh set-up link, e.g. when someone forgot their password (there is no mail server). */
export async function resetSetupLink(db: DB, actor: Actor, userId: number): Promise<string> {
	return inTransaction(db, async (trx) => {
		const user = await findUser(trx, userId);
		if (!user) throw new NotFoundError();
		const token = await issueSetupToken(trx, userId);
		await audit(trx, actor, {
			action: 'user.setupLink',
			entityType: 'user',
			entityId: userId,
			summary: user.email
		});
		return token;
	});
}

export async function findSetupToken(db: DB, token: string) {
	const row = await db
		.selectFrom('setup_token')
		.innerJoin('app_user', 'app_user.id', 'setup_token.user_id')
		.select([
			'setup_token.id',
			'setup_token.expires_at',
			'app_user.id as user_id',
			'app_user.email',
			'app_user.active'
		])
		.where('setup_token.id', '=', hashToken(token))
		.executeTakeFirst();
	if (!row || row.expires_at <= now().getTime() || !row.active) return null;
	return row;
}

/** Sets the password from a one-time link; the link is used up and older sessions end. */
export async function completeSetup(db: DB, token: string, password: string): Promise<number> {
	const problem = passwordProblem(password);
	if (problem) throw new InputError({ password: { key: problem } });
	const passwordHash = await hashPassword(password);
	return inTransaction(db, async (trx) => {
		const row = await findSetupToken(trx, token);
		if (!row) throw new InputError({ form: { key: 'error.setup.invalid' } });
		await trx
			.updateTable('app_user')
			.set({ password_hash: passwordHash, updated_at: nowIso() })
			.where('id', '=', row.user_id)
			.execute();
		await trx.deleteFrom('setup_token').where('user_id', '=', row.user_id).execute();
		await invalidateUserSessions(trx, row.user_id);
		await audit(
			trx,
			{ userId: row.user_id, email: row.email },
			{
				action: 'user.password',
				entityType: 'user',
				entityId: row.user_id,
				summary: 'via set-up link'
			}
		);
		return row.user_id;
	});
}

export async function changePassword(
	db: DB,
	actor: Actor & { userId: number },
	current: string,
	password: string
): Promise<void> {
	const user = await findUser(db, actor.userId);
	if (!user) throw new NotFoundError();
	// The same delays as the sign-in form: an unattended session must not allow fast guessing.
	const keys = throttleKeys(user.email, actor.ip ?? '');
	const wait = await secondsToWait(db, keys);
	if (wait > 0) throw new ThrottledError(wait);
	if (!user.password_hash || !(await verifyPassword(user.password_hash, current))) {
		await recordFailure(db, keys);
		throw new InputError({ current: { key: 'error.password.currentWrong' } });
	}
	const problem = passwordProblem(password);
	if (problem) throw new InputError({ password: { key: problem } });
	const passwordHash = await hashPassword(password);
	await inTransaction(db, async (trx) => {
		await trx
			.updateTable('app_user')
			.set({ password_hash: passwordHash, updated_at: nowIso() })
			.where('id', '=', user.id)
			.execute();
		await invalidateUserSessions(trx, user.id);
		await audit(trx, actor, {
			action: 'user.password',
			entityType: 'user',
			entityId: user.id,
			summary: 'zelf gewijzigd'
		});
	});
}
