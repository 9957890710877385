import { sql } from 'kysely';
import type { DB } from './db';

/** The "aanspreekpunten ondermijning": whom to tell when something does not add up. */
export function contactPoints(db: DB) {
	return db
		.selectFrom('employee')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.select([
			'employee.id',
			'employee.full_name as name',
			'employee.email',
			'employee.phone',
			'department.name as department'
		])
		.where('employee.is_contact_point', '=', 1)
		.where('employee.left_on', 'is', null)
		.orderBy(sql`department.name COLLATE NOCASE`)
		.orderBy(sql`employee.full_name COLLATE NOCASE`)
		.execute();
}

/** Sessions the person took part in: they may read those reports (and nothing else of them). */
export function sessionsAttended(db: DB, employeeId: number) {
	return db
		.selectFrom('session')
		.innerJoin('session_participant', 'session_participant.session_id', 'session.id')
		.select(['session.id', 'session.title', 'session.held_on as heldOn', 'session.status'])
		.where('session_participant.employee_id', '=', employeeId)
		.orderBy('session.held_on', 'desc')
		.execute();
}
