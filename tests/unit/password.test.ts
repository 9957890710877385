import { dictionary } from '@zxcvbn-ts/language-common';
import { describe, expect, it } from 'vitest';
import {
	hashPassword,
	isCommonPassword,
	passwordProblem,
	verifyPassword
} from '../../src/lib/server/auth/password';

describe('passwordProblem', () => {
	it('wants 12 to 256 characters', () => {
		expect(passwordProblem('zeven koeie')).toBe('error.password.tooShort');
		expect(passwordProblem('')).toBe('error.password.tooShort');
		expect(passwordProblem('zeven koeien')).toBeNull();
		expect(passwordProblem('z'.repeat(256))).toBeNull();
		expect(passwordProblem('z'.repeat(257))).toBe('error.password.tooLong');
	});

	it('counts characters, not UTF-16 units', () => {
		// 11 emoji are 22 UTF-16 units but still too short.
		expect(passwordProblem('🐄'.repeat(11))).toBe('error.password.tooShort');
		expect(passwordProblem('🐄'.repeat(12))).toBeNull();
	});

	it('refuses common passwords, whatever the case', () => {
		for (const password of ['qwerty123456', 'QWERTY123456', 'wachtwoord1234', 'WachtWoord1234']) {
			expect(passwordProblem(password), password).toBe('error.password.common');
		}
		expect(passwordProblem('paarse olifant op de fiets')).toBeNull();
	});
});

describe('the common-password list', () => {
	const list = dictionary['passwords-common'] as string[];

	it('is the zxcvbn-ts list of at least 10,000 passwords', () => {
		expect(list.length).toBeGreaterThanOrEqual(10_000);
	});

	it('contains every password of the package list (a sample across it)', () => {
		const step = Math.floor(list.length / 500);
		const sample = list.filter((_, i) => i % step === 0).concat(list.at(-1)!);
		expect(sample.length).toBeGreaterThan(400);
		expect(sample.filter((p) => !isCommonPassword(p))).toEqual([]);
		expect(sample.filter((p) => !isCommonPassword(p.toUpperCase()))).toEqual([]);
	});

	it('does not contain an ordinary sentence', () => {
		expect(isCommonPassword('mijn fiets staat bij het stadhuis')).toBe(false);
	});
});

describe('hashing', () => {
	it('uses argon2id with 19 MiB, 2 passes, 1 lane, a fresh salt each time', async () => {
		const hash = await hashPassword('zeven koeien in de wei');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
		expect(await hashPassword('zeven koeien in de wei')).not.toBe(hash);
	});

	it('verifies the right password and rejects a wrong one or a broken hash', async () => {
		const hash = await hashPassword('zeven koeien in de wei');
		expect(await verifyPassword(hash, 'zeven koeien in de wei')).toBe(true);
		expect(await verifyPassword(hash, 'zeven koeien in de wei ')).toBe(false);
		expect(await verifyPassword(hash, 'Zeven koeien in de wei')).toBe(false);
		expect(await verifyPassword('geen-hash', 'zeven koeien in de wei')).toBe(false);
	});
});
