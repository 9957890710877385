import crypto from 'node:crypto';
import { now } from '../clock';
import type { ImportFile } from './import.service';

/**
 * Uploaded files between preview and confirmation. They stay in this process's memory only
 * (never on disk, never under a public path), bound to the user and the session that uploaded
 * them, for 15 minutes. One per user: a new upload replaces the previous one.
 */
interface Pending {
	userId: number;
	sessionId: string;
	file: ImportFile;
	/** Network version of the last preview shown: confirming checks it has not moved. */
	version: number;
	expiresAt: number;
}

const TTL_MS = 15 * 60_000;
// A handful of beheerders at most; the cap keeps memory bounded (5 MB per file) whatever happens.
const MAX_PENDING = 10;
const store = new Map<string, Pending>();

export interface Owner {
	userId: number;
	sessionId: string;
}

function sweep() {
	const at = now().getTime();
	for (const [token, p] of store) if (p.expiresAt <= at) store.delete(token);
}

export function keepUpload(owner: Owner, file: ImportFile, version: number): string {
	sweep();
	for (const [token, p] of store) if (p.userId === owner.userId) store.delete(token);
	while (store.size >= MAX_PENDING) store.delete(store.keys().next().value!);
	const token = crypto.randomBytes(24).toString('base64url');
	store.set(token, { ...owner, file, version, expiresAt: now().getTime() + TTL_MS });
	return token;
}

/** The upload for this token, only for the user and session that made it and before it expires. */
export function findUpload(token: string, owner: Owner): Pending | undefined {
	sweep();
	const p = store.get(token);
	return p && p.userId === owner.userId && p.sessionId === owner.sessionId ? p : undefined;
}

export function dropUpload(token: string): void {
	store.delete(token);
}
