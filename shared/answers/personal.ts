import { type Consultation, isInputField } from '../definition/schema.ts';
import type { Answers } from './types.ts';

/**
 * Splits answers into ordinary ones and personal data (fields marked `personal`), which is kept
 * only for the retention period and left out of exports. Names that are no field are dropped.
 */
export function splitPersonal(
  definition: Consultation,
  answers: Answers,
): { answers: Answers; personal: Answers } {
  const ordinary: Answers = {};
  const personal: Answers = {};
  for (const field of definition.fields) {
    if (!isInputField(field) || !Object.hasOwn(answers, field.id)) continue;
    const value = answers[field.id];
    if (value !== undefined) (field.personal ? personal : ordinary)[field.id] = value;
  }
  return { answers: ordinary, personal };
}
