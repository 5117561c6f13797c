import * as z from 'zod';
import type { FieldError, FieldErrorCode } from './types.ts';

/**
 * How a compiled answer schema tells the validator which rule failed: every rule is a zod refinement
 * whose issue carries our `FieldError` in `params.fieldError`, so no message text is ever parsed.
 */

const FIELD_ERROR_CODES = {
  required: 'required',
  tooShort: 'tooShort',
  tooLong: 'tooLong',
  pattern: 'pattern',
  email: 'email',
  phone: 'phone',
  number: 'number',
  integer: 'integer',
  min: 'min',
  max: 'max',
  date: 'date',
  dateMin: 'dateMin',
  dateMax: 'dateMax',
  option: 'option',
  minSelected: 'minSelected',
  maxSelected: 'maxSelected',
  consent: 'consent',
} as const satisfies { [Code in FieldErrorCode]: Code };

const issueParamsSchema = z.object({
  fieldError: z.object({
    code: z.enum(FIELD_ERROR_CODES),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
});

type ErrorParams = Record<string, string | number>;

function fieldError(code: FieldErrorCode, params?: ErrorParams): FieldError {
  return params ? { code, params } : { code };
}

/** Options for `.refine()`: the failing rule reports `code`, and no later rule of the field runs. */
export function rule(code: FieldErrorCode, params?: ErrorParams) {
  return { message: code, params: { fieldError: fieldError(code, params) }, abort: true };
}

/** Adds a rule's issue from inside a transform (used where a value is missing). */
export function failWith(ctx: z.core.$RefinementCtx, code: FieldErrorCode): void {
  ctx.addIssue({
    code: 'custom',
    message: code,
    params: { fieldError: fieldError(code) },
    input: ctx.value,
    continue: false,
  });
}

/** Thrown when a compiled schema reports an issue no rule produced: a bug in the compiler, not bad input. */
export class UnexpectedIssueError extends Error {
  override name = 'UnexpectedIssueError';
}

/** The `FieldError` a rule put into a zod issue. */
export function fieldErrorOf(issue: z.core.$ZodIssue): FieldError {
  const parsed = issue.code === 'custom' ? issueParamsSchema.safeParse(issue.params) : undefined;
  if (!parsed?.success) {
    throw new UnexpectedIssueError(
      `answer schema reported a "${issue.code}" issue at ${issue.path.join('.')}`,
      {
        cause: issue,
      },
    );
  }
  return fieldError(parsed.data.fieldError.code, parsed.data.fieldError.params);
}
