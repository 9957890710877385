const BASE = 'http://netwerkkaart.invalid';

/**
 * A path on this site to send someone back to, or '/'. Control characters and backslashes are
 * refused outright: browsers drop or reinterpret them, turning '/\t/evil.example' into a jump
 * to another site.
 */
export function localPath(raw: unknown): string {
	// eslint-disable-next-line no-control-regex
	if (typeof raw !== 'string' || !raw.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(raw)) {
		return '/';
	}
	try {
		const url = new URL(raw, BASE);
		// Resolving drops '.' and '..', so '/.//evil.example' becomes '//evil.example': another site.
		if (url.origin !== BASE || url.pathname.startsWith('//')) return '/';
		return url.pathname + url.search;
	} catch {
		return '/';
	}
}
