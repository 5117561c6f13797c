import { compileAnswers } from '../../../shared/answers/compile.ts';
import type { FormBody, ValidationResult } from '../../../shared/answers/types.ts';
import { type Consultation, consultationSchema } from '../../../shared/definition/schema.ts';

/** A field as written in a definition file, before defaults are applied. */
export type FieldSpec = Record<string, unknown> & { type: string };

/** Option objects for the given values, labelled with the value itself. */
export const options = (...values: string[]) => values.map((value) => ({ value, label: { de: value } }));

/** An input field of `type` with a label and whatever the test adds (options, limits, showIf…). */
export function field(type: string, id: string, extra: Record<string, unknown> = {}): FieldSpec {
  const defaults: Record<string, unknown> =
    type === 'radio' || type === 'select' || type === 'checkboxes'
      ? { options: options('ja', 'nein', 'weiss_nicht') }
      : type === 'scale'
        ? { minLabel: { de: 'gar nicht' }, maxLabel: { de: 'sehr' } }
        : {};
  return { type, id, label: { de: `Frage ${id}` }, ...defaults, ...extra };
}

/** A valid one-language consultation with the given fields. */
export function consultation(fields: FieldSpec[]): Consultation {
  return consultationSchema.parse({
    id: 'zusammenleben',
    slug: 'zusammenleben',
    languages: ['de'],
    opens: '2026-05-01T00:00:00+02:00',
    closes: '2026-06-30T23:59:59+02:00',
    title: { de: 'Wir sind Hannover – Zusammenleben in der Stadt' },
    intro: { de: 'Sagen Sie uns Ihre Meinung.' },
    thankYou: { de: 'Danke!' },
    contact: { email: 'integration@example.org', name: { de: 'Sachgebiet Integration' } },
    retentionDays: 365,
    fields,
  });
}

/** Validates `body` against a consultation made of `fields`. */
export function validate(fields: FieldSpec[], body: FormBody): ValidationResult {
  return compileAnswers(consultation(fields))(body);
}

/** The stored answers, failing the test when validation refused the body. */
export function answers(fields: FieldSpec[], body: FormBody) {
  const result = validate(fields, body);
  if (!result.ok) throw new Error(`expected valid answers, got ${JSON.stringify(result.errors)}`);
  return result.answers;
}

/** The errors, failing the test when validation accepted the body. */
export function errors(fields: FieldSpec[], body: FormBody) {
  const result = validate(fields, body);
  if (result.ok) throw new Error(`expected errors, got answers ${JSON.stringify(result.answers)}`);
  return result.errors;
}
