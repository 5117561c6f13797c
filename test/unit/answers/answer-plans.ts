import fc from 'fast-check';
import type { AnswerValue, FieldError } from '../../../shared/answers/types.ts';
import type { FieldSpec } from './factories.ts';

/**
 * Arbitraries for the property tests: a field (without id) together with a valid raw answer, the
 * answer the validator must store for it, and raw values that each break exactly one of its rules.
 */

export type Raw = string | string[] | undefined;
export interface Mutation {
  raw: Raw;
  error: FieldError;
}
export interface Plan {
  /** The field as written in a definition, without its id (given by position). */
  spec: FieldSpec;
  /** The values a showIf may compare with, for fields that can be a showIf target. */
  choices?: string[];
  raw: Raw;
  stored?: AnswerValue;
  /** What the visibility check sees of this answer: the trimmed submitted values. */
  submitted: string[];
  mutations: Mutation[];
}
type Answer = Pick<Plan, 'raw' | 'stored' | 'submitted'>;

const label = { de: 'Frage' };
const pad = fc.constantFrom('', ' ', '\t', '  ');
const unanswered = fc.constantFrom<Raw>(undefined, '', '   ').map((raw): Answer => ({ raw, submitted: [] }));
const orUnanswered = (required: boolean, answered: fc.Arbitrary<Answer>) =>
  required ? answered : fc.oneof(answered, unanswered);
const missing = (required: boolean, code: FieldError['code'] = 'required'): Mutation[] =>
  required ? [{ raw: undefined, error: { code } }] : [];

// Characters of one, two (emoji) UTF-16 units and right-to-left script: lengths count code points.
const letters = ['a', 'Z', 'ß', 'é', 'ع', 'ж', '😀', '中', '7', '-'];
/** Text of exactly `length` code points without surrounding whitespace; `inner` may add some inside. */
const textOf = (length: number, chars: string[], inner: string[] = []) => {
  const edge = fc.constantFrom(...chars);
  if (length === 1) return edge;
  return fc
    .tuple(
      edge,
      fc.array(fc.constantFrom(...chars, ...inner), { minLength: length - 2, maxLength: length - 2 }),
      edge,
    )
    .map(([a, middle, b]) => [a, ...middle, b].join(''));
};

const lengthLimits = fc
  .tuple(fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }), fc.integer({ min: 1, max: 12 }))
  .map(([minLength, max]) => ({ minLength, maxLength: Math.max(max, minLength ?? 1) }));

function lengthMutations(minLength: number | undefined, maxLength: number): Mutation[] {
  const mutations: Mutation[] = [
    { raw: '😀'.repeat(maxLength + 1), error: { code: 'tooLong', params: { max: maxLength } } },
  ];
  if (minLength !== undefined && minLength >= 2) {
    mutations.push({
      raw: 'ع'.repeat(minLength - 1),
      error: { code: 'tooShort', params: { min: minLength } },
    });
  }
  return mutations;
}

const textPlan = fc
  .record({ required: fc.boolean(), limits: lengthLimits, digitsOnly: fc.boolean(), before: pad, after: pad })
  .chain(({ required, limits, digitsOnly, before, after }) => {
    const { minLength, maxLength } = limits;
    const chars = digitsOnly ? ['0', '1', '5', '9'] : letters;
    const answered = fc
      .integer({ min: minLength ?? 1, max: maxLength })
      .chain((length) => textOf(length, chars, digitsOnly ? [] : [' ']))
      .map((text): Answer => ({ raw: `${before}${text}${after}`, stored: text, submitted: [text] }));
    const shortest = Math.max(minLength ?? 1, 1);
    const mutations = [...missing(required), ...lengthMutations(minLength, maxLength)];
    if (digitsOnly) mutations.push({ raw: `${'1'.repeat(shortest - 1)}x`, error: { code: 'pattern' } });
    const pattern = digitsOnly ? { pattern: { regex: '[0-9]+', message: label } } : {};
    return orUnanswered(required, answered).map(
      (answer): Plan => ({
        spec: { type: 'text', label, required, ...limits, ...pattern },
        ...answer,
        mutations,
      }),
    );
  });

const textareaPlan = fc
  .record({ required: fc.boolean(), limits: lengthLimits, before: pad })
  .chain(({ required, limits, before }) => {
    const { minLength, maxLength } = limits;
    const answered = fc
      .integer({ min: minLength ?? 1, max: maxLength })
      .chain((length) => textOf(length, letters, [' ', '\n']))
      // Browsers send line breaks as CRLF; the stored answer has LF, and LF counts as one character.
      .map(
        (text): Answer => ({
          raw: `${before}${text.replaceAll('\n', '\r\n')}\r\n`,
          stored: text,
          submitted: [text],
        }),
      );
    const mutations = [...missing(required), ...lengthMutations(minLength, maxLength)];
    return orUnanswered(required, answered).map(
      (answer): Plan => ({ spec: { type: 'textarea', label, required, ...limits }, ...answer, mutations }),
    );
  });

