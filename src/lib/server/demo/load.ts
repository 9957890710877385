import { inTransaction, type DB } from '../db';
import { nowIso } from '../clock';
import type { DemoData } from './generate';

const BATCH = 500;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

async function isEmpty(db: DB): Promise<boolean> {
	const row = await db.selectFrom('employee').select('id').limit(1).executeTakeFirst();
	const dept = await db.selectFrom('department').select('id').limit(1).executeTakeFirst();
	return !row && !dept;
}

/**
 * Writes a generated municipality into an empty database, all or nothing.
 * Returns false (and writes nothing) when the database already holds data.
 */
export async function loadDemo(db: DB, data: DemoData): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		if (!(await isEmpty(trx))) return false;
		const at = nowIso();
		const departmentIds = new Map<string, number>();
		for (const d of data.departments) {
			const { id } = await trx
				.insertInto('department')
				.values({
					name: d.name,
					description: d.description,
					color: d.color,
					created_at: at,
					updated_at: at
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			departmentIds.set(d.key, id);
		}
		const topicIds = new Map<string, number>();
		for (const name of data.topics) {
			const { id } = await trx
				.insertInto('topic')
				.values({ name })
				.returning('id')
				.executeTakeFirstOrThrow();
			topicIds.set(name, id);
		}
		// Employees get ids in array order, so keys map to ids without a read-back per row.
		const employeeIds = new Map<string, number>();
		data.employees.forEach((e, i) => employeeIds.set(e.key, i + 1));
		await insertInBatches(data.employees, (batch) =>
			trx
				.insertInto('employee')
				.values(
					batch.map((e) => ({
						id: employeeIds.get(e.key)!,
						full_name: e.fullName,
						email: e.email,
						phone: e.phone,
						job_title: e.jobTitle,
						department_id: departmentIds.get(e.departmentKey)!,
						is_contact_point: e.isContactPoint ? 1 : 0,
						external_id: e.key,
						created_at: at,
						updated_at: at
					}))
				)
				.execute()
		);
		const topicRows = data.employees.flatMap((e) =>
			e.topics.map((t) => ({ employee_id: employeeIds.get(e.key)!, topic_id: topicIds.get(t)! }))
		);
		await insertInBatches(topicRows, (batch) =>
			trx.insertInto('employee_topic').values(batch).execute()
		);
		const linkRows = data.links.map((l) => {
			const a = employeeIds.get(l.a)!;
			const b = employeeIds.get(l.b)!;
			return {
				employee_a_id: Math.min(a, b),
				employee_b_id: Math.max(a, b),
				strength: l.strength,
				origin: 'import' as const,
				formed_on: l.formedOn,
				note: l.note,
				created_at: at,
				updated_at: at
			};
		});
		await insertInBatches(linkRows, (batch) => trx.insertInto('link').values(batch).execute());
		return true;
	});
}
