/**
 * Who may do what. The server enforces this in every load, action and endpoint (through
 * `requireCapability`); the menu only uses it to hide what a person cannot open anyway.
 * docs/security.md describes the same matrix in words, and a test walks every route against it.
 */
export const ROLES = ['medewerker', 'facilitator', 'manager', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

const everyone: readonly Role[] = ROLES;

export const CAPABILITIES = {
	/** See the network: people, departments, links, the map, routes. */
	'network.read': everyone,
	/** Change one's own profile and one's own links. */
	'profile.editOwn': everyone,
	'employees.create': ['facilitator', 'beheerder'],
	/** Record links between two other people (in sessions, or from their pages). */
	'links.editOthers': ['facilitator', 'beheerder'],
	'sessions.run': ['facilitator', 'beheerder'],
	'insights.read': ['manager', 'beheerder'],
	/** Edit anyone's details, mark people as left, delete people. */
	'employees.manage': ['beheerder'],
	'departments.manage': ['beheerder'],
	'users.manage': ['beheerder'],
	'audit.read': ['beheerder'],
	'data.exchange': ['beheerder']
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role | null | undefined, capability: Capability): boolean {
	return !!role && (CAPABILITIES[capability] as readonly Role[]).includes(role);
}