const emailPlan = fc.record({ required: fc.boolean(), before: pad }).chain(({ required, before }) => {
  const answered = fc
    .tuple(
      fc.stringMatching(/^[a-z0-9]{1,10}$/),
      fc.stringMatching(/^[a-z]{1,10}$/),
      fc.constantFrom('de', 'org', 'com'),
    )
    .map(([local, domain, tld]): Answer => {
      const email = `${local}@${domain}.${tld}`;
      return { raw: `${before}${email}`, stored: email, submitted: [email] };
    });
  const mutations = [
    ...missing(required),
    { raw: 'ayse at example.org', error: { code: 'email' } } as Mutation,
  ];
  return orUnanswered(required, answered).map(
    (answer): Plan => ({ spec: { type: 'email', label, required }, ...answer, mutations }),
  );
});

const phonePlan = fc.boolean().chain((required) => {
  const answered = fc
    .stringMatching(/^\+?[0-9]{3,5}( [0-9]{2,6}){1,2}$/)
    .map((phone): Answer => ({ raw: phone, stored: phone, submitted: [phone] }));
  const mutations: Mutation[] = [
    ...missing(required),
    { raw: '0511 168 x', error: { code: 'phone' } },
    { raw: '+49 11', error: { code: 'phone' } },
  ];
  return orUnanswered(required, answered).map(
    (answer): Plan => ({ spec: { type: 'phone', label, required }, ...answer, mutations }),
  );
});

const numberPlan = fc
  .record({
    required: fc.boolean(),
    integer: fc.boolean(),
    min: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }),
    span: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    comma: fc.boolean(),
  })
  .chain(({ required, integer, min, span, comma }) => {
    const max = span === undefined ? undefined : (min ?? -50) + span;
    const lo = min ?? -1000;
    const hi = max ?? 1000;
    const answered = (
      integer
        ? fc.integer({ min: lo, max: hi })
        : fc.integer({ min: lo * 100, max: hi * 100 }).map((c) => c / 100)
    ).map((n): Answer => {
      const raw = comma ? String(n).replace('.', ',') : String(n);
      return { raw, stored: n, submitted: [raw] };
    });
    const mutations: Mutation[] = [...missing(required), { raw: 'zwölf', error: { code: 'number' } }];
    if (integer) mutations.push({ raw: `${lo},5`, error: { code: 'integer' } });
    if (min !== undefined) mutations.push({ raw: String(min - 1), error: { code: 'min', params: { min } } });
    if (max !== undefined) mutations.push({ raw: String(max + 1), error: { code: 'max', params: { max } } });
    return orUnanswered(required, answered).map(
      (answer): Plan => ({
        spec: { type: 'number', label, required, integer, min, max },
        ...answer,
        mutations,
      }),
    );
  });

const DAY = 86_400_000;
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const datePlan = fc
  .record({
    required: fc.boolean(),
    min: fc.option(fc.integer({ min: -7000, max: 20000 }), { nil: undefined }),
    span: fc.option(fc.integer({ min: 0, max: 3650 }), { nil: undefined }),
    broken: fc.constantFrom('2026-02-30', '31.05.2026', '2025-02-29', '2026-4-01'),
  })
  .chain(({ required, min, span, broken }) => {
    const max = span === undefined ? undefined : (min ?? 0) + span;
    const answered = fc
      .integer({ min: min ?? -20000, max: max ?? 40000 })
      .map((day): Answer => ({ raw: isoDay(day), stored: isoDay(day), submitted: [isoDay(day)] }));
    const mutations: Mutation[] = [...missing(required), { raw: broken, error: { code: 'date' } }];
    if (min !== undefined)
      mutations.push({ raw: isoDay(min - 1), error: { code: 'dateMin', params: { min: isoDay(min) } } });
    if (max !== undefined)
      mutations.push({ raw: isoDay(max + 1), error: { code: 'dateMax', params: { max: isoDay(max) } } });
    const limits = {
      min: min === undefined ? undefined : isoDay(min),
      max: max === undefined ? undefined : isoDay(max),
    };
    return orUnanswered(required, answered).map(
      (answer): Plan => ({ spec: { type: 'date', label, required, ...limits }, ...answer, mutations }),
    );
  });

