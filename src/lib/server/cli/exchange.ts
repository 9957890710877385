import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { translate, type MessageKey, type Params } from '$lib/i18n/translate';
import type { DB } from '../db';
import { SYSTEM } from '../audit/audit.service';
import { databasePath } from '../config';
import { ParseError, type Rejection } from '../exchange/errors';
import { exportFileName, renderExport, type ExportFormat } from '../exchange/export.service';
import { applyImport, previewImport, type ImportFile } from '../exchange/import.service';
import { MAX_IMPORT_BYTES, formatBytes } from '../exchange/limits';
import type { ImportCounts } from '../exchange/plan';
import { guessKind, isImportKind } from '../exchange/source';
import { InputError } from '../validation';

const CLI_ACTOR = { ...SYSTEM, email: 'cli' };
const SHOWN_REJECTIONS = 50;
const say = (key: MessageKey, params?: Params) => translate('en', key, params);

function rejectionText(r: Rejection): string {
	const field = r.field ? `${say(r.field)}: ` : '';
	return `  line ${r.line}: ${field}${say(r.key, r.params)}`;
}

function printCounts(c: ImportCounts) {
	const t = (x: ImportCounts['people']) =>
		`${x.new} new, ${x.updated} updated, ${x.unchanged} unchanged`;
	console.log(`  departments: ${c.departments} new`);
	console.log(`  people:      ${t(c.people)}`);
	console.log(`  links:       ${t(c.links)}`);
	console.log(`  skipped:     ${c.selfLoops} self-loops, ${c.duplicates} duplicate links`);
	console.log(`  rejected:    ${c.rejected} rows`);
}

/** `import <file> [--kind K] [--department-attribute A] [--name-attribute A] [--dry-run] [--skip-rejected]` */
export async function importCommand(db: DB, args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			kind: { type: 'string' },
			'department-attribute': { type: 'string' },
			'name-attribute': { type: 'string' },
			'dry-run': { type: 'boolean' },
			'skip-rejected': { type: 'boolean' }
		}
	});
	const [file] = positionals;
	if (!file || positionals.length > 1) {
		console.error(
			'Give one file: npm run cli -- import <file> [options] (see npm run cli -- help)'
		);
		return 2;
	}
	if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
		console.error(`No such file: ${file}`);
		return 2;
	}
	const size = fs.statSync(file).size;
	if (size > MAX_IMPORT_BYTES) {
		console.error(
			`${file}: ${say('import.error.tooBig', { size: formatBytes(size), max: formatBytes(MAX_IMPORT_BYTES) })}`
		);
		return 1;
	}
	if (values.kind !== undefined && !isImportKind(values.kind)) {
		console.error('--kind must be people, links, graphml or gexf');
		return 2;
	}
	const bytes = new Uint8Array(fs.readFileSync(file));
	try {
		const kind = values.kind ?? guessKind(file, bytes);
		if (!kind) {
			console.error(
				`Cannot tell the kind of ${file} from its name: give --kind people|links|graphml|gexf`
			);
			return 2;
		}
		const input: ImportFile = {
			name: path.basename(file),
			kind,
			bytes,
			asked: {
				departmentAttribute: values['department-attribute'],
				nameAttribute: values['name-attribute']
			}
		};
		const started = performance.now();
		const { plan, attributes } = await previewImport(db, input);
		console.log(`${file} (${kind})`);
		if (attributes) {
			console.log(
				`  department attribute: ${attributes.department ?? '(none)'}; name attribute: ${attributes.name ?? '(none)'}; found: ${attributes.available.join(', ') || '(none)'}`
			);
		}
		printCounts(plan.counts);
		for (const r of plan.rejected.slice(0, SHOWN_REJECTIONS)) console.log(rejectionText(r));
		if (plan.rejected.length > SHOWN_REJECTIONS) {
			console.log(`  … and ${plan.rejected.length - SHOWN_REJECTIONS} more rejected rows`);
		}
		const blocked = plan.rejected.length > 0 && !values['skip-rejected'];
		if (values['dry-run'] || blocked) {
			console.log(
				blocked
					? 'Nothing written: fix the rejected rows, or give --skip-rejected.'
					: 'Dry run: nothing written.'
			);
			return blocked ? 1 : 0;
		}
		await applyImport(db, CLI_ACTOR, input, {
			skipRejected: values['skip-rejected'],
			previewedVersion: plan.version
		});
		const ms = Math.round(performance.now() - started);
		console.log(`Imported into ${databasePath()} in ${ms} ms.`);
		return 0;
	} catch (e) {
		if (e instanceof ParseError) {
			console.error(`${file}:${e.line}: ${say(e.key, e.params)} Nothing written.`);
			return 1;
		}
		if (e instanceof InputError) {
			for (const m of Object.values(e.errors)) console.error(`${file}: ${say(m.key, m.params)}`);
			return 1;
		}
		throw e;
	}
}

const FORMATS: Record<string, ExportFormat[]> = {
	csv: ['personen', 'verbindingen'],
	graphml: ['graphml'],
	gexf: ['gexf'],
	json: ['cytoscape']
};

/** `export --format csv|graphml|gexf|json [--out FILE]`; csv writes a people and a links file. */
export async function exportCommand(db: DB, args: string[]): Promise<number> {
	const { values } = parseArgs({
		args,
		options: { format: { type: 'string' }, out: { type: 'string' } }
	});
	const formats = values.format ? FORMATS[values.format] : undefined;
	if (!formats) {
		console.error('Give --format csv, graphml, gexf or json');
		return 2;
	}
	for (const [i, format] of formats.entries()) {
		const { body } = await renderExport(db, format);
		let out = values.out ?? exportFileName(format);
		// The second CSV file (links) goes next to the first, with "-verbindingen" in its name.
		if (values.out && i > 0) out = out.replace(/(\.[^./\\]*)?$/, (ext) => `-${format}${ext}`);
		fs.writeFileSync(out, body);
		console.log(`Wrote ${out}`);
	}
	return 0;
}
