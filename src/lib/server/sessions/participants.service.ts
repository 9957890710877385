import { sql } from 'kysely';
import { inTransaction, type DB } from '../db';
import { audit, type Actor } from '../audit/audit.service';
import { nowIso } from '../clock';
import { findEmployee } from '../employees/employees.queries';
import { createEmployee } from '../employees/employees.service';
import { InputError } from '../validation';
import { countParticipants, isParticipant } from './sessions.queries';
import { MAX_PARTICIPANTS } from './sessions.schema';
import { sessionIn, snapshotBaseline } from './sessions.service';

/** Refusals about the group as a whole are shown above the participant list. */
const refuse = (key: 'error.session.full' | 'error.session.alreadyParticipant') =>
	new InputError({ participants: { key, params: { max: MAX_PARTICIPANTS } } });

async function checkRoom(db: DB, sessionId: number) {
	await sessionIn(db, sessionId, ['planned', 'running']);
	if ((await countParticipants(db, sessionId)) >= MAX_PARTICIPANTS) {
		throw refuse('error.session.full');
	}
}

export async function addParticipant(db: DB, actor: Actor, sessionId: number, employeeId: number) {
	await inTransaction(db, async (trx) => {
		const session = await sessionIn(trx, sessionId, ['planned', 'running']);
		const employee = await findEmployee(trx, employeeId);
		if (!employee) throw new InputError({ colleague: { key: 'error.link.unknownColleague' } });
		if (employee.left_on) throw new InputError({ colleague: { key: 'error.employee.left' } });
		if (await isParticipant(trx, sessionId, employeeId))
			throw refuse('error.session.alreadyParticipant');
		await checkRoom(trx, sessionId);
		await trx
			.insertInto('session_participant')
			.values({ session_id: sessionId, employee_id: employeeId, added_at: nowIso() })
			.execute();
		// Someone who joins a running session brings their existing links into the "before".
		if (session.status === 'running') await snapshotBaseline(trx, sessionId, employeeId);
		await audit(trx, actor, {
			action: 'session.participant.add',
			entityType: 'session',
			entityId: sessionId,
			summary: `${employee.full_name} (${employeeId})`
		});
	});
}

/** Someone added on the spot becomes an employee, then a participant: both or neither. */
export async function addNewParticipant(
	db: DB,
	actor: Actor,
	sessionId: number,
	input: { fullName: string; departmentId: number }
): Promise<number> {
	return inTransaction(db, async (trx) => {
		await checkRoom(trx, sessionId);
		const namesake = await trx
			.selectFrom('employee')
			.select('id')
			.where(sql<boolean>`full_name = ${input.fullName} COLLATE NOCASE`)
			.where('department_id', '=', input.departmentId)
			.where('left_on', 'is', null)
			.executeTakeFirst();
		if (namesake) throw new InputError({ fullName: { key: 'error.session.personExists' } });
		const id = await createEmployee(trx, actor, {
			fullName: input.fullName,
			email: null,
			phone: '',
			jobTitle: '',
			departmentId: input.departmentId,
			topics: [],
			otherTopics: [],
			isContactPoint: false,
			externalId: null
		});
		await addParticipant(trx, actor, sessionId, id);
		return id;
	});
}

/** Possible until links were recorded with the person: those are the session's history. */
export async function removeParticipant(
	db: DB,
	actor: Actor,
	sessionId: number,
	employeeId: number
) {
	await inTransaction(db, async (trx) => {
		await sessionIn(trx, sessionId, ['planned', 'running']);
		if (!(await isParticipant(trx, sessionId, employeeId))) {
			throw new InputError({ participants: { key: 'error.session.notParticipant' } });
		}
		const event = await trx
			.selectFrom('session_link_event')
			.select('id')
			.where('session_id', '=', sessionId)
			.where((eb) =>
				eb.or([eb('employee_a_id', '=', employeeId), eb('employee_b_id', '=', employeeId)])
			)
			.executeTakeFirst();
		if (event) throw new InputError({ participants: { key: 'error.session.participantHasLinks' } });
		await trx
			.deleteFrom('session_baseline')
			.where('session_id', '=', sessionId)
			.where((eb) =>
				eb.or([eb('employee_a_id', '=', employeeId), eb('employee_b_id', '=', employeeId)])
			)
			.execute();
		await trx
			.deleteFrom('session_participant')
			.where('session_id', '=', sessionId)
			.where('employee_id', '=', employeeId)
			.execute();
		const employee = await findEmployee(trx, employeeId);
		await audit(trx, actor, {
			action: 'session.participant.remove',
			entityType: 'session',
			entityId: sessionId,
			summary: `${employee?.full_name ?? ''} (${employeeId})`
		});
	});
}
