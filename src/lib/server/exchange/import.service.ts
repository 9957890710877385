import { inTransaction, type DB } from '../db';
import { audit, type Actor } from '../audit/audit.service';
import { createDepartment } from '../departments/departments.service';
import type { EmployeeInput } from '../employees/employees.schema';
import { createEmployee, updateEmployee } from '../employees/employees.service';
import { recordLink } from '../links/links.service';
import { InputError } from '../validation';
import { planImport, type ImportCounts, type ImportPlan } from './plan';
import type { PersonTarget, Slot } from './plan-people';
import { readSource, type Asked, type ImportKind } from './source';

export interface ImportFile {
	name: string;
	kind: ImportKind;
	bytes: Uint8Array;
	asked?: Asked;
}

export interface ImportOptions {
	/** Write the good rows even though others were rejected (the person chose to). */
	skipRejected?: boolean;
	/** The network version the person previewed: refuse when the network changed since. */
	previewedVersion?: number;
}

/** Reads the file and plans the import: reads only, nothing is written. */
export async function previewImport(db: DB, file: ImportFile) {
	const source = readSource(file.bytes, file.kind, file.asked);
	const plan = await planImport(db, source);
	return { plan, attributes: source.attributes };
}

function employeeInput(target: PersonTarget, departmentId: number): EmployeeInput {
	return {
		fullName: target.fullName,
		email: target.email,
		phone: target.phone,
		jobTitle: target.jobTitle,
		departmentId,
		topics: target.topics,
		otherTopics: [],
		isContactPoint: target.isContactPoint,
		externalId: target.externalId
	};
}

export function countsSummary(c: ImportCounts): string {
	const t = (x: ImportCounts['people']) =>
		`${x.new} nieuw, ${x.updated} gewijzigd, ${x.unchanged} gelijk`;
	return (
		`afdelingen ${c.departments} nieuw; mensen ${t(c.people)}; verbindingen ${t(c.links)}; ` +
		`${c.rejected} afgekeurd, ${c.selfLoops} met zichzelf en ${c.duplicates} dubbel overgeslagen`
	);
}

/**
 * Writes the plan in one transaction, through the same services as the forms (so every rule and
 * audit line applies): all of it, or nothing. The plan is made again inside the transaction, so
 * it matches what is stored at that moment; unchanged rows write nothing.
 */
export async function applyImport(
	db: DB,
	actor: Actor,
	file: ImportFile,
	options: ImportOptions = {}
): Promise<ImportPlan> {
	const source = readSource(file.bytes, file.kind, file.asked);
	return inTransaction(db, async (trx) => {
		const plan = await planImport(trx, source);
		if (options.previewedVersion !== undefined && plan.version !== options.previewedVersion) {
			throw new InputError({ form: { key: 'import.error.changed' } });
		}
		if (plan.rejected.length > 0 && !options.skipRejected) {
			throw new InputError({
				form: { key: 'import.error.hasRejected', params: { count: plan.rejected.length } }
			});
		}
		const departments = new Map(
			(await trx.selectFrom('department').select(['id', 'name']).execute()).map((d) => [
				d.name.toLowerCase(),
				d.id
			])
		);
		for (const d of plan.departments) {
			const id = await createDepartment(trx, actor, { ...d, description: '' });
			departments.set(d.name.toLowerCase(), id);
		}
		const newIds: number[] = [];
		for (const p of plan.people) {
			if (p.action === 'unchanged') continue;
			const input = employeeInput(
				p.target,
				departments.get(p.target.departmentName.toLowerCase())!
			);
			if (p.action === 'new') newIds.push(await createEmployee(trx, actor, input));
			else await updateEmployee(trx, actor, p.id!, input);
		}
		const idOf = (s: Slot) => ('id' in s ? s.id : newIds[s.index]);
		for (const l of plan.links) {
			if (l.action === 'unchanged') continue;
			await recordLink(trx, actor, {
				from: idOf(l.a),
				to: idOf(l.b),
				strength: l.strength,
				note: l.note,
				origin: 'import',
				formedOn: l.formedOn ?? undefined
			});
		}
		await audit(trx, actor, {
			action: 'import',
			entityType: 'import',
			summary: `${file.name.slice(0, 120)} (${file.kind}): ${countsSummary(plan.counts)}`
		});
		return plan;
	});
}
