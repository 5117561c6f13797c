import type { Field } from '../definition/schema.ts';
import { formValues } from './form-body.ts';
import type { FormBody } from './types.ts';

/**
 * Whether a field applies to this submission: its `showIf` target was answered with one of the
 * `equals` values (a checkbox target: any ticked value) and the target itself applies.
 * `fields` is the form's field list, needed to follow chains of conditions.
 */
export function isFieldVisible(field: Field, body: FormBody, fields: readonly Field[]): boolean {
  return visible(field, body, fields, new Set());
}

function visible(field: Field, body: FormBody, fields: readonly Field[], seen: Set<Field>): boolean {
  const condition = field.showIf;
  if (!condition) return true;
  // A valid definition only refers to earlier fields; `seen` keeps an invalid cycle from looping.
  if (seen.has(field)) return false;
  seen.add(field);
  const target = fields.find((candidate) => candidate.id === condition.field);
  if (!target) return false;
  const wanted = new Set([condition.equals].flat());
  const submitted = formValues(body, condition.field).map((value) => value.trim());
  return submitted.some((value) => wanted.has(value)) && visible(target, body, fields, seen);
}
