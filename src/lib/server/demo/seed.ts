import type { DB } from '../db';
import { demoRequested } from '../config';
import { generateDemo } from './generate';
import { loadDemo } from './load';

/** `npm start` asks for the demo; it is loaded only into an empty database, never in production. */
export async function seedDemoOnFirstStart(db: DB): Promise<void> {
	if (!demoRequested()) return;
	const loaded = await loadDemo(db, generateDemo());
	if (loaded)
		console.log('Demo municipality "Gemeente Voorbeeldstad" loaded into an empty database.');
}
