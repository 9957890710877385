import { z } from 'zod';
import { checkbox, id, optionalEmail, requiredText, text } from '../validation';

const topicName = z.string().trim().max(60, { error: 'error.tooLong' });

const topicList = z
	.union([z.string(), z.array(z.string())])
	.transform((v) => (Array.isArray(v) ? v : [v]))
	.pipe(z.array(topicName));

/** Free text, comma separated; each piece must fit a topic name. */
const otherTopicList = text(300)
	.transform((v) =>
		v
			.split(',')
			.map((t) => t.trim())
			.filter(Boolean)
	)
	.pipe(z.array(topicName));

export const employeeInput = z.object({
	fullName: requiredText(120),
	email: optionalEmail,
	phone: text(40),
	jobTitle: text(120),
	departmentId: id('error.department.unknown'),
	topics: topicList,
	otherTopics: otherTopicList,
	isContactPoint: checkbox,
	// Absent from the form people use for their own profile (it is the beheerder's field).
	externalId: text(100)
		.optional()
		.transform((v) => (v ? v : null))
});

export type EmployeeInput = z.output<typeof employeeInput>;

/** Splits the checkbox topics and the free-text ones into one clean, de-duplicated list. */
export function topicNames(input: Pick<EmployeeInput, 'topics' | 'otherTopics'>): string[] {
	const all = [...input.topics, ...input.otherTopics].map((t) => t.trim()).filter(Boolean);
	const seen = new Map<string, string>();
	for (const name of all) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
	return [...seen.values()];
}

export const searchInput = z.object({
	q: z.string().trim().max(100).catch(''),
	afdeling: z.coerce.number().int().positive().optional().catch(undefined),
	pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
	oud: z.literal('1').optional().catch(undefined)
});
