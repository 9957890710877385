import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** ISO-8601 text; SQLite has no date type. */
type Timestamp = string;

export type LinkStrength = 1 | 2 | 3;
export type LinkOrigin = 'handmatig' | 'sessie' | 'import';

export interface DepartmentTable {
	id: Generated<number>;
	name: string;
	description: string;
	color: string;
	created_at: ColumnType<Timestamp, Timestamp, never>;
	updated_at: Timestamp;
}

export interface TopicTable {
	id: Generated<number>;
	name: string;
}

export interface EmployeeTable {
	id: Generated<number>;
	full_name: string;
	email: string | null;
	phone: string;
	job_title: string;
	department_id: number;
	/** 1 when this person is an "aanspreekpunt ondermijning". */
	is_contact_point: number;
	external_id: string | null;
	/** Date (YYYY-MM-DD) the person left; null while active. */
	left_on: string | null;
	created_at: ColumnType<Timestamp, Timestamp, never>;
	updated_at: Timestamp;
}

export interface EmployeeTopicTable {
	employee_id: number;
	topic_id: number;
}

/** One row per unordered pair: employee_a_id < employee_b_id always. */
export interface LinkTable {
	id: Generated<number>;
	employee_a_id: number;
	employee_b_id: number;
	strength: LinkStrength;
	origin: LinkOrigin;
	formed_on: string;
	note: string;
	recorded_by_user_id: number | null;
	/** The bewustwordingssessie the link formed in; optional on insert (most links have none). */
	session_id: ColumnType<number | null, number | null | undefined, number | null>;
	created_at: ColumnType<Timestamp, Timestamp, never>;
	updated_at: Timestamp;
}

export type Role = 'medewerker' | 'facilitator' | 'manager' | 'beheerder';

export interface AppUserTable {
	id: Generated<number>;
	employee_id: number;
	email: string;
	role: Role;
	/** Null until the person sets a password through their one-time set-up link. */
	password_hash: string | null;
	active: number;
	last_sign_in_at: string | null;
	created_at: ColumnType<Timestamp, Timestamp, never>;
	updated_at: Timestamp;
}

/** Times in epoch milliseconds: compared on every request, so no parsing. */
export interface UserSessionTable {
	id: string;
	user_id: number;
	created_at: number;
	last_used_at: number;
	expires_at: number;
}

export interface SetupTokenTable {
	id: string;
	user_id: number;
	expires_at: number;
}

export interface SignInThrottleTable {
	key: string;
	failures: number;
	last_failure_at: number;
	blocked_until: number;
}

export interface AuditLogTable {
	id: Generated<number>;
	at: string;
	actor_user_id: number | null;
	actor_email: string;
	action: string;
	entity_type: string;
	entity_id: number | null;
	summary: string;
	ip: string;
}

export interface NetworkVersionTable {
	id: number;
	version: number;
}

export interface LayoutPositionTable {
	employee_id: number;
	x: number;
	y: number;
}

export interface LayoutStateTable {
	id: number;
	network_version: number;
	computed_at: string;
	duration_ms: number;
}

export type SessionStatus = 'planned' | 'running' | 'closed';

export interface SessionTable {
	id: Generated<number>;
	title: string;
	/** Date (YYYY-MM-DD) the session is held. */
	held_on: string;
	location: string;
	notes: string;
	status: SessionStatus;
	/** The group's shared description of ondermijning. */
	begrip: string;
	started_at: string | null;
	closed_at: string | null;
	created_by_user_id: number | null;
	created_at: ColumnType<Timestamp, Timestamp, never>;
	updated_at: Timestamp;
}

export interface SessionFacilitatorTable {
	session_id: number;
	employee_id: number;
}

export interface SessionParticipantTable {
	session_id: number;
	employee_id: number;
	added_at: string;
}

/** The links among the participants when the session started (or when they joined it). */
export interface SessionBaselineTable {
	session_id: number;
	employee_a_id: number;
	employee_b_id: number;
	strength: LinkStrength;
}

export type SessionLinkAction = 'recorded' | 'strengthened' | 'confirmed';

export interface SessionLinkEventTable {
	id: Generated<number>;
	session_id: number;
	link_id: number | null;
	employee_a_id: number;
	employee_b_id: number;
	action: SessionLinkAction;
	/** The link's strength after the event. */
	strength: LinkStrength;
	/** The strength before a 'strengthened' event, so an undo can put it back. */
	previous_strength: LinkStrength | null;
	at: string;
	by_user_id: number | null;
	undone_at: string | null;
}

export interface SessionSuggestionTable {
	id: Generated<number>;
	session_id: number;
	round: number;
	employee_a_id: number;
	employee_b_id: number;
	/** The third person of a trio. */
	employee_c_id: number | null;
	/** JSON of the pairing reason (code and department ids), explained when shown. */
	reason: string;
	created_at: string;
}

export interface SessionSignalTable {
	id: Generated<number>;
	session_id: number;
	label: string;
	created_at: string;
}

export interface Database {
	department: DepartmentTable;
	topic: TopicTable;
	employee: EmployeeTable;
	employee_topic: EmployeeTopicTable;
	link: LinkTable;
	app_user: AppUserTable;
	user_session: UserSessionTable;
	setup_token: SetupTokenTable;
	sign_in_throttle: SignInThrottleTable;
	audit_log: AuditLogTable;
	network_version: NetworkVersionTable;
	layout_position: LayoutPositionTable;
	layout_state: LayoutStateTable;
	session: SessionTable;
	session_facilitator: SessionFacilitatorTable;
	session_participant: SessionParticipantTable;
	session_baseline: SessionBaselineTable;
	session_link_event: SessionLinkEventTable;
	session_suggestion: SessionSuggestionTable;
	session_signal: SessionSignalTable;
}

export type Department = Selectable<DepartmentTable>;
export type NewDepartment = Insertable<DepartmentTable>;
export type DepartmentUpdate = Updateable<DepartmentTable>;
export type Employee = Selectable<EmployeeTable>;
export type NewEmployee = Insertable<EmployeeTable>;
export type EmployeeUpdate = Updateable<EmployeeTable>;
export type Link = Selectable<LinkTable>;
export type NewLink = Insertable<LinkTable>;
export type AppUser = Selectable<AppUserTable>;
