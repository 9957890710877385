import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getDb } from '$lib/server/db';
import { idParam } from '$lib/server/forms';
import { requireReportReader } from '$lib/server/sessions/access';
import { slug, toCsv } from '$lib/server/sessions/csv';
import { loadReport } from '$lib/server/sessions/report';
import type { RequestHandler } from './$types';

/** The report as a spreadsheet: the same numbers as the page, in the reader's language. */
export const GET: RequestHandler = async (event) => {
	const db = getDb();
	const id = idParam(event.params.id);
	await requireReportReader(event, db, id);
	const loaded = await loadReport(db, id);
	if (!loaded) error(404, 'Niet gevonden');
	const { session, facilitators, signals, report } = loaded;
	const t = (key: string, params?: Record<string, string | number>) =>
		translate(event.locals.locale, key, params);
	const rows: (string | number)[][] = [
		[t('session.report.session'), session.title],
		[t('session.report.date'), session.held_on],
		[t('session.field.location'), session.location],
		[t('session.facilitatedBy'), facilitators.map((f) => f.name).join(', ')],
		[t('session.report.status'), t(`session.status.${session.status}`)],
		[],
		[t('session.report.measure'), t('session.report.before'), t('session.report.after')],
		[t('session.report.links'), report.before.links, report.after.links],
		[t('session.report.crossLinks'), report.before.crossLinks, report.after.crossLinks],
		[
			t('session.report.departmentPairs'),
			report.before.departmentPairs,
			report.after.departmentPairs
		],
		[],
		[t('session.report.newDepartmentPairs')],
		...report.newDepartmentPairs.map((p) => [p.a, p.b]),
		[],
		[
			t('session.report.participant'),
			t('session.report.department'),
			t('session.report.count'),
			t('session.report.newColleagues')
		],
		...report.perParticipant.map((row) => [
			row.person.name,
			row.person.departmentName,
			row.newColleagues.length,
			row.newColleagues.map((c) => c.name).join(', ')
		]),
		[],
		[t('session.report.signals'), signals.map((s) => s.label).join(', ')],
		[t('session.report.begrip'), session.begrip]
	];
	const filename = `sessie-${session.held_on}-${slug(session.title)}.csv`;
	return new Response(toCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`
		}
	});
};
