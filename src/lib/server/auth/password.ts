import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { MessageKey } from '$lib/i18n/translate';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. The package's `Algorithm` is a const
// enum, which isolated modules cannot read: 2 is its Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

// ~49,000 passwords seen most in breaches (zxcvbn-ts's common list), plus what people in a
// Dutch municipality would try first.
const COMMON = new Set<string>([
	...(dictionary['passwords-common'] as string[]),
	'wachtwoord',
	'wachtwoord123',
	'wachtwoord1234',
	'welkom123456',
	'welkomwelkom',
	'voorbeeldstad',
	'voorbeeldstad1',
	'netwerkkaart',
	'netwerkkaart1',
	'gemeente12345',
	'ondermijning'
]);

export function isCommonPassword(password: string): boolean {
	return COMMON.has(password.toLowerCase());
}

/** Length and the common list only: composition rules make passwords worse, not better. */
export function passwordProblem(password: string): MessageKey | null {
	if ([...password].length < PASSWORD_MIN) return 'error.password.tooShort';
	if ([...password].length > PASSWORD_MAX) return 'error.password.tooLong';
	if (isCommonPassword(password)) return 'error.password.common';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// Verifying against a throwaway hash for unknown accounts keeps the answer time the same,
// so timing does not tell which e-mail addresses have an account.
let dummyHash: Promise<string> | undefined;
export async function spendVerifyTime(password: string): Promise<void> {
	dummyHash ??= hashPassword('not-a-real-password-just-for-timing');
	await verifyPassword(await dummyHash, password);
}
