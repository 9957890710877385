import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLeft } from '../../src/lib/server/employees/employees.service';
import { ParseError } from '../../src/lib/server/exchange/errors';
import {
	applyImport,
	previewImport,
	type ImportFile
} from '../../src/lib/server/exchange/import.service';
import type { ImportKind } from '../../src/lib/server/exchange/source';
import { networkVersion } from '../../src/lib/server/network/network.queries';
import { tempDb, type TempDb } from '../support/db';
import { addDepartment, addPerson, auditRows, counts, refused, TEST_ACTOR } from './helpers';

const file = (kind: ImportKind, text: string, name = `test.${kind}`): ImportFile => ({
	name,
	kind,
	bytes: new TextEncoder().encode(text)
});

const PEOPLE = [
	'\uFEFFnaam;e-mail;afdeling;functie;onderwerpen;extern nummer',
	'Piet Jansen;piet@gemeente.nl;Zorg;Adviseur;drugs, vastgoed;P1',
	'Anna de Vries;anna@gemeente.nl;zorg;Boa;;P2',
	'Kees Kok;;Wonen;;;P3'
].join('\r\n');

const LINKS = [
	'van,naar,sterkte,datum,notitie',
	'piet@gemeente.nl,anna@gemeente.nl,2,01-02-2025,"Samen in de wijk, al jaren"',
	'P3,piet@gemeente.nl,3,,',
	'anna@gemeente.nl,piet@gemeente.nl,3,,'
].join('\n');

let t: TempDb;
beforeEach(async () => {
	t = await tempDb();
});
afterEach(async () => {
	await t.close();
});

async function departmentsByName() {
	const rows = await t.db.selectFrom('department').select(['name', 'color']).execute();
	return new Map(rows.map((r) => [r.name, r.color]));
}