const optionValues = (count: number) => Array.from({ length: count }, (_, k) => `o${k}`);
const optionsOf = (values: string[]) => values.map((value) => ({ value, label }));

const singleChoicePlan = fc
  .record({
    type: fc.constantFrom('radio', 'select'),
    required: fc.boolean(),
    count: fc.integer({ min: 2, max: 5 }),
    before: pad,
  })
  .chain(({ type, required, count, before }) => {
    const values = optionValues(count);
    const answered = fc
      .constantFrom(...values)
      .map((value): Answer => ({ raw: `${before}${value}`, stored: value, submitted: [value] }));
    const mutations: Mutation[] = [...missing(required), { raw: 'nope', error: { code: 'option' } }];
    return orUnanswered(required, answered).map(
      (answer): Plan => ({
        spec: { type, label, required, options: optionsOf(values) },
        choices: values,
        ...answer,
        mutations,
      }),
    );
  });

const checkboxesPlan = fc
  .record({
    required: fc.boolean(),
    count: fc.integer({ min: 2, max: 6 }),
    minSelected: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    maxSelected: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    duplicate: fc.boolean(),
  })
  .chain(({ required, count, duplicate, ...limits }) => {
    const values = optionValues(count);
    const maxSelected = limits.maxSelected === undefined ? undefined : Math.min(limits.maxSelected, count);
    const minSelected =
      limits.minSelected === undefined ? undefined : Math.min(limits.minSelected, maxSelected ?? count);
    const answered = fc
      .shuffledSubarray(values, { minLength: minSelected ?? 1, maxLength: maxSelected ?? count })
      .map((ticked): Answer => {
        const sent = duplicate ? [...ticked, ...ticked.slice(0, 1)] : ticked;
        return {
          raw: sent.length === 1 ? sent[0] : sent,
          stored: values.filter((value) => ticked.includes(value)),
          submitted: ticked,
        };
      });
    const mutations: Mutation[] = [
      ...missing(required),
      { raw: [...values.slice(0, 1), 'nope'], error: { code: 'option' } },
    ];
    if (minSelected !== undefined && minSelected >= 2) {
      mutations.push({
        raw: values.slice(0, minSelected - 1),
        error: { code: 'minSelected', params: { min: minSelected } },
      });
    }
    if (maxSelected !== undefined && maxSelected < count) {
      mutations.push({
        raw: values.slice(0, maxSelected + 1),
        error: { code: 'maxSelected', params: { max: maxSelected } },
      });
    }
    const spec = {
      type: 'checkboxes',
      label,
      required,
      options: optionsOf(values),
      minSelected,
      maxSelected,
    };
    return orUnanswered(required, answered).map(
      (answer): Plan => ({ spec, choices: values, ...answer, mutations }),
    );
  });

const scalePlan = fc
  .record({
    required: fc.boolean(),
    min: fc.integer({ min: 0, max: 1 }),
    max: fc.integer({ min: 2, max: 10 }),
  })
  .chain(({ required, min, max }) => {
    const choices: string[] = [];
    for (let v = min; v <= max; v++) choices.push(String(v));
    const answered = fc
      .integer({ min, max })
      .map((n): Answer => ({ raw: String(n), stored: n, submitted: [String(n)] }));
    const mutations: Mutation[] = [...missing(required), { raw: String(max + 1), error: { code: 'option' } }];
    const spec = { type: 'scale', label, required, min, max, minLabel: label, maxLabel: label };
    return orUnanswered(required, answered).map((answer): Plan => ({ spec, choices, ...answer, mutations }));
  });

const consentPlan = fc.boolean().chain((required) => {
  const ticked = fc.constant<Answer>({ raw: 'yes', stored: true, submitted: ['yes'] });
  return orUnanswered(required, ticked).map(
    (answer): Plan => ({
      spec: { type: 'consent', label, required },
      choices: ['yes'],
      ...answer,
      mutations: missing(required, 'consent'),
    }),
  );
});

const headingPlan = fc.constant<Plan>({
  spec: { type: 'heading', text: label },
  raw: undefined,
  submitted: [],
  mutations: [],
});

/** A field of any type with a valid answer and its one-rule mutations. */
export const planArbitrary: fc.Arbitrary<Plan> = fc.oneof(
  textPlan,
  textareaPlan,
  emailPlan,
  phonePlan,
  numberPlan,
  datePlan,
  // Choice fields weigh more so that chains of showIf conditions come up in most runs.
  { arbitrary: singleChoicePlan, weight: 3 },
  { arbitrary: checkboxesPlan, weight: 2 },
  { arbitrary: scalePlan, weight: 2 },
  { arbitrary: consentPlan, weight: 2 },
  headingPlan,
);
