/**
 * Positions on a circle for the run screen's mini-graph: people of one department side by side
 * (the input is sorted by department), with an empty place between departments, so links across
 * departments show as lines across the circle.
 */
export function circlePositions(departmentIds: number[], spacing = 70): { x: number; y: number }[] {
	const n = departmentIds.length;
	if (n === 0) return [];
	if (n === 1) return [{ x: 0, y: 0 }];
	const slots: number[] = [];
	let slot = 0;
	departmentIds.forEach((department, i) => {
		if (i > 0 && department !== departmentIds[i - 1]) slot += 1;
		slots.push(slot);
		slot += 1;
	});
	const total = slot + (departmentIds[0] !== departmentIds[n - 1] ? 1 : 0);
	const radius = Math.max(120, (total * spacing) / (2 * Math.PI));
	return slots.map((s) => {
		const angle = (2 * Math.PI * s) / total - Math.PI / 2;
		return { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
	});
}
