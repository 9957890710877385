import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCapability(event, 'network.read');
	const db = getDb();
	const count = async (table: 'department' | 'employee' | 'link') => {
		const row = await db
			.selectFrom(table)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		return Number(row.n);
	};
	const [departments, employees, links] = await Promise.all([
		count('department'),
		count('employee'),
		count('link')
	]);
	return { stats: { departments, employees, links } };
};
