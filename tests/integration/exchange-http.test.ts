import { parse } from 'devalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { parseCsv } from '../../src/lib/server/exchange/csv';
import { parseGraphml } from '../../src/lib/server/exchange/graphml';
import { networkVersion } from '../../src/lib/server/network/network.queries';
import { signInAs } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';
import { auditRows, counts, getPage } from './helpers';

let server: RunningServer;
let db: DB;
let beheerder: string;
let manager: string;

beforeAll(async () => {
	server = await startServer({ demo: true });
	db = openDatabase(server.databaseFile);
	beheerder = await signInAs(server.url, 'beheerder');
	manager = await signInAs(server.url, 'manager');
});
afterAll(async () => {
	await db?.destroy();
	await server?.stop();
});

interface Answer {
	status: number;
	type?: string;
	data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Posts a form action as `use:enhance` does, multipart, and decodes SvelteKit's answer. */
async function post(
	action: string,
	fields: Record<string, string | Blob>,
	cookie: string,
	name = 'bestand.csv'
): Promise<Answer> {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) {
		if (typeof value === 'string') form.append(key, value);
		else form.append(key, value, name);
	}
	const response = await fetch(`${server.url}/beheer/import?/${action}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: server.url,
			cookie,
			accept: 'application/json',
			'x-sveltekit-action': 'true'
		},
		body: form
	});
	const text = await response.text();
	if (!response.headers.get('content-type')?.includes('json'))
		return { status: response.status, data: { text } };
	const raw = JSON.parse(text);
	return {
		status: raw.status ?? response.status,
		type: raw.type,
		data: raw.data ? parse(raw.data) : {}
	};
}

const csv = (text: string) => new Blob([text], { type: 'text/csv' });
const PEOPLE =
	'\uFEFFnaam;e-mail;afdeling;functie\nImke Import;imke@voorbeeldstad.nl;Nieuwe Afdeling;Analist\nLotte Mulder;lotte.mulder@voorbeeldstad.nl;Sociaal Domein;Handhaver Participatiewet\n';

describe('/beheer/import over HTTP', () => {
	it('previews an upload, writes nothing, then confirms it in one go', async () => {
		const before = { counts: await counts(db), version: await networkVersion(db) };
		const preview = await post('preview', { kind: 'people', file: csv(PEOPLE) }, beheerder);
		expect(preview.type).toBe('success');
		expect(preview.data.preview.counts).toMatchObject({
			departments: 1,
			people: { new: 1, unchanged: 1 },
			rejected: 0
		});
		expect(await counts(db)).toEqual(before.counts);
		expect(await networkVersion(db)).toBe(before.version);

		const token = preview.data.preview.token;
		// The token belongs to the beheerder's session: another signed-in session cannot use it.
		const otherSession = await signInAs(server.url, 'beheerder');
		const stolen = await post('confirm', { token }, otherSession);
		expect([stolen.status, stolen.data.error.key]).toEqual([400, 'import.error.expired']);

		const done = await post('confirm', { token }, beheerder);
		expect(done.type).toBe('success');
		expect(done.data.done.counts.people.new).toBe(1);
		expect((await counts(db)).employee).toBe(before.counts.employee + 1);
		const [line] = (await auditRows(db, 'import')).slice(-1);
		expect(line.actor_email).toBe('beheerder@voorbeeldstad.nl');
		expect(line.summary).toContain('bestand.csv (people)');

		// Used once: confirming again finds nothing; uploading again changes nothing.
		expect((await post('confirm', { token }, beheerder)).data.error.key).toBe(
			'import.error.expired'
		);
		const again = await post('preview', { kind: 'people', file: csv(PEOPLE) }, beheerder);
		expect(again.data.preview.nothingToDo).toBe(true);
	});

	it('lists rejected rows with line and reason, and refuses to confirm them silently', async () => {
		const text =
			'naam;e-mail;afdeling\nZonder Afdeling;z@voorbeeldstad.nl;\nGoed;goed@voorbeeldstad.nl;Sociaal Domein\n';
		const preview = await post('preview', { kind: 'people', file: csv(text) }, beheerder);
		expect(preview.data.preview.rejected).toEqual([
			{ line: 2, field: 'employee.department', key: 'import.reject.missing', params: {} }
		]);
		const before = await counts(db);
		const refused = await post('confirm', { token: preview.data.preview.token }, beheerder);
		expect(refused.status).toBe(400);
		expect(refused.data.error).toEqual({ key: 'import.error.hasRejected', params: { count: 1 } });
		expect(await counts(db)).toEqual(before);
		const skipped = await post(
			'confirm',
			{ token: refused.data.preview.token, skipRejected: 'on' },
			beheerder
		);
		expect(skipped.data.done.counts.people.new).toBe(1);
	});

	it('refuses a malformed file with its line, a wrong kind, and no file, writing nothing', async () => {
		const before = await counts(db);
		const broken = await post(
			'preview',
			{ kind: 'people', file: csv('naam;afdeling\nA;"B\n') },
			beheerder
		);
		expect([broken.status, broken.data.error]).toEqual([
			400,
			{ line: 2, key: 'import.error.csvUnclosed', params: {} }
		]);
		const graph = await post('preview', { kind: 'graphml', file: csv('naam;afdeling') }, beheerder);
		expect([graph.status, graph.data.error.key, graph.data.error.line]).toEqual([
			400,
			'import.error.xml',
			1
		]);
		const kind = await post('preview', { kind: 'pdf', file: csv('x') }, beheerder);
		expect([kind.status, kind.data.error.key]).toEqual([400, 'import.error.kind']);
		const none = await post('preview', { kind: 'people' }, beheerder);
		expect([none.status, none.data.error.key]).toEqual([400, 'import.error.noFile']);
		expect(await counts(db)).toEqual(before);
	});

	it('refuses files over the limit with a clear message, also above BODY_SIZE_LIMIT', async () => {
		const overOurs = await post(
			'preview',
			{ kind: 'people', file: csv('x'.repeat(500 * 1024)) },
			beheerder
		);
		expect([overOurs.status, overOurs.data.error.key]).toEqual([413, 'import.error.tooBig']);
		const overServer = await post(
			'preview',
			{ kind: 'people', file: csv('x'.repeat(700 * 1024)) },
			beheerder
		);
		expect([overServer.status, overServer.data.error.key]).toEqual([413, 'import.error.bodyLimit']);
		expect(overServer.data.error.params.max).toBe('496 kB');
	});

	it('lets only the beheerder import', async () => {
		expect((await getPage(server.url, '/beheer/import', manager)).status).toBe(403);
		const attempt = await post('preview', { kind: 'people', file: csv(PEOPLE) }, manager);
		expect(attempt.status).toBe(403);
	});
});

describe('/beheer/export over HTTP', () => {
	it('gives the beheerder dated attachments: CSV for Excel and GraphML with every person', async () => {
		const people = await getPage(server.url, '/beheer/export/personen', beheerder);
		expect(people.status).toBe(200);
		expect(people.headers.get('content-disposition')).toMatch(
			/^attachment; filename="netwerkkaart-personen-\d{4}-\d{2}-\d{2}\.csv"$/
		);
		expect(people.headers.get('cache-control')).toBe('no-store');
		const body = new Uint8Array(await people.arrayBuffer());
		expect([...body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const table = parseCsv(new TextDecoder().decode(body));
		const active = await db
			.selectFrom('employee')
			.select('id')
			.where('left_on', 'is', null)
			.execute();
		expect(table.rows).toHaveLength(active.length);

		const graphml = await getPage(server.url, '/beheer/export/graphml', beheerder);
		expect(graphml.headers.get('content-disposition')).toMatch(
			/netwerkkaart-\d{4}-\d{2}-\d{2}\.graphml/
		);
		const file = parseGraphml(await graphml.text());
		expect(file.nodes).toHaveLength(active.length);
		const exports = await auditRows(db, 'export');
		expect(exports.map((r) => r.summary)).toEqual(
			expect.arrayContaining([expect.stringMatching(/personen/), expect.stringMatching(/graphml$/)])
		);
	});

	it('gives a manager the department figures only', async () => {
		for (const format of ['personen', 'verbindingen', 'graphml', 'gexf', 'cytoscape']) {
			expect((await getPage(server.url, `/beheer/export/${format}`, manager)).status, format).toBe(
				403
			);
		}
		const figures = await getPage(server.url, '/beheer/export/afdelingen', manager);
		expect(figures.status).toBe(200);
		const table = parseCsv(
			new TextDecoder().decode(new Uint8Array(await figures.arrayBuffer())).slice(1)
		);
		const departments = await db.selectFrom('department').select('name').execute();
		expect(table.rows).toHaveLength(departments.length);
		const total = table.rows.reduce((sum, r) => sum + Number(r.cells[1]), 0);
		const active = await db
			.selectFrom('employee')
			.select('id')
			.where('left_on', 'is', null)
			.execute();
		expect(total).toBe(active.length);
		// Aggregates only: no e-mail address or person's name in the file.
		expect(table.rows.flatMap((r) => r.cells).some((c) => c.includes('@'))).toBe(false);
		const page = await getPage(server.url, '/beheer/export', manager);
		const html = await page.text();
		expect(html).toContain('/beheer/export/afdelingen');
		expect(html).not.toContain('/beheer/export/personen');
	});
});
