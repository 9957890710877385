import { describe, expect, it } from 'vitest';
import { can, CAPABILITIES, isRole, ROLES, type Capability } from '../../src/lib/auth/roles';
import { docTable } from '../support/doc-tables';

function capabilityTable() {
	return docTable('docs/security.md', 'capabilities');
}

describe('the capabilities table in docs/security.md', () => {
	const { header, rows } = capabilityTable();

	it('has a column for each role, in order', () => {
		expect(header).toEqual(['capability', ...ROLES]);
	});

	it('equals CAPABILITIES in src/lib/auth/roles.ts exactly', () => {
		for (const row of rows) {
			expect(
				row.slice(1).every((cell) => cell === '' || cell === '✓'),
				row.join(' | ')
			).toBe(true);
		}
		const fromDoc = Object.fromEntries(
			rows.map(([capability, ...cells]) => [capability, ROLES.filter((_, i) => cells[i] === '✓')])
		);
		const fromCode = Object.fromEntries(
			Object.entries(CAPABILITIES).map(([capability, roles]) => [
				capability,
				ROLES.filter((role) => (roles as readonly string[]).includes(role))
			])
		);
		expect(fromDoc).toEqual(fromCode);
		expect(rows.map((r) => r[0])).toEqual(Object.keys(CAPABILITIES));
	});
});

describe('can()', () => {
	it('follows the matrix for every role and capability', () => {
		for (const [capability, roles] of Object.entries(CAPABILITIES)) {
			for (const role of ROLES) {
				expect(can(role, capability as Capability), `${role} ${capability}`).toBe(
					(roles as readonly string[]).includes(role)
				);
			}
		}
	});

	it('gives everyone network.read and only the beheerder users.manage', () => {
		expect(ROLES.map((role) => can(role, 'network.read'))).toEqual([true, true, true, true]);
		expect(ROLES.filter((role) => can(role, 'users.manage'))).toEqual(['beheerder']);
		expect(ROLES.filter((role) => can(role, 'insights.read'))).toEqual(['manager', 'beheerder']);
		expect(ROLES.filter((role) => can(role, 'employees.create'))).toEqual([
			'facilitator',
			'beheerder'
		]);
	});

	it('gives nothing without a role, or for an unknown one', () => {
		expect(can(null, 'network.read')).toBe(false);
		expect(can(undefined, 'network.read')).toBe(false);
		expect(can('admin' as never, 'network.read')).toBe(false);
		expect(isRole('beheerder')).toBe(true);
		expect(isRole('admin')).toBe(false);
		expect(isRole(undefined)).toBe(false);
	});
});