describe('importing people and links from CSV', () => {
	it('previews without writing, then writes everything with an audit line', async () => {
		const { plan } = await previewImport(t.db, file('people', PEOPLE));
		expect(plan.counts).toMatchObject({
			departments: 2,
			people: { new: 3, updated: 0, unchanged: 0 },
			rejected: 0
		});
		expect(await counts(t.db)).toMatchObject({ department: 0, employee: 0 });

		await applyImport(t.db, TEST_ACTOR, file('people', PEOPLE, 'hr.csv'));
		// "zorg" is the same department as "Zorg": matched without case, created once.
		const departments = await departmentsByName();
		expect([...departments.keys()].sort()).toEqual(['Wonen', 'Zorg']);
		expect(new Set(departments.values()).size).toBe(2);
		const piet = await t.db
			.selectFrom('employee')
			.selectAll()
			.where('email', '=', 'piet@gemeente.nl')
			.executeTakeFirstOrThrow();
		expect(piet).toMatchObject({
			full_name: 'Piet Jansen',
			job_title: 'Adviseur',
			external_id: 'P1'
		});
		expect(await counts(t.db)).toMatchObject({ employee: 3, topic: 2, employee_topic: 2 });

		const { plan: linksPlan } = await previewImport(t.db, file('links', LINKS));
		expect(linksPlan.counts).toMatchObject({ links: { new: 2 }, duplicates: 1, rejected: 0 });
		await applyImport(t.db, TEST_ACTOR, file('links', LINKS, 'links.csv'));
		const links = await t.db.selectFrom('link').selectAll().orderBy('id').execute();
		// The pair given twice became one link with the stronger strength and the note.
		expect(links.map((l) => [l.strength, l.formed_on, l.note, l.origin])).toEqual([
			[3, '2025-02-01', 'Samen in de wijk, al jaren', 'import'],
			[3, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), '', 'import']
		]);
		const summaries = await auditRows(t.db, 'import');
		expect(summaries.map((s) => s.summary)).toEqual([
			expect.stringContaining('hr.csv (people): afdelingen 2 nieuw; mensen 3 nieuw'),
			expect.stringContaining('links.csv (links)')
		]);
		expect((await auditRows(t.db, 'employee.create')).length).toBe(3);
	});

	it('changes nothing at all when the same files come again', async () => {
		await applyImport(t.db, TEST_ACTOR, file('people', PEOPLE));
		await applyImport(t.db, TEST_ACTOR, file('links', LINKS));
		const before = { version: await networkVersion(t.db), counts: await counts(t.db) };
		for (const f of [file('people', PEOPLE), file('links', LINKS)]) {
			const plan = await applyImport(t.db, TEST_ACTOR, f);
			expect(plan.counts.people.new + plan.counts.people.updated).toBe(0);
			expect(plan.counts.links.new + plan.counts.links.updated).toBe(0);
			expect(plan.counts.departments).toBe(0);
		}
		expect(await networkVersion(t.db)).toBe(before.version);
		expect(await counts(t.db)).toEqual(before.counts);
	});

	it('updates a person found by external id, and leaves out what the file does not give', async () => {
		await applyImport(t.db, TEST_ACTOR, file('people', PEOPLE));
		const changed =
			'naam;e-mail;afdeling;extern nummer\nPieter Jansen;pieter@gemeente.nl;Wonen;P1\n';
		const plan = await applyImport(t.db, TEST_ACTOR, file('people', changed));
		expect(plan.counts.people).toEqual({ new: 0, updated: 1, unchanged: 0 });
		const row = await t.db
			.selectFrom('employee')
			.innerJoin('department', 'department.id', 'employee.department_id')
			.select(['full_name', 'email', 'job_title', 'department.name'])
			.where('external_id', '=', 'P1')
			.executeTakeFirstOrThrow();
		expect(row).toEqual({
			full_name: 'Pieter Jansen',
			email: 'pieter@gemeente.nl',
			job_title: 'Adviseur',
			name: 'Wonen'
		});
		const topics = await t.db.selectFrom('employee_topic').select('topic_id').execute();
		expect(topics).toHaveLength(2);
	});

	it('rejects rows with their line and reason, and writes nothing until told to skip them', async () => {
		const d = await addDepartment(t.db, 'Zorg');
		const gone = await addPerson(t.db, {
			fullName: 'Gerrit',
			departmentId: d,
			email: 'g@gemeente.nl'
		});
		await setLeft(t.db, TEST_ACTOR, gone, '2026-01-01');
		await addPerson(t.db, {
			fullName: 'Els',
			departmentId: d,
			email: 'els@gemeente.nl',
			externalId: 'X9'
		});
		await applyImport(
			t.db,
			TEST_ACTOR,
			file('people', 'naam;e-mail;afdeling\nPiet;piet@gemeente.nl;Zorg')
		);
		const before = { version: await networkVersion(t.db), counts: await counts(t.db) };
		expect(before.counts.employee).toBe(3);

		const links = [
			'van;naar',
			'piet@gemeente.nl;g@gemeente.nl',
			'piet@gemeente.nl;niemand@x.nl',
			'piet@gemeente.nl;els@gemeente.nl'
		].join('\n');
		const { plan } = await previewImport(t.db, file('links', links));
		expect(plan.rejected).toEqual([
			{ line: 2, key: 'import.reject.left', params: { who: 'Gerrit' } },
			{ line: 3, key: 'import.reject.unknownPerson', params: { who: 'niemand@x.nl' } }
		]);
		const errors = await refused(() => applyImport(t.db, TEST_ACTOR, file('links', links)));
		expect(errors.form).toEqual({ key: 'import.error.hasRejected', params: { count: 2 } });
		expect(await counts(t.db)).toEqual(before.counts);
		expect(await networkVersion(t.db)).toBe(before.version);

		await applyImport(t.db, TEST_ACTOR, file('links', links), { skipRejected: true });
		expect((await counts(t.db)).link).toBe(1);
	});

	it('reports duplicates and conflicts between e-mail and external id', async () => {
		const d = await addDepartment(t.db, 'Zorg');
		await addPerson(t.db, {
			fullName: 'Els',
			departmentId: d,
			email: 'els@gemeente.nl',
			externalId: 'X9'
		});
		await addPerson(t.db, {
			fullName: 'Bob',
			departmentId: d,
			email: 'bob@gemeente.nl',
			externalId: 'X8'
		});
		await addPerson(t.db, { fullName: 'Cor', departmentId: d, externalId: 'X7' });
		const text = [
			'naam;e-mail;afdeling;extern nummer',
			'Piet;piet@gemeente.nl;Zorg;',
			'Piet Dubbel;PIET@gemeente.nl;Zorg;',
			'Ruzie;els@gemeente.nl;Zorg;X7',
			'Bob via nummer;nieuw@gemeente.nl;Zorg;X8',
			'Bob via mail;bob@gemeente.nl;Zorg;'
		].join('\n');
		const { plan } = await previewImport(t.db, file('people', text));
		expect(plan.rejected).toEqual([
			{ line: 3, key: 'import.reject.duplicate', params: { line: 2 } },
			{ line: 4, key: 'import.reject.conflict' },
			{ line: 6, key: 'import.reject.duplicate', params: { line: 5 } }
		]);
		expect(plan.counts.people).toEqual({ new: 1, updated: 1, unchanged: 0 });
	});

	it('refuses a malformed file as a whole, with its line, and writes nothing', async () => {
		await applyImport(t.db, TEST_ACTOR, file('people', PEOPLE));
		const before = await counts(t.db);
		const broken = 'naam;afdeling\nA;Zorg\nB;"Wonen\nC;Zorg\n';
		let caught: unknown;
		try {
			await applyImport(t.db, TEST_ACTOR, file('people', broken));
		} catch (e) {
			caught = e;
		}
		expect(caught).toBeInstanceOf(ParseError);
		expect((caught as ParseError).line).toBe(3);
		expect(await counts(t.db)).toEqual(before);
		expect(await auditRows(t.db, 'import')).toHaveLength(1);
	});

	it('refuses to confirm a preview of a network that has changed since', async () => {
		const { plan } = await previewImport(t.db, file('people', PEOPLE));
		await addDepartment(t.db, 'Tussendoor');
		const errors = await refused(() =>
			applyImport(t.db, TEST_ACTOR, file('people', PEOPLE), { previewedVersion: plan.version })
		);
		expect(errors.form.key).toBe('import.error.changed');
		expect((await counts(t.db)).employee).toBe(0);
	});
});

