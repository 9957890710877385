import type { MessageKey, Params } from '$lib/i18n/translate';

type Translate = (key: MessageKey, params?: Params) => string;

export interface RouteStepPerson {
	id: number;
	name: string;
	department: string;
}

const relation = (t: Translate, strength: number) =>
	t(`route.relation.${Math.min(3, Math.max(1, strength))}` as MessageKey);

const who = (p: RouteStepPerson) => `${p.name} (${p.department})`;

/**
 * A route as plain sentences, from the caller's point of view:
 * "Vraag Jan de Vries (Vastgoed), die je vertrouwt, om je voor te stellen aan Fatima El Amrani
 * (Publieksplein)." The first person is the caller.
 */
export function routeSentences(
	t: Translate,
	people: RouteStepPerson[],
	strengths: number[]
): string[] {
	const steps = people.length - 1;
	if (steps < 1) return [];
	if (steps === 1)
		return [t('route.direct', { person: who(people[1]), relation: relation(t, strengths[0]) })];
	const lines = [
		t('route.ask', {
			person: who(people[1]),
			relation: relation(t, strengths[0]),
			next: who(people[2])
		})
	];
	for (let i = 2; i < steps; i++) {
		lines.push(t('route.then', { person: people[i].name, next: who(people[i + 1]) }));
	}
	return lines;
}
