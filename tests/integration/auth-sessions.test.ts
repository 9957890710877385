import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audit, SYSTEM } from '../../src/lib/server/audit/audit.service';
import {
	createSession,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { hashToken } from '../../src/lib/server/auth/tokens';
import {
	changePassword,
	changeRole,
	completeSetup,
	resetSetupLink,
	setActive
} from '../../src/lib/server/auth/users.service';
import { advanceClock, resetClock } from '../../src/lib/server/clock';
import { sessionIdleMs, sessionMaxMs } from '../../src/lib/server/config';
import { InputError } from '../../src/lib/server/validation';
import { addAccount, DEMO_PASSWORD } from '../support/auth';
import { tempDb, type TempDb } from '../support/db';

const MINUTE = 60_000;
const NEW_PASSWORD = 'een lange zin als wachtwoord';

let t: TempDb;
beforeEach(async () => {
	t = await tempDb();
});
afterEach(async () => {
	resetClock();
	await t.close();
});

const valid = async (token: string) => (await validateSessionToken(t.db, token)).session !== null;
const sessionCount = async (userId: number) =>
	Number(
		(
			await t.db
				.selectFrom('user_session')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.where('user_id', '=', userId)
				.executeTakeFirstOrThrow()
		).n
	);

/** Every text in every column of every table, to look for a secret in. */
async function everyValue(): Promise<string[]> {
	const tables = await sql<{
		name: string;
	}>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(t.db);
	const values: string[] = [];
	for (const { name } of tables.rows) {
		const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(t.db);
		for (const row of rows.rows) values.push(...Object.values(row).map((v) => String(v)));
	}
	return values;
}

describe('session tokens', () => {
	it('stores only the SHA-256 of the token, never the token itself', async () => {
		const { userId } = await addAccount(t.db, 'medewerker');
		const { token, session } = await createSession(t.db, userId);
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		const rows = await t.db.selectFrom('user_session').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(rows[0].id).not.toBe(token);
		expect(rows[0].id).toBe(hashToken(token));
		expect(session.id).toBe(hashToken(token));
		const values = await everyValue();
		expect(values).toContain(hashToken(token));
		expect(values.filter((v) => v.includes(token))).toEqual([]);
	});

	it('makes a new token for every session', async () => {
		const { userId } = await addAccount(t.db, 'medewerker');
		const tokens = new Set<string>();
		for (let i = 0; i < 5; i++) tokens.add((await createSession(t.db, userId)).token);
		expect(tokens.size).toBe(5);
		expect(await sessionCount(userId)).toBe(5);
	});

	it('gives the user for a good token and nothing for an unknown one', async () => {
		const { userId, employeeId, email } = await addAccount(t.db, 'facilitator');
		const { token } = await createSession(t.db, userId);
		const result = await validateSessionToken(t.db, token);
		expect(result.user).toMatchObject({ id: userId, employeeId, email, role: 'facilitator' });
		expect((await validateSessionToken(t.db, `${token}x`)).session).toBeNull();
		expect((await validateSessionToken(t.db, hashToken(token))).session).toBeNull();
	});
});

describe('session expiry', () => {
	it('defaults to 60 minutes idle and 12 hours in all', () => {
		expect(sessionIdleMs()).toBe(60 * MINUTE);
		expect(sessionMaxMs()).toBe(12 * 60 * MINUTE);
	});

	it('is still valid 59 minutes after last use and ends past 60', async () => {
		const { userId } = await addAccount(t.db, 'medewerker');
		const first = await createSession(t.db, userId);
		const second = await createSession(t.db, userId);
		advanceClock(59 * MINUTE);
		expect(await valid(first.token)).toBe(true);
		advanceClock(MINUTE + 1);
		// `second` was last used at 0: 60 min and 1 ms ago.
		expect(await valid(second.token)).toBe(false);
		expect(await sessionCount(userId)).toBe(1);
	});

	it('slides: a use at 50 minutes keeps the session alive until 60 minutes after that use', async () => {
		const { userId } = await addAccount(t.db, 'medewerker');
		const { token } = await createSession(t.db, userId);
		advanceClock(50 * MINUTE);
		expect(await valid(token)).toBe(true);
		advanceClock(59 * MINUTE); // 109 min after sign-in, 59 after last use
		expect(await valid(token)).toBe(true);
		advanceClock(60 * MINUTE + 1);
		expect(await valid(token)).toBe(false);
	});

	it('ends after 12 hours even when used every 30 minutes', async () => {
		const { userId } = await addAccount(t.db, 'medewerker');
		const { token, session } = await createSession(t.db, userId);
		expect(session.expiresAt - session.idleExpiresAt).toBe(11 * 60 * MINUTE);
		for (let i = 1; i < 24; i++) {
			advanceClock(30 * MINUTE);
			expect(await valid(token), `after ${i * 30} min`).toBe(true);
		}
		advanceClock(30 * MINUTE);
		expect(await valid(token)).toBe(false);
		expect(await sessionCount(userId)).toBe(0);
	});
});

describe('ending sessions', () => {
	it('invalidateSession ends one session only', async () => {
		const { userId } = await addAccount(t.db, 'medewerker');
		const a = await createSession(t.db, userId);
		const b = await createSession(t.db, userId);
		await invalidateSession(t.db, a.session.id);
		expect(await valid(a.token)).toBe(false);
		expect(await valid(b.token)).toBe(true);
	});

	it('invalidateUserSessions ends all sessions of one user and no one else’s', async () => {
		const one = await addAccount(t.db, 'medewerker');
		const other = await addAccount(t.db, 'manager');
		const a = await createSession(t.db, one.userId);
		const b = await createSession(t.db, one.userId);
		const c = await createSession(t.db, other.userId);
		expect(await invalidateUserSessions(t.db, one.userId)).toBe(2);
		expect([await valid(a.token), await valid(b.token), await valid(c.token)]).toEqual([
			false,
			false,
			true
		]);
	});

	const changes: [string, (userId: number) => Promise<unknown>][] = [
		['a role change', (id) => changeRole(t.db, SYSTEM, id, 'facilitator')],
		['deactivation', (id) => setActive(t.db, SYSTEM, id, false)],
		[
			'a password change',
			(id) => changePassword(t.db, { ...SYSTEM, userId: id }, DEMO_PASSWORD, NEW_PASSWORD)
		],
		[
			'a password set through a set-up link',
			async (id) => completeSetup(t.db, await resetSetupLink(t.db, SYSTEM, id), NEW_PASSWORD)
		]
	];
	it.each(changes)('%s ends all sessions of that user', async (_, change) => {
		const { userId } = await addAccount(t.db, 'medewerker');
		const bystander = await addAccount(t.db, 'medewerker');
		const a = await createSession(t.db, userId);
		const b = await createSession(t.db, userId);
		const c = await createSession(t.db, bystander.userId);
		await change(userId);
		expect(await valid(a.token)).toBe(false);
		expect(await valid(b.token)).toBe(false);
		expect(await sessionCount(userId)).toBe(0);
		expect(await valid(c.token)).toBe(true);
	});
});

describe('keeping one beheerder', () => {
	const lastAdmin = { errors: { form: { key: 'error.user.lastAdmin' } } };

	it('refuses to demote or deactivate the last active beheerder', async () => {
		const admin = await addAccount(t.db, 'beheerder');
		const retired = await addAccount(t.db, 'beheerder');
		await setActive(t.db, SYSTEM, retired.userId, false);
		const demote = changeRole(t.db, SYSTEM, admin.userId, 'manager');
		await expect(demote).rejects.toBeInstanceOf(InputError);
		await expect(demote).rejects.toMatchObject(lastAdmin);
		await expect(setActive(t.db, SYSTEM, admin.userId, false)).rejects.toMatchObject(lastAdmin);
		const row = await t.db
			.selectFrom('app_user')
			.select(['role', 'active'])
			.where('id', '=', admin.userId)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ role: 'beheerder', active: 1 });
	});

	it('allows it while another active beheerder remains', async () => {
		const admin = await addAccount(t.db, 'beheerder');
		const other = await addAccount(t.db, 'beheerder');
		await changeRole(t.db, SYSTEM, admin.userId, 'medewerker');
		await expect(changeRole(t.db, SYSTEM, other.userId, 'manager')).rejects.toMatchObject(
			lastAdmin
		);
	});
});

describe('the audit log', () => {
	it('refuses UPDATE and DELETE', async () => {
		await audit(t.db, SYSTEM, { action: 'test.entry', entityType: 'test', summary: 'origineel' });
		await expect(
			t.db.updateTable('audit_log').set({ summary: 'vervalst' }).execute()
		).rejects.toThrow(/append-only/);
		await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
		const rows = await t.db.selectFrom('audit_log').select(['action', 'summary']).execute();
		expect(rows).toContainEqual({ action: 'test.entry', summary: 'origineel' });
	});
});
