export { DEFAULT_SPACING, layoutGraph } from './layout';
export { crowdedShare, nearestCentreShare } from './quality';
export type { Disc, Layout, LayoutOptions, Point } from './types';
