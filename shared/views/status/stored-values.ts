import type { Answers, FormBody } from '../../answers/types.ts';

/**
 * A stored submission's answers as the form body that would produce them, so the revision form
 * opens prefilled: numbers as text, a ticked consent as its checkbox value `yes`.
 */
export function formBodyFromAnswers(...parts: readonly Answers[]): FormBody {
  const body: FormBody = {};
  for (const answers of parts) {
    for (const [fieldId, value] of Object.entries(answers)) {
      if (Array.isArray(value)) body[fieldId] = [...value];
      else if (typeof value === 'boolean') {
        if (value) body[fieldId] = 'yes';
      } else body[fieldId] = String(value);
    }
  }
  return body;
}
