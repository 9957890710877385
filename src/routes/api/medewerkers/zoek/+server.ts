import { json } from '@sveltejs/kit';
import { requireCapability } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { findColleagues } from '$lib/server/links/links.queries';
import type { RequestHandler } from './$types';

/** Colleague picker: active people whose name contains `q`, without the person themself. */
export const GET: RequestHandler = async (event) => {
	requireCapability(event, 'network.read');
	const url = event.url;
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const except = Number(url.searchParams.get('behalve')) || 0;
	if (q.length < 2) return json([]);
	const rows = await findColleagues(getDb(), q, except, 10);
	return json(rows.map((r) => ({ id: r.id, name: r.full_name, department: r.department_name })));
};
