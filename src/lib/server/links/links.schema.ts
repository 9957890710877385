import { z } from 'zod';
import { text } from '../validation';

export const strength = z.coerce
	.number({ error: 'error.link.strength' })
	.int({ error: 'error.link.strength' })
	.min(1, { error: 'error.link.strength' })
	.max(3, { error: 'error.link.strength' }) as z.ZodType<1 | 2 | 3, unknown>;

export const addLinkInput = z.object({
	colleague: text(120),
	colleagueId: z.coerce.number().int().positive().optional().catch(undefined),
	strength,
	note: text(500)
});

export const changeLinkInput = z.object({
	linkId: z.coerce.number({ error: 'error.link.notFound' }).int().positive(),
	strength
});

export const removeLinkInput = z.object({
	linkId: z.coerce.number({ error: 'error.link.notFound' }).int().positive()
});
