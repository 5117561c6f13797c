import type { Consultation } from '../definition/schema.ts';
import type { CounterIncrements } from '../storage/repository-types.ts';
import type { Answers } from './types.ts';

/** The result counters a submission adds to: one per chosen option of radio, select, checkboxes and scale fields. */
export function countersFor(definition: Consultation, answers: Answers): CounterIncrements {
  const increments: CounterIncrements = {};
  for (const field of definition.fields) {
    if (
      field.type !== 'radio' &&
      field.type !== 'select' &&
      field.type !== 'checkboxes' &&
      field.type !== 'scale'
    ) {
      continue;
    }
    if (!Object.hasOwn(answers, field.id)) continue;
    for (const value of [answers[field.id]].flat()) {
      if (typeof value === 'string' || typeof value === 'number') increments[`${field.id}#${value}`] = 1;
    }
  }
  return increments;
}
