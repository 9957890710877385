import type { RequestEvent } from '@sveltejs/kit';
import { audit } from '../audit/audit.service';
import { actorOf, requireCapability } from '../auth/guards';
import { getDb } from '../db';
import { renderExport, type ExportFormat } from './export.service';

/**
 * A download for the export page. Everything with names needs data.exchange (beheerder); the
 * department figures are aggregates, for anyone with insights.read. Each download is logged:
 * personal data leaving the application should be traceable.
 */
export async function download(event: RequestEvent, format: ExportFormat): Promise<Response> {
	requireCapability(event, format === 'afdelingen' ? 'insights.read' : 'data.exchange');
	const db = getDb();
	const file = await renderExport(db, format);
	await audit(db, actorOf(event), {
		action: 'export',
		entityType: 'export',
		summary: file.fileName
	});
	return new Response(file.body, {
		headers: {
			'content-type': file.type,
			'content-disposition': `attachment; filename="${file.fileName}"`
		}
	});
}
