import * as z from 'zod';
import { type Consultation, isInputField } from '../definition/schema.ts';
import { type FieldSchema, fieldSchema } from './field-schemas.ts';
import { formValue } from './form-body.ts';
import { fieldErrorOf } from './issue-codes.ts';
import type { Answers, FieldError, FieldErrors, FormBody, ValidationResult } from './types.ts';
import { isFieldVisible } from './visibility.ts';

export type AnswerValidator = (body: FormBody) => ValidationResult;

// Definitions are immutable once published, so the compiled validator lives as long as the object.
const compiled = new WeakMap<Consultation, AnswerValidator>();

/**
 * Compiles (once per definition object) a zod schema from the definition's fields and returns the
 * validator for submitted bodies: hidden fields are neither checked nor stored, other names ignored.
 */
export function compileAnswers(definition: Consultation): AnswerValidator {
  const cached = compiled.get(definition);
  if (cached) return cached;

  const fields = definition.fields.filter(isInputField);
  const shape: Record<string, z.ZodOptional<FieldSchema>> = {};
  // Optional at the object level means "hidden": a visible field always gets a value, '' if unsent.
  for (const field of fields) shape[field.id] = fieldSchema(field).optional();
  const schema = z.object(shape);

  const validate: AnswerValidator = (body) => {
    // No prototype: a field id such as `constructor` must not read Object.prototype.constructor.
    const input: Record<string, string | string[]> = Object.create(null);
    for (const field of fields) {
      if (isFieldVisible(field, body, definition.fields)) input[field.id] = formValue(body, field.id) ?? '';
    }
    const result = schema.safeParse(input);
    if (result.success) {
      const answers: Answers = {};
      for (const field of fields) {
        const value = Object.hasOwn(result.data, field.id) ? result.data[field.id] : undefined;
        if (value !== undefined) answers[field.id] = value;
      }
      return { ok: true, answers };
    }
    const byField = new Map<string, FieldError>();
    for (const issue of result.error.issues) {
      const id = issue.path[0];
      if (typeof id === 'string' && !byField.has(id)) byField.set(id, fieldErrorOf(issue));
    }
    const errors: FieldErrors = {};
    for (const field of fields) {
      const error = byField.get(field.id);
      if (error) errors[field.id] = error;
    }
    return { ok: false, errors };
  };
  compiled.set(definition, validate);
  return validate;
}
