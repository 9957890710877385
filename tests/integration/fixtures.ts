// Set-ups that several integration test files share.
import type { DB } from '../../src/lib/server/db/connection';
import { createSession } from '../../src/lib/server/sessions/sessions.service';
import { addAccount, DEMO_PASSWORD, postSignIn } from '../support/auth';
import { tempDb, type TempDb } from '../support/db';
import { startServer, type RunningServer } from '../support/server';
import { addDepartment, addPerson, serverDb, TEST_ACTOR } from './helpers';

export type Account = Awaited<ReturnType<typeof addAccount>>;

/**
 * The built app on its own empty database (no demo), that database opened for checks, and a
 * beheerder who is signed in: `cookie` is their session cookie. Close with `db.destroy()` and
 * `server.stop()`.
 */
export async function serverWithBeheerder(): Promise<{
	server: RunningServer;
	db: DB;
	admin: Account;
	cookie: string;
}> {
	const server = await startServer({ demo: false });
	const db = serverDb(server.databaseFile);
	try {
		const admin = await addAccount(db, 'beheerder');
		const signIn = await postSignIn(server.url, admin.email, DEMO_PASSWORD);
		if (!signIn.cookie) throw new Error(`Sign-in failed with status ${signIn.status}`);
		return { server, db, admin, cookie: signIn.cookie };
	} catch (e) {
		await db.destroy();
		await server.stop();
		throw e;
	}
}

/** The employee form's fields as a browser posts them, with `extra` added or replaced. */
export function employeeFields<Extra extends Record<string, string | string[]>>(
	fullName: string,
	departmentId: number | string,
	extra = {} as Extra
) {
	return {
		fullName,
		email: '',
		phone: '',
		jobTitle: '',
		departmentId: String(departmentId),
		otherTopics: '',
		externalId: '',
		...extra
	};
}

/**
 * A migrated temp database with departments Vastgoed, Publieksplein, Vergunningen and
 * Handhaving, 24 people ("Persoon 1" to "Persoon 24", dealt over the departments in that order)
 * and a facilitator account (its employee id). Close with `t.close()`.
 */
export async function sessionWorld(): Promise<{
	t: TempDb;
	dept: Record<string, number>;
	people: number[];
	facilitator: number;
}> {
	const t = await tempDb();
	try {
		const dept: Record<string, number> = {};
		for (const name of ['Vastgoed', 'Publieksplein', 'Vergunningen', 'Handhaving']) {
			dept[name] = await addDepartment(t.db, name);
		}
		const names = Object.keys(dept);
		const people: number[] = [];
		for (let i = 0; i < 24; i++) {
			const departmentId = dept[names[i % names.length]];
			people.push(await addPerson(t.db, { fullName: `Persoon ${i + 1}`, departmentId }));
		}
		const facilitator = (await addAccount(t.db, 'facilitator')).employeeId;
		return { t, dept, people, facilitator };
	} catch (e) {
		await t.close();
		throw e;
	}
}

/** A planned session on 2026-03-10 in the Stadhuis, led by `facilitator`; its id. */
export function planSession(db: DB, facilitator: number, title: string): Promise<number> {
	return createSession(db, TEST_ACTOR, {
		title,
		heldOn: '2026-03-10',
		location: 'Stadhuis',
		notes: '',
		facilitators: [facilitator]
	});
}
