import type { MessageKey } from './nl';
import { auth } from './en/auth';
import { core } from './en/core';
import { map } from './en/map';
import { people } from './en/people';

export const en: Record<MessageKey, string> = { ...core, ...people, ...auth, ...map };
