import { ParseError } from './errors';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

function lineOfFirstBadByte(bytes: Uint8Array): number {
	// The replacement character marks where strict decoding failed; count the newlines before it.
	const text = new TextDecoder('utf-8').decode(bytes);
	const at = text.indexOf('\uFFFD');
	return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** The encoding an XML declaration names, lower-cased; undefined when it names none. */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
	return /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
}

const LATIN = new Set(['iso-8859-1', 'latin1', 'windows-1252', 'cp1252', 'iso-8859-15']);

/**
 * Bytes of an uploaded file as text, without a byte-order mark. Spreadsheets save CSV in UTF-8
 * (with or without BOM), as "Unicode text" (UTF-16 with BOM) or, in older Dutch Excel, in
 * Windows-1252: a CSV that is not valid UTF-8 is read as the latter. XML is UTF-8 unless its
 * declaration names a Latin encoding; anything else undecodable is refused with its line.
 */
export function decodeText(bytes: Uint8Array, kind: 'csv' | 'xml'): string {
	if (bytes.length === 0) throw new ParseError(1, 'import.error.empty');
	if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
	if (kind === 'xml' && LATIN.has(declaredXmlEncoding(body) ?? '')) {
		return new TextDecoder('windows-1252').decode(body);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(body);
	} catch {
		if (kind === 'csv') return new TextDecoder('windows-1252').decode(body);
		throw new ParseError(lineOfFirstBadByte(body), 'import.error.encoding');
	}
}
