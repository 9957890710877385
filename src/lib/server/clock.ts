/** The one place that reads the time, so tests can move it (idle and absolute session expiry). */
let offsetMs = 0;

export function now(): Date {
	return new Date(Date.now() + offsetMs);
}

export function nowIso(): string {
	return now().toISOString();
}

export function today(): string {
	return nowIso().slice(0, 10);
}

/** Test hook: shift the clock forward by `ms`; `resetClock` undoes it. */
export function advanceClock(ms: number): void {
	offsetMs += ms;
}

export function resetClock(): void {
	offsetMs = 0;
}
