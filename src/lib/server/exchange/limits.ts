/** The largest file an import reads (on the web and on the command line). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * adapter-node refuses request bodies above BODY_SIZE_LIMIT (default 512K) before our code
 * sees them; uploads are limited by the smaller of the two, and the page says which.
 */
export function bodySizeLimit(env: string | undefined = process.env.BODY_SIZE_LIMIT): number {
	if (!env) return 512 * 1024;
	const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(env.trim());
	if (!m) return Number(env) || 512 * 1024;
	const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()] ?? 1;
	return Number(m[1]) * factor;
}

/** The largest upload the web form accepts, leaving room for the form's other fields. */
export function webUploadLimit(): number {
	return Math.min(MAX_IMPORT_BYTES, bodySizeLimit() - 16 * 1024);
}

/** "5 MB", "512 kB": for messages. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
