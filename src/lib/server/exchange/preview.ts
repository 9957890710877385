import type { Rejection } from './errors';
import type { AttributeChoice } from './graph-rows';
import type { ImportFile } from './import.service';
import type { ImportCounts, ImportPlan } from './plan';
import type { ImportKind } from './source';

// A page with thousands of rejected rows helps nobody; the first ones show what to fix.
export const SHOWN_REJECTIONS = 200;

/** What the preview page shows: counts, the rejected rows, and the attribute choice. */
export interface PreviewView {
	token: string;
	fileName: string;
	kind: ImportKind;
	counts: ImportCounts;
	rejected: Rejection[];
	moreRejected: number;
	attributes: AttributeChoice | null;
	nothingToDo: boolean;
}

export function previewView(
	token: string,
	file: ImportFile,
	plan: ImportPlan,
	attributes: AttributeChoice | undefined
): PreviewView {
	const c = plan.counts;
	return {
		token,
		fileName: file.name,
		kind: file.kind,
		counts: c,
		rejected: plan.rejected.slice(0, SHOWN_REJECTIONS),
		moreRejected: Math.max(0, plan.rejected.length - SHOWN_REJECTIONS),
		attributes: attributes ?? null,
		nothingToDo:
			c.departments + c.people.new + c.people.updated + c.links.new + c.links.updated === 0
	};
}
