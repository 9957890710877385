/**
 * Which departments the figures are about. For managers, departments smaller than the minimum
 * are merged into one group before anything is computed, so no figure is about a group small
 * enough to point at a person. Pure: no DB.
 */

export const OTHER_DEPARTMENTS = 'Overige afdelingen';

export interface DepartmentGroup {
	/** Department id; null for the merged group. */
	id: number | null;
	name: string;
	/** Names of the departments in this group: one, or the merged small ones. */
	departments: string[];
	size: number;
}

export interface GroupPlan {
	/** In the order the departments came in; the merged group last. */
	groups: DepartmentGroup[];
	/** Position in `groups` per department id; departments without active people are absent. */
	groupOf: Map<number, number>;
	/** Position of the merged group, or -1 when nothing was merged. */
	other: number;
}

/**
 * Departments without active people are left out: they have no figures to show. With
 * `minGroupSize` 1 or less nothing is merged (the named tier).
 */
export function planGroups(
	departments: readonly { id: number; name: string }[],
	people: readonly { departmentId: number }[],
	minGroupSize: number
): GroupPlan {
	const sizes = new Map<number, number>();
	for (const p of people) sizes.set(p.departmentId, (sizes.get(p.departmentId) ?? 0) + 1);
	const groups: DepartmentGroup[] = [];
	const groupOf = new Map<number, number>();
	const small: { id: number; name: string; size: number }[] = [];
	for (const d of departments) {
		const size = sizes.get(d.id) ?? 0;
		if (size === 0) continue;
		if (size < minGroupSize) {
			small.push({ ...d, size });
			continue;
		}
		groupOf.set(d.id, groups.length);
		groups.push({ id: d.id, name: d.name, departments: [d.name], size });
	}
	if (small.length === 0) return { groups, groupOf, other: -1 };
	const other = groups.length;
	for (const d of small) groupOf.set(d.id, other);
	groups.push({
		id: null,
		name: otherName(groups),
		departments: small.map((d) => d.name),
		size: small.reduce((sum, d) => sum + d.size, 0)
	});
	return { groups, groupOf, other };
}

/** A real department may already carry the label; the merged group must stay distinguishable. */
function otherName(groups: readonly DepartmentGroup[]): string {
	const taken = new Set(groups.map((g) => g.name.toLocaleLowerCase('nl')));
	let name = OTHER_DEPARTMENTS;
	for (let n = 2; taken.has(name.toLocaleLowerCase('nl')); n++)
		name = `${OTHER_DEPARTMENTS} (${n})`;
	return name;
}

/** The minimum department size for managers: INSIGHTS_MIN_GROUP_SIZE, default 5. */
export function minGroupSizeFromEnv(value = process.env.INSIGHTS_MIN_GROUP_SIZE): number {
	const n = Number(value);
	return value !== undefined && value.trim() !== '' && Number.isInteger(n) && n >= 1 ? n : 5;
}
