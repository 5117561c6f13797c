import { type AnswerValidator, compileAnswers } from '../answers/index.ts';
import type { PublishedDefinition } from '../storage/types.ts';

const MAX_VALIDATORS = 100;
const validators = new Map<string, AnswerValidator>();

/**
 * The compiled validator of a definition version; versions are immutable, so it is built once per
 * process (submit and resubmit share it, so a resubmission is checked exactly like the submission).
 */
export function validatorFor({ definition, version }: PublishedDefinition): AnswerValidator {
  const key = `${definition.id}@${version}`;
  const cached = validators.get(key);
  if (cached) return cached;
  const validate = compileAnswers(definition);
  if (validators.size >= MAX_VALIDATORS) {
    const oldest = validators.keys().next();
    if (!oldest.done) validators.delete(oldest.value);
  }
  validators.set(key, validate);
  return validate;
}
