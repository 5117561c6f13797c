import * as z from 'zod';
import { type AnswerPattern, compilePattern } from '../definition/pattern.ts';
import type { InputField } from '../definition/schema.ts';
import { failWith, rule } from './issue-codes.ts';
import type { AnswerValue, FieldErrorCode } from './types.ts';

/**
 * One zod schema per input field type, from the raw form value(s) to the stored answer.
 * A new field type is a compile error in `BUILDERS` until it gets an entry here.
 */

type RawValue = string | string[];
/** Turns a field's raw value into its stored answer; `undefined` output means "not answered". */
export type FieldSchema = z.ZodType<AnswerValue | undefined, RawValue>;

type FieldOfType = { [F in InputField as F['type']]: F };
type Builders = { [Type in keyof FieldOfType]: (field: FieldOfType[Type]) => FieldSchema };

const rawValue = z.union([z.string(), z.array(z.string())]);
const emailFormat = z.email();
const isoDate = z.iso.date();
const PHONE = /^[0-9 +\-()/]+$/;
const NUMBER = /^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** A repeated name on a single-value field counts with its first value, like URLSearchParams#get. */
const first = (value: RawValue): string => (typeof value === 'string' ? value : (value[0] ?? ''));
const answeredText = (text: string): string | undefined => (text === '' ? undefined : text);
const singleLine = (value: RawValue) => answeredText(first(value).trim());
const multiLine = (value: RawValue) => answeredText(first(value).replace(/\r\n?/g, '\n').trim());
const ticked = (value: RawValue) => (first(value).trim() === 'yes' ? 'yes' : undefined);
const ticks = (value: RawValue): string[] | undefined => {
  const list = [value]
    .flat()
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return list.length > 0 ? list : undefined;
};

/** Lengths count Unicode code points, so an emoji or an Arabic letter is one character. */
const codePoints = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

/** Wraps a field's value rules: not answered is `missing` when required, else simply absent. */
function answer<Normal extends string | string[], Stored extends AnswerValue>(
  field: InputField,
  normalise: (value: RawValue) => Normal | undefined,
  // Awaited<> because zod types a transform's output that way; for strings it is the same type.
  value: z.ZodType<Stored, Awaited<Normal>>,
  missing: FieldErrorCode = 'required',
): FieldSchema {
  const normalised = rawValue.transform((raw, ctx) => {
    const normal = normalise(raw);
    if (normal === undefined && field.required) {
      failWith(ctx, missing);
      return z.NEVER;
    }
    return normal;
  });
  return normalised.pipe(value.optional());
}

function lengthRules(min: number | undefined, max: number): z.ZodType<string, string> {
  const atLeast = z
    .string()
    .refine((text) => min === undefined || codePoints(text) >= min, rule('tooShort', { min: min ?? 0 }));
  return atLeast.refine((text) => codePoints(text) <= max, rule('tooLong', { max }));
}

/**
 * The department's pattern on RE2. authoredConsultationSchema refuses what RE2 cannot compile, but a
 * definition published before patterns ran on RE2 may still hold one: then no answer matches, so
 * the resident gets the field's own pattern message (400) instead of an error page, until staff
 * correct the pattern (forms:check and the admin name it).
 */
function answerPattern(source: string): AnswerPattern {
  const compiled = compilePattern(source);
  return compiled.ok ? compiled.pattern : { matches: () => false };
}

function oneOf(values: readonly string[]): z.ZodType<string, string> {
  const allowed = new Set(values);
  return z.string().refine((value) => allowed.has(value), rule('option'));
}

const BUILDERS = {
  text: (field) => {
    // Compiled here, once per definition version (the validator is cached), never per request.
    const pattern = field.pattern && answerPattern(field.pattern.regex);
    // After the length rules, which abort: a 10,000-character answer to a 200-character field is
    // refused as tooLong and never reaches the pattern (RE2 is linear, but still O(length)).
    const value = lengthRules(field.minLength, field.maxLength).refine(
      (text) => !pattern || pattern.matches(text),
      rule('pattern'),
    );
    return answer(field, singleLine, value);
  },
  textarea: (field) => answer(field, multiLine, lengthRules(field.minLength, field.maxLength)),
  email: (field) =>
    answer(
      field,
      singleLine,
      z.string().refine((text) => text.length <= 254 && emailFormat.safeParse(text).success, rule('email')),
    ),
  phone: (field) =>
    answer(
      field,
      singleLine,
      z
        .string()
        .refine(
          (text) => text.length <= 30 && PHONE.test(text) && (text.match(/[0-9]/g)?.length ?? 0) >= 5,
          rule('phone'),
        ),
    ),
  number: (field) => {
    // German forms write a decimal comma: "3,5" is 3.5.
    const toNumber = (text: string) => Number(text.replace(',', '.'));
    const { min, max } = field;
    const value = z
      .string()
      .refine((text) => NUMBER.test(text) && Number.isFinite(toNumber(text)), rule('number'))
      .transform(toNumber)
      .refine((n) => !field.integer || Number.isInteger(n), rule('integer'))
      .refine((n) => min === undefined || n >= min, rule('min', { min: min ?? 0 }))
      .refine((n) => max === undefined || n <= max, rule('max', { max: max ?? 0 }));
    return answer(field, singleLine, value);
  },
  date: (field) => {
    const { min, max } = field;
    const value = z
      .string()
      .refine((text) => isoDate.safeParse(text).success, rule('date'))
      .refine((text) => min === undefined || text >= min, rule('dateMin', { min: min ?? '' }))
      .refine((text) => max === undefined || text <= max, rule('dateMax', { max: max ?? '' }));
    return answer(field, singleLine, value);
  },
  radio: (field) => answer(field, singleLine, oneOf(field.options.map((option) => option.value))),
  select: (field) => answer(field, singleLine, oneOf(field.options.map((option) => option.value))),
  checkboxes: (field) => {
    const order = field.options.map((option) => option.value);
    const allowed = new Set(order);
    const { minSelected, maxSelected } = field;
    const value = z
      .array(z.string())
      .refine((ticked) => ticked.every((item) => allowed.has(item)), rule('option'))
      // Stored once each and in the form's order, however the browser sent them.
      .transform((ticked) => order.filter((option) => ticked.includes(option)))
      .refine(
        (chosen) => minSelected === undefined || chosen.length >= minSelected,
        rule('minSelected', { min: minSelected ?? 0 }),
      )
      .refine(
        (chosen) => maxSelected === undefined || chosen.length <= maxSelected,
        rule('maxSelected', { max: maxSelected ?? 0 }),
      );
    return answer(field, ticks, value);
  },
  scale: (field) => {
    const value = z
      .string()
      .refine(
        (text) => /^\d{1,2}$/.test(text) && Number(text) >= field.min && Number(text) <= field.max,
        rule('option'),
      )
      .transform(Number);
    return answer(field, singleLine, value);
  },
  consent: (field) =>
    answer(
      field,
      ticked,
      z.literal('yes').transform(() => true),
      'consent',
    ),
} satisfies Builders;

/** The zod schema for one input field's raw value(s). */
export function fieldSchema(field: InputField): FieldSchema {
  return build(field.type, field);
}

function build<Type extends keyof FieldOfType>(type: Type, field: FieldOfType[Type]): FieldSchema {
  const builders: Builders = BUILDERS;
  return builders[type](field);
}
