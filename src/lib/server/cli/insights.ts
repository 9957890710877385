import { parseArgs } from 'node:util';
import type { DB } from '../db';
import { parseAsOf } from '../insights/insights.params';
import { insightsFor, type NamedReport } from '../insights/insights.service';

/**
 * `npm run cli -- insights [--json] [--as-of YYYY-MM-DD]`: the beheerder-tier report (names
 * included: whoever can read the database file sees them anyway). `--json` prints exactly what
 * GET /api/insights gives a beheerder; without it a short summary for people.
 */
export async function insightsCommand(db: DB, args: string[]): Promise<number> {
	const { values } = parseArgs({
		args,
		options: { json: { type: 'boolean' }, 'as-of': { type: 'string' } }
	});
	const asOf = parseAsOf(values['as-of']);
	if (!asOf.ok || (values['as-of'] !== undefined && !asOf.asOf)) {
		console.error(
			`--as-of must be a real date as YYYY-MM-DD (for example 2026-03-01), not "${values['as-of']}"`
		);
		return 2;
	}
	const report = await insightsFor(db, { tier: 'named', asOf: asOf.asOf });
	if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
	else console.log(summary(report));
	return 0;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const ei = (x: number | null) => (x === null ? '-' : x.toFixed(2));

export function summary(r: NamedReport): string {
	const lines = [
		`Network insights ${r.asOf ? `as of ${r.asOf} (links formed on or before)` : 'today'}`,
		`  people ${r.nodes}, links ${r.links}, density ${pct(r.density)}, ` +
			`components ${r.components}, people without links ${r.isolatedPeople}`,
		`  E-I index ${ei(r.eiIndex)} (${r.internalLinks} inside departments, ${r.externalLinks} between)`,
		`  bridges ${r.bridges}, articulation points ${r.articulationPoints.length}`,
		'',
		'Departments (size, inside, outside, E-I):',
		...r.departments.map(
			(d) =>
				`  ${d.name.padEnd(28)} ${pad(d.size)} ${pad(d.internal)} ${pad(d.external)}  ${ei(d.ei)}`
		),
		'',
		`Isolated departments: ${r.isolatedDepartments.join(', ') || 'none'}`,
		`Department pairs without links: ${r.departmentPairsWithoutLinks.length}`,
		'Department pairs that hang on one person:',
		...listOr(
			r.departmentPairsThroughOnePerson.map(
				(p) =>
					`  ${p.a} – ${p.b} (${p.links} link${p.links === 1 ? '' : 's'}) via ${p.people.map((x) => x.name).join(' or ')}`
			)
		),
		`Betweenness top ${r.betweennessTop.length}${r.betweenness.exact ? '' : ` (estimated, ${r.betweenness.sources} sources)`}:`,
		...listOr(r.betweennessTop.map((p) => `  ${p.value.toFixed(4)}  ${p.name} (${p.department})`)),
		'',
		'Full figures: npm run cli -- insights --json'
	];
	return lines.join('\n');
}

const pad = (n: number) => String(n).padStart(5);
const listOr = (lines: string[]) => (lines.length > 0 ? lines : ['  none']);
