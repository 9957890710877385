/** Shapes shared by the layout modules. Coordinates are in Cytoscape model units. */

export interface Point {
	x: number;
	y: number;
}

/** A department's area: people of the department sit inside this disc. */
export interface Disc extends Point {
	r: number;
}

export interface LayoutOptions<Id, Group> {
	/**
	 * Positions from the last stored layout. People that have one keep it (only the neighbourhood
	 * of new people is nudged); people without one are fitted in.
	 */
	previous?: ReadonlyMap<Id, Point>;
	/**
	 * Department discs from the last stored layout. Without them the centres are re-derived from
	 * the previous positions, which is close but not exact.
	 */
	previousCentres?: ReadonlyMap<Group, Disc>;
	/** Typical distance between neighbouring people; 40 suits Cytoscape's default node size. */
	spacing?: number;
	seed?: number;
	/** Force iterations of a full layout. */
	iterations?: number;
}

export interface Layout<Id, Group> {
	/** Coordinates aligned with `graph.ids`. */
	x: Float64Array;
	y: Float64Array;
	positions: Map<Id, Point>;
	departmentCentres: Map<Group, Disc>;
	/** Top-left corner of the bounding box of all discs; (0, 0) for a full layout. */
	origin: Point;
	width: number;
	height: number;
}

/** Working state of one layout run; arrays are indexed by node or by group index. */
export interface LayoutState {
	n: number;
	/** Number of groups (departments). */
	G: number;
	/** Spacing between people. */
	s: number;
	group: Int32Array;
	offsets: Int32Array;
	targets: Int32Array;
	weights: Float64Array;
	/** Position of each node / group when sorted by id / key: tie-breaks that ignore input order. */
	rank: Int32Array;
	groupRank: Int32Array;
	/** Group indexes sorted by key: loops that update in place run in this order. */
	groupOrder: Int32Array;
	/** Members of each group in rank order. */
	members: Int32Array[];
	x: Float64Array;
	y: Float64Array;
	cx: Float64Array;
	cy: Float64Array;
	cr: Float64Array;
}
