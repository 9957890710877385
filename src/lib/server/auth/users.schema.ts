import { z } from 'zod';
import { ROLES } from '$lib/auth/roles';
import { id } from '../validation';

const email = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email({ error: 'error.email' }));

export const newUserInput = z.object({
	employeeId: id('error.user.employee'),
	email,
	role: z.enum(ROLES, { error: 'error.user.role' })
});

export const roleInput = z.object({ role: z.enum(ROLES, { error: 'error.user.role' }) });

export const signInInput = z.object({
	email: z.string().trim().toLowerCase().min(1, { error: 'error.required' }).max(254),
	password: z
		.string()
		.min(1, { error: 'error.required' })
		.max(1024, { error: 'error.signIn.invalid' }),
	terug: z.string().optional()
});

export const newPasswordInput = z
	.object({
		password: z.string(),
		confirm: z.string()
	})
	.refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'error.password.mismatch' });

export const changePasswordInput = z
	.object({
		current: z.string().min(1, { error: 'error.required' }).max(1024),
		password: z.string(),
		confirm: z.string()
	})
	.refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'error.password.mismatch' });
