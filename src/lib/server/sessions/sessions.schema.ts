import { z } from 'zod';
import { strength } from '../links/links.schema';
import { id, isoDate, requiredText, text } from '../validation';

/** At most 20 people: the method needs a group in which everyone can meet everyone. */
export const MAX_PARTICIPANTS = 20;

const facilitatorList = z
	.union([z.string(), z.array(z.string())])
	.transform((v) => (Array.isArray(v) ? v : [v]))
	.pipe(
		z
			.array(z.string().regex(/^[1-9]\d{0,15}$/, { error: 'error.session.facilitator' }))
			.min(1, { error: 'error.session.facilitator' })
			.max(10, { error: 'error.session.facilitator' })
	)
	.transform((ids) => ids.map(Number));

export const sessionInput = z.object({
	title: requiredText(120),
	heldOn: isoDate,
	location: text(120),
	notes: text(2000),
	facilitators: facilitatorList
});
export type SessionInput = z.output<typeof sessionInput>;

export const existingParticipantInput = z.object({
	colleague: text(120),
	colleagueId: z.coerce.number().int().positive().optional().catch(undefined)
});

/** Someone added on the spot: a name and a department are enough to become an employee. */
export const newParticipantInput = z.object({
	fullName: requiredText(120),
	departmentId: id('error.department.unknown')
});

export const participantIdInput = z.object({
	employeeId: id('error.session.notParticipant')
});

export const recordInput = z.object({
	a: id('error.session.pickTwo'),
	b: id('error.session.pickTwo'),
	strength
});

export const begripInput = z.object({ begrip: text(2000) });

export const signalInput = z.object({ label: requiredText(60) });

export const signalIdInput = z.object({ signalId: id('error.session.signalNotFound') });
