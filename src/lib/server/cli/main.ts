import { parseArgs } from 'node:util';
import { databasePath } from '../config';
import { migrateToLatest, openDatabase } from '../db/connection';
import { generateDemo } from '../demo/generate';
import { loadDemo } from '../demo/load';
import { exportCommand, importCommand } from './exchange';
import { insightsCommand } from './insights';
import { userCreate } from './user-create';

const HELP = `Netwerkkaart command line

  npm run cli -- migrate                       bring the database up to date
  npm run cli -- seed                          load the demo municipality into an empty database
  npm run cli -- demo --people N [--links-per-person K] [--seed S]
                                               load a generated municipality of N people
                                               (for benchmarks) into an empty database
  npm run cli -- user:create --email E --role R [--employee-id N | --name "N" --department "D"]
                                               make an account (e.g. the first beheerder in
                                               production) and print its one-time set-up link;
                                               without --employee-id the employee with that
                                               e-mail is used, or created
  npm run cli -- insights [--json] [--as-of YYYY-MM-DD]
                                               network insights with names (as the beheerder
                                               sees them); --json for other tools; --as-of
                                               counts only links formed on or before that date
  npm run cli -- import <file> [--department-attribute A] [--name-attribute A] [--dry-run]
                                               read people/links (CSV) or a network (GraphML,
                                               GEXF); also --kind K, --skip-rejected
  npm run cli -- export --format csv|graphml|gexf|json [--out FILE]
                                               write the network to a dated file

The database is DATABASE_PATH (default db/netwerkkaart.sqlite).`;

type Command = (args: string[]) => Promise<number>;

async function withDatabase(work: (db: ReturnType<typeof openDatabase>) => Promise<number>) {
	const db = openDatabase(databasePath());
	try {
		await migrateToLatest(db);
		return await work(db);
	} finally {
		await db.destroy();
	}
}

const commands: Record<string, Command> = {
	migrate: () =>
		withDatabase(async () => {
			console.log(`Database up to date: ${databasePath()}`);
			return 0;
		}),
	seed: () => loadGenerated({}),
	'user:create': (args) => withDatabase((db) => userCreate(db, args)),
	import: (args) => withDatabase((db) => importCommand(db, args)),
	export: (args) => withDatabase((db) => exportCommand(db, args)),
	insights: (args) => withDatabase((db) => insightsCommand(db, args)),
	demo: async (args) => {
		const { values } = parseArgs({
			args,
			options: {
				people: { type: 'string' },
				'links-per-person': { type: 'string' },
				seed: { type: 'string' }
			}
		});
		const people = Number(values.people ?? 250);
		const linksPerPerson = values['links-per-person']
			? Number(values['links-per-person'])
			: undefined;
		const seed = values.seed ? Number(values.seed) : undefined;
		if (!Number.isInteger(people) || people < 50) {
			console.error('--people must be a whole number of at least 50');
			return 2;
		}
		return loadGenerated({ people, linksPerPerson, seed });
	}
};

async function loadGenerated(options: Parameters<typeof generateDemo>[0]) {
	return withDatabase(async (db) => {
		const started = performance.now();
		const data = generateDemo(options);
		const loaded = await loadDemo(db, data);
		if (!loaded) {
			console.error(`The database is not empty; nothing loaded: ${databasePath()}`);
			return 1;
		}
		const ms = Math.round(performance.now() - started);
		console.log(
			`Loaded ${data.departments.length} departments, ${data.employees.length} people and ` +
				`${data.links.length} links into ${databasePath()} in ${ms} ms`
		);
		return 0;
	});
}

export async function run(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const command = name ? commands[name] : undefined;
	if (!command) {
		console.log(HELP);
		return name && name !== 'help' && name !== '--help' ? 2 : 0;
	}
	try {
		return await command(rest);
	} catch (e) {
		console.error(e instanceof Error ? e.message : e);
		return 1;
	}
}
