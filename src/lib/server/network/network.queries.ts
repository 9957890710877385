import { sql } from 'kysely';
import type { DB } from '../db';

export async function networkVersion(db: DB): Promise<number> {
	const row = await db.selectFrom('network_version').select('version').executeTakeFirstOrThrow();
	return row.version;
}

export interface NetworkPerson {
	id: number;
	name: string;
	jobTitle: string;
	departmentId: number;
	contactPoint: boolean;
}

export interface NetworkLink {
	a: number;
	b: number;
	strength: 1 | 2 | 3;
	formedOn: string;
	origin: string;
}

/**
 * The network as the map and the insights see it: active people only, and the links between
 * them. `asOf` keeps only links formed on or before that date (to see the effect of sessions).
 */
export async function activeNetwork(db: DB, options: { asOf?: string } = {}) {
	const [departments, people, links] = await Promise.all([
		db
			.selectFrom('department')
			.select(['id', 'name', 'color'])
			.orderBy(sql`name COLLATE NOCASE`)
			.execute(),
		db
			.selectFrom('employee')
			.select([
				'id',
				'full_name as name',
				'job_title as jobTitle',
				'department_id as departmentId',
				sql<boolean>`is_contact_point = 1`.as('contactPoint')
			])
			.where('left_on', 'is', null)
			.orderBy('id')
			.execute(),
		db
			.selectFrom('link')
			.innerJoin('employee as ea', 'ea.id', 'link.employee_a_id')
			.innerJoin('employee as eb', 'eb.id', 'link.employee_b_id')
			.select([
				'link.employee_a_id as a',
				'link.employee_b_id as b',
				'link.strength',
				'link.formed_on as formedOn',
				'link.origin'
			])
			.where('ea.left_on', 'is', null)
			.where('eb.left_on', 'is', null)
			.$if(!!options.asOf, (q) => q.where('link.formed_on', '<=', options.asOf!))
			.orderBy('link.id')
			.execute()
	]);
	return {
		departments,
		people: people.map((p) => ({ ...p, contactPoint: Boolean(p.contactPoint) })) as NetworkPerson[],
		links: links as NetworkLink[]
	};
}

export type ActiveNetwork = Awaited<ReturnType<typeof activeNetwork>>;
