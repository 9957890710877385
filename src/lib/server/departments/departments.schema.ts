import { z } from 'zod';
import { requiredText, text } from '../validation';

export const departmentInput = z.object({
	name: requiredText(100),
	description: text(300),
	color: z
		.string()
		.trim()
		.toLowerCase()
		.regex(/^#[0-9a-f]{6}$/, { error: 'error.color' })
});

export type DepartmentInput = z.output<typeof departmentInput>;
