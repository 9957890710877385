/**
 * Uniform buckets over points, rebuilt per iteration by counting sort, so that "who is near me"
 * costs O(1) per point and a force step stays O(n + links) instead of O(n²).
 */
export class Buckets {
	cell = 1;
	cols = 0;
	rows = 0;
	minX = 0;
	minY = 0;
	/** Points of cell c are `items[start[c] .. start[c + 1])`. */
	start = new Int32Array(1);
	items: Int32Array;
	private cellOf: Int32Array;

	constructor(n: number) {
		this.items = new Int32Array(n);
		this.cellOf = new Int32Array(n);
	}

	build(x: Float64Array, y: Float64Array, cell: number): void {
		const n = this.items.length;
		let minX = Infinity;
		let minY = Infinity;
		let maxX = -Infinity;
		let maxY = -Infinity;
		for (let i = 0; i < n; i++) {
			if (x[i] < minX) minX = x[i];
			if (x[i] > maxX) maxX = x[i];
			if (y[i] < minY) minY = y[i];
			if (y[i] > maxY) maxY = y[i];
		}
		if (n === 0) minX = minY = maxX = maxY = 0;
		// Far-flung outliers must not blow up the number of cells; coarser cells only cost time.
		let size = cell;
		while (((maxX - minX) / size + 1) * ((maxY - minY) / size + 1) > 4 * n + 1024) size *= 2;
		this.cell = size;
		this.minX = minX;
		this.minY = minY;
		this.cols = Math.floor((maxX - minX) / size) + 1;
		this.rows = Math.floor((maxY - minY) / size) + 1;
		const cells = this.cols * this.rows;
		if (this.start.length < cells + 1) this.start = new Int32Array(cells + 1);
		const start = this.start;
		start.fill(0, 0, cells + 1);
		for (let i = 0; i < n; i++) {
			const c = this.cellAt(x[i], y[i]);
			this.cellOf[i] = c;
			start[c + 1]++;
		}
		for (let c = 0; c < cells; c++) start[c + 1] += start[c];
		const fill = start.slice(0, cells);
		for (let i = 0; i < n; i++) this.items[fill[this.cellOf[i]]++] = i;
	}

	cellAt(x: number, y: number): number {
		const col = Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.minX) / this.cell)));
		const row = Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.minY) / this.cell)));
		return row * this.cols + col;
	}
}

/** A growable spatial hash for placing people one at a time (incremental layout). */
export class PointHash {
	private cells = new Map<string, number[]>();

	constructor(
		private readonly cell: number,
		private readonly x: Float64Array,
		private readonly y: Float64Array
	) {}

	add(i: number): void {
		const key = this.key(Math.floor(this.x[i] / this.cell), Math.floor(this.y[i] / this.cell));
		const list = this.cells.get(key);
		if (list) list.push(i);
		else this.cells.set(key, [i]);
	}

	/** Distance to the nearest stored point, looking no further than one cell away. */
	nearest(px: number, py: number): number {
		let best = Infinity;
		this.forEachNear(px, py, (i) => {
			best = Math.min(best, Math.hypot(this.x[i] - px, this.y[i] - py));
		});
		return best;
	}

	/** Calls `fn` for every stored point in the cell of (px, py) and the eight around it. */
	forEachNear(px: number, py: number, fn: (i: number) => void): void {
		const col = Math.floor(px / this.cell);
		const row = Math.floor(py / this.cell);
		for (let dr = -1; dr <= 1; dr++) {
			for (let dc = -1; dc <= 1; dc++) {
				for (const i of this.cells.get(this.key(col + dc, row + dr)) ?? []) fn(i);
			}
		}
	}

	private key(col: number, row: number): string {
		return `${col},${row}`;
	}
}
