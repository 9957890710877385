import { auth } from './nl/auth';
import { core } from './nl/core';
import { exchange } from './nl/exchange';
import { insights } from './nl/insights';
import { map } from './nl/map';
import { people } from './nl/people';
import { sessions } from './nl/sessions';

/**
 * Dutch is the source language: every key lives in a file under nl/ first (one per feature, so
 * features can be built side by side), and en/ must have the same keys (TypeScript checks it).
 */
export const nl = {
	...core,
	...people,
	...auth,
	...map,
	...insights,
	...exchange,
	...sessions
} as const;

export type MessageKey = keyof typeof nl;
