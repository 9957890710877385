import { NAME_GROUPS, NAMED_DEPARTMENTS } from './names';

/** The generator's data shapes and the fixed structure every generated municipality has. */
export interface DemoDepartment {
	key: string;
	name: string;
	description: string;
	color: string;
}
export interface DemoEmployee {
	key: string;
	fullName: string;
	email: string;
	phone: string;
	jobTitle: string;
	departmentKey: string;
	topics: string[];
	isContactPoint: boolean;
}
export interface DemoLink {
	a: string;
	b: string;
	strength: 1 | 2 | 3;
	formedOn: string;
	note: string;
}
export interface DemoData {
	departments: DemoDepartment[];
	employees: DemoEmployee[];
	links: DemoLink[];
	topics: string[];
}
export interface DemoOptions {
	seed?: number;
	people?: number;
	linksPerPerson?: number;
}

export const DEMO_SEED = 20261128;
export const DEMO_DEFAULT_PEOPLE = 250;
/** These departments exist at every size, so the insights always have something to find. */
export const DEMO_ISOLATED_DEPARTMENT_KEY = 'informatievoorziening';
export const DEMO_JUNCTION_DEPARTMENT_KEYS = ['belastingen', 'sport-cultuur'] as const;
export const DEMO_BRIDGE_DEPARTMENT_KEY = 'veiligheid-handhaving';

export const MIN_PEOPLE = 50;
export const MAX_DEPARTMENTS = 200;
export const SUBTEAM_SIZE = 7;
export const NAMED_INDEX = new Map(NAMED_DEPARTMENTS.map((d, i) => [d.key, i]));
export const ISOLATED = NAMED_INDEX.get(DEMO_ISOLATED_DEPARTMENT_KEY)!;
export const [JUNCTION_HOME, JUNCTION_FAR] = DEMO_JUNCTION_DEPARTMENT_KEYS.map((k) =>
	NAMED_INDEX.get(k)!
);
export const BRIDGE_HOME = NAMED_INDEX.get(DEMO_BRIDGE_DEPARTMENT_KEY)!;
export const STRENGTHS = [1, 2, 3] as const;
export const NAME_WEIGHTS = NAME_GROUPS.map((g) => g.weight);

export interface Dept {
	info: DemoDepartment;
	weight: number;
	topics: readonly string[];
	titles: readonly string[];
	manager: string;
}
