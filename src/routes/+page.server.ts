import { can } from '$lib/auth/roles';
import { requireCapability } from '$lib/server/auth/guards';
import { reportChannels } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { contactPoints, sessionsAttended } from '$lib/server/home.queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireCapability(event, 'network.read');
	const db = getDb();
	const count = async (table: 'department' | 'employee' | 'link') => {
		const row = await db
			.selectFrom(table)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		return Number(row.n);
	};
	const [departments, employees, links, contacts, sessions] = await Promise.all([
		count('department'),
		count('employee'),
		count('link'),
		contactPoints(db),
		sessionsAttended(db, user.employeeId)
	]);
	return {
		stats: { departments, employees, links },
		contacts,
		sessions,
		channels: reportChannels(),
		can: {
			sessions: can(user.role, 'sessions.run'),
			insights: can(user.role, 'insights.read'),
			admin: can(user.role, 'users.manage')
		}
	};
};
