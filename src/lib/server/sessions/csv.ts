/**
 * CSV for Dutch Excel: `;` between cells (the comma is the decimal sign there), a byte-order
 * mark so Excel reads UTF-8, and CRLF line ends.
 */
export function csvCell(value: string | number): string {
	if (typeof value === 'number') return String(value);
	// A cell that starts like a formula would run as one in a spreadsheet (CSV injection).
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number)[][]): string {
	return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** A file-name-safe form of a title: "Sessie Stadhuis (oost)" → "sessie-stadhuis-oost". */
export function slug(title: string): string {
	const ascii = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return ascii || 'sessie';
}
