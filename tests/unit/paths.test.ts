import { describe, expect, it } from 'vitest';
import { localPath } from '../../src/lib/server/paths';

describe('localPath', () => {
	it.each([
		['/', '/'],
		['/medewerkers', '/medewerkers'],
		['/medewerkers/12/bewerken', '/medewerkers/12/bewerken'],
		['/medewerkers?zoek=jan&pagina=2', '/medewerkers?zoek=jan&pagina=2'],
		['/afdelingen/../beheer', '/beheer']
	])('keeps the local path %j', (raw, expected) => {
		expect(localPath(raw)).toBe(expected);
	});

	it.each([
		'//evil.example',
		'//evil.example/inloggen',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'/\u0000/evil.example',
		'/\u007f/evil.example',
		'https://evil.example/',
		'http:evil.example',
		'javascript:alert(1)',
		'evil.example',
		'medewerkers',
		' /medewerkers',
		''
	])('sends %j home', (raw) => {
		expect(localPath(raw)).toBe('/');
	});

	it('sends anything but a string home', () => {
		for (const raw of [null, undefined, 42, ['/medewerkers'], { path: '/' }]) {
			expect(localPath(raw)).toBe('/');
		}
	});

	it('drops a fragment', () => {
		expect(localPath('/medewerkers#top')).toBe('/medewerkers');
	});

	// '/.//x' is a local path as typed, but resolving its dot segments leaves '//x': another site.
	it.each(['/.//evil.example', '/..//evil.example', '/a/..//evil.example', '/%2F/evil.example'])(
		'never turns %j into a path that starts with //',
		(raw) => {
			expect(localPath(raw).startsWith('//')).toBe(false);
		}
	);
});
