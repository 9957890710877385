import { describe, expect, it } from 'vitest';
import { departmentInput } from '../../src/lib/server/departments/departments.schema';
import { employeeInput } from '../../src/lib/server/employees/employees.schema';
import { translate } from '../../src/lib/i18n/translate';
import { addLinkInput } from '../../src/lib/server/links/links.schema';
import { formValues, validate } from '../../src/lib/server/validation';
import { employeeForm } from './helpers';

const department = { name: 'Vastgoed', description: '', color: '#1f77b4' };
const employee = employeeForm({ fullName: 'Anna de Wit', departmentId: 3 });

describe('validate()', () => {
	it('accepts a good department and cleans it up', () => {
		const result = validate(departmentInput, {
			...department,
			name: ' Vastgoed ',
			color: '#ABCDEF'
		});
		expect(result).toEqual({
			ok: true,
			data: { name: 'Vastgoed', description: '', color: '#abcdef' }
		});
	});

	it('gives message keys per field for a bad department', () => {
		const result = validate(departmentInput, {
			name: '   ',
			description: 'x'.repeat(301),
			color: 'blue'
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			name: { key: 'error.required' },
			description: { key: 'error.tooLong', params: { max: 300 } },
			color: { key: 'error.color' }
		});
		expect(result.values.name).toBe('   ');
	});

	it('gives the maximum with a name that is too long', () => {
		const result = validate(departmentInput, { ...department, name: 'a'.repeat(101) });
		expect(result.ok ? null : result.errors).toEqual({
			name: { key: 'error.tooLong', params: { max: 100 } }
		});
	});

	it('keys translate to Dutch messages with the parameters filled in', () => {
		expect(translate('nl', 'error.required')).toBe('Vul dit veld in.');
		expect(translate('nl', 'error.tooLong', { max: 100 })).toBe(
			'Dit is te lang (maximaal 100 tekens).'
		);
	});

	it('accepts a good employee with a normalised e-mail and checkbox', () => {
		const result = validate(employeeInput, {
			...employee,
			email: ' Anna.de.Wit@Voorbeeldstad.NL ',
			isContactPoint: 'on',
			topics: 'Zorg'
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.data).toMatchObject({
			fullName: 'Anna de Wit',
			email: 'anna.de.wit@voorbeeldstad.nl',
			departmentId: 3,
			isContactPoint: true,
			topics: ['Zorg'],
			externalId: null
		});
		const blank = validate(employeeInput, { ...employee, isContactPoint: '' });
		expect(blank.ok && blank.data).toMatchObject({ email: null, isContactPoint: false });
	});

	// A browser sends nothing at all for an unticked checkbox.
	it('treats an absent (unticked) checkbox as false', () => {
		expect('isContactPoint' in employee).toBe(false);
		const result = validate(employeeInput, employee);
		expect(result.ok ? null : result.errors).toBeNull();
		expect(result.ok && result.data.isContactPoint).toBe(false);
	});

	it('gives message keys per field for a bad employee', () => {
		const result = validate(employeeInput, {
			...employee,
			isContactPoint: '',
			fullName: '',
			email: 'geen-adres',
			departmentId: '',
			jobTitle: 'x'.repeat(121),
			topics: ['y'.repeat(61)]
		});
		expect(result.ok ? null : result.errors).toEqual({
			fullName: { key: 'error.required' },
			email: { key: 'error.email' },
			departmentId: { key: 'error.department.unknown' },
			jobTitle: { key: 'error.tooLong', params: { max: 120 } },
			topics: { key: 'error.tooLong', params: { max: 60 } }
		});
		for (const departmentId of ['abc', '0', '-2', '1.5']) {
			const r = validate(employeeInput, { ...employee, departmentId });
			expect(r.ok ? null : r.errors.departmentId).toEqual({ key: 'error.department.unknown' });
		}
	});

	it('checks the strength and length of a new link', () => {
		const good = validate(addLinkInput, {
			colleague: 'Bob',
			colleagueId: '7',
			strength: '3',
			note: ''
		});
		expect(good).toEqual({
			ok: true,
			data: { colleague: 'Bob', colleagueId: 7, strength: 3, note: '' }
		});
		for (const strength of ['', '0', '4', '2.5', 'sterk']) {
			const r = validate(addLinkInput, { colleague: 'Bob', strength, note: '' });
			expect(r.ok ? null : r.errors.strength?.key).toBe('error.link.strength');
		}
		const long = validate(addLinkInput, { colleague: 'Bob', strength: '1', note: 'n'.repeat(501) });
		expect(long.ok ? null : long.errors).toEqual({
			note: { key: 'error.tooLong', params: { max: 500 } }
		});
		const odd = validate(addLinkInput, {
			colleague: 'Bob',
			colleagueId: 'x',
			strength: '1',
			note: ''
		});
		expect(odd.ok && odd.data.colleagueId).toBeUndefined();
	});

	it('reads checkbox groups from a form as lists', () => {
		const form = new FormData();
		form.append('fullName', 'Anna');
		form.append('topics', 'Zorg');
		form.append('topics', 'Jeugd');
		expect(formValues(form, ['topics', 'other'])).toEqual({
			fullName: 'Anna',
			topics: ['Zorg', 'Jeugd'],
			other: []
		});
	});
});
