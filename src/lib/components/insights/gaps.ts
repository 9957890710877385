/** Pairs without links, read per department ("Vastgoed has no link with …"). Pure. */
export function gapsByDepartment(
	departments: readonly { name: string }[],
	pairs: readonly (readonly [string, string])[]
): { name: string; others: string[] }[] {
	const others = new Map<string, string[]>(departments.map((d) => [d.name, []]));
	for (const [a, b] of pairs) {
		others.get(a)?.push(b);
		others.get(b)?.push(a);
	}
	const order = new Map(departments.map((d, i) => [d.name, i]));
	return departments
		.map((d) => ({
			name: d.name,
			others: others.get(d.name)!.sort((x, y) => order.get(x)! - order.get(y)!)
		}))
		.filter((row) => row.others.length > 0);
}