describe('importing graph files', () => {
	const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n" for="node" attr.name="name" attr.type="string"/>
  <key id="a" for="node" attr.name="afdeling" attr.type="string"/>
  <key id="s" for="node" attr.name="school" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="1"><data key="n">Ann</data><data key="a">Zorg</data><data key="s">Noord</data></node>
    <node id="2"><data key="n">Bob</data><data key="a">Zorg</data><data key="s">Zuid</data></node>
    <node id="3"><data key="n">Cas</data><data key="a">Wonen</data><data key="s">Zuid</data></node>
    <node id="4"><data key="n">Dirk</data><data key="s">Zuid</data></node>
    <edge source="1" target="2"><data key="w">1</data></edge>
    <edge source="2" target="1"><data key="w">2</data></edge>
    <edge source="2" target="3"><data key="w">9</data></edge>
    <edge source="3" target="3"/>
    <edge source="3" target="4"/>
  </graph>
</graphml>`;

	it('makes directed arcs one link, skips self-loops and duplicates, and counts them', async () => {
		const { plan, attributes } = await previewImport(t.db, file('graphml', GRAPHML));
		expect(attributes).toEqual({
			available: ['name', 'afdeling', 'school'],
			department: 'afdeling',
			name: 'name'
		});
		expect(plan.counts).toMatchObject({
			departments: 2,
			people: { new: 3 },
			links: { new: 2 },
			selfLoops: 1,
			duplicates: 1,
			rejected: 2
		});
		expect(plan.rejected).toEqual([
			{ line: 11, field: 'employee.department', key: 'import.reject.missing', params: {} },
			{ line: 16, key: 'import.reject.rejectedPerson', params: { who: '4', line: 11 } }
		]);
		await applyImport(t.db, TEST_ACTOR, file('graphml', GRAPHML), { skipRejected: true });
		const links = await t.db.selectFrom('link').select('strength').orderBy('id').execute();
		expect(links.map((l) => l.strength)).toEqual([2, 3]);
		const ids = await t.db.selectFrom('employee').select('external_id').orderBy('id').execute();
		expect(ids.map((r) => r.external_id)).toEqual(['1', '2', '3']);
	});

	it('uses the attribute the person chooses for the department', async () => {
		const asked = { departmentAttribute: 'school' };
		await applyImport(t.db, TEST_ACTOR, { ...file('graphml', GRAPHML), asked });
		const sizes = await t.db
			.selectFrom('employee')
			.innerJoin('department', 'department.id', 'employee.department_id')
			.select(['department.name', (eb) => eb.fn.countAll<number>().as('n')])
			.groupBy('department.name')
			.orderBy('department.name')
			.execute();
		expect(sizes).toEqual([
			{ name: 'Noord', n: 1 },
			{ name: 'Zuid', n: 3 }
		]);
		expect((await counts(t.db)).link).toBe(3);
		// Again: every row unchanged, and the network version stays put.
		const version = await networkVersion(t.db);
		const again = await applyImport(t.db, TEST_ACTOR, { ...file('graphml', GRAPHML), asked });
		expect(again.counts.people).toEqual({ new: 0, updated: 0, unchanged: 4 });
		expect(again.counts.links).toEqual({ new: 0, updated: 0, unchanged: 3 });
		expect(await networkVersion(t.db)).toBe(version);
	});

	it('refuses an attribute the file does not have', async () => {
		await expect(
			previewImport(t.db, { ...file('graphml', GRAPHML), asked: { departmentAttribute: 'group' } })
		).rejects.toMatchObject({ key: 'import.error.noAttribute', params: { name: 'group' } });
	});
});
