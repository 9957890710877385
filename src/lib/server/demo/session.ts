import type { DB } from '../db';
import type { Actor } from '../audit/audit.service';
import { addParticipant } from '../sessions/participants.service';
import { recordSessionLink } from '../sessions/session-links.service';
import {
	addSignal,
	closeSession,
	createSession,
	saveBegrip,
	startSession
} from '../sessions/sessions.service';

// Departments whose planted gaps the insights must keep finding (isolated, joined through one
// person) stay out of the demo session.
const KEEP_APART = ['Informatievoorziening', 'Belastingen', 'Sport & Cultuur'];
const PER_DEPARTMENT = 2;

/**
 * One closed bewustwordingssessie in the demo, run through the real services, so the map, a
 * person's page and the report show what a session leaves behind. The demo medewerker took part.
 */
export async function createDemoSession(
	db: DB,
	actor: Actor,
	facilitatorEmployeeId: number,
	participantEmployeeId: number
): Promise<number> {
	const candidates = await db
		.selectFrom('employee')
		.innerJoin('department', 'department.id', 'employee.department_id')
		.select(['employee.id', 'employee.department_id as departmentId'])
		.where('employee.left_on', 'is', null)
		.where('department.name', 'not in', KEEP_APART)
		.where('employee.id', '!=', participantEmployeeId)
		.orderBy('employee.department_id')
		.orderBy('employee.id')
		.execute();
	const perDepartment = new Map<number, number[]>();
	for (const c of candidates) {
		const list = perDepartment.get(c.departmentId) ?? [];
		if (list.length < PER_DEPARTMENT) perDepartment.set(c.departmentId, [...list, c.id]);
	}
	const people = [participantEmployeeId, ...[...perDepartment.values()].flat()].slice(0, 12);

	const id = await createSession(db, actor, {
		title: 'Bewustwordingssessie Stadhuis',
		heldOn: '2026-10-15',
		location: 'Raadzaal',
		notes: 'Eerste sessie van dit jaar; oefeningen in tweetallen uit verschillende afdelingen.',
		facilitators: [facilitatorEmployeeId]
	});
	for (const person of people) await addParticipant(db, actor, id, person);
	await startSession(db, actor, id);
	// Pairs across the circle: people of different departments, as the exercises pair them.
	const half = Math.floor(people.length / 2);
	for (let i = 0; i < half; i++) {
		await recordSessionLink(db, actor, id, {
			a: people[i],
			b: people[i + half],
			strength: i % 3 === 0 ? 2 : 1
		});
	}
	await saveBegrip(
		db,
		actor,
		id,
		'Criminelen gebruiken onze diensten, vergunningen en panden om geld wit te wassen of te verdienen. Wij zien daar stukjes van; samen zien we het patroon.'
	);
	for (const signal of [
		'grote contante betalingen',
		'katvanger of stroman',
		'zaak zonder klanten'
	]) {
		await addSignal(db, actor, id, signal);
	}
	await closeSession(db, actor, id);
	return id;
}
