import type { Consultation } from '../definition/schema.ts';
import { counterValues, isCountedField } from '../results/counted.ts';
import type { CounterIncrements } from '../storage/repository-types.ts';
import type { Answers } from './types.ts';

/** The result counters a submission adds to: one per chosen answer of every counted field (shared/results). */
export function countersFor(definition: Consultation, answers: Answers): CounterIncrements {
  const increments: CounterIncrements = {};
  for (const field of definition.fields) {
    if (!isCountedField(field) || !Object.hasOwn(answers, field.id)) continue;
    for (const value of counterValues(answers[field.id])) increments[`${field.id}#${value}`] = 1;
  }
  return increments;
}
