import { download } from '$lib/server/exchange/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => download(event, 'cytoscape');
