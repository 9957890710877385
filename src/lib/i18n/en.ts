import type { MessageKey } from './nl';
import { auth } from './en/auth';
import { core } from './en/core';
import { exchange } from './en/exchange';
import { insights } from './en/insights';
import { map } from './en/map';
import { people } from './en/people';
import { sessions } from './en/sessions';

export const en: Record<MessageKey, string> = {
	...core,
	...people,
	...auth,
	...map,
	...insights,
	...exchange,
	...sessions
};
