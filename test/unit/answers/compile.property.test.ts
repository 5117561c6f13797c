import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAnswers } from '../../../shared/answers/compile.ts';
import type { Answers, FormBody } from '../../../shared/answers/types.ts';
import { type Mutation, type Plan, planArbitrary, type Raw } from './answer-plans.ts';
import { consultation, type FieldSpec } from './factories.ts';

/** A random form: fields of every type, some shown only for certain answers of earlier choice fields. */
const formArbitrary = fc.record({
  plans: fc
    .array(planArbitrary, { minLength: 1, maxLength: 8 })
    .filter((plans) => plans.some((plan) => plan.spec.type !== 'heading')),
  conditions: fc.array(fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined, freq: 3 }), {
    minLength: 8,
    maxLength: 8,
  }),
  hiddenValue: fc.constantFrom('none', 'garbage', 'answer'),
  pick: fc.nat(),
});

type FormSample = typeof formArbitrary extends fc.Arbitrary<infer T> ? T : never;

interface Case {
  fields: FieldSpec[];
  body: FormBody;
  expected: Answers;
  /** Mutations of visible fields that are no showIf target, so the mutation cannot change visibility. */
  mutable: { id: string; mutation: Mutation }[];
}

/** Builds the definition, a valid body and the answers it must store, deciding visibility independently. */
function buildCase({ plans, conditions, hiddenValue }: FormSample): Case {
  const fields: FieldSpec[] = [];
  const visible: boolean[] = [];
  const targets = new Set<number>();
  plans.forEach((plan, i) => {
    const spec: FieldSpec = plan.spec.type === 'heading' ? { ...plan.spec } : { ...plan.spec, id: `f${i}` };
    const earlier = plans.flatMap((p, j) => (j < i && p.choices ? [j] : []));
    const condition = conditions[i];
    let shown = true;
    if (condition && earlier.length > 0 && spec.type !== 'heading') {
      const j = earlier[condition[0] % earlier.length] as number;
      const choices = (plans[j] as Plan).choices as string[];
      const picked = choices.filter((_, k) => (condition[1] >> k) & 1);
      const equals = picked.length > 0 ? picked : [choices[condition[1] % choices.length] as string];
      spec.showIf = {
        field: `f${j}`,
        equals: equals.length === 1 && condition[1] % 2 === 0 ? equals[0] : equals,
      };
      targets.add(j);
      shown = (visible[j] as boolean) && (plans[j] as Plan).submitted.some((value) => equals.includes(value));
    }
    fields.push(spec);
    visible.push(shown);
  });

  const body: FormBody = { _sid: '01JV0000000000000000000000', _website: '', _lang: 'de', unknown: 'x' };
  const expected: Answers = {};
  const mutable: Case['mutable'] = [];
  plans.forEach((plan, i) => {
    const id = `f${i}`;
    if (plan.spec.type === 'heading') return;
    if (!visible[i]) {
      // Hidden fields are neither validated nor stored: a value failing every rule must not matter, and a
      // valid one (which may match a later field's showIf) must neither be stored nor reveal that field.
      if (hiddenValue === 'garbage') body[id] = '§ nope §'.repeat(300);
      if (hiddenValue === 'answer' && plan.raw !== undefined) body[id] = plan.raw;
      return;
    }
    if (plan.raw !== undefined) body[id] = plan.raw;
    if (plan.stored !== undefined) expected[id] = plan.stored;
    if (!targets.has(i)) for (const mutation of plan.mutations) mutable.push({ id, mutation });
  });
  return { fields, body, expected, mutable };
}

function withRaw(body: FormBody, id: string, raw: Raw): FormBody {
  const changed = { ...body };
  if (raw === undefined) delete changed[id];
  else changed[id] = raw;
  return changed;
}

describe('compileAnswers (properties)', () => {
  it('accepts a valid body for any form and stores exactly the visible answers, in form order', () => {
    fc.assert(
      fc.property(formArbitrary, (form) => {
        const { fields, body, expected } = buildCase(form);
        const result = compileAnswers(consultation(fields))(body);
        expect(result).toEqual({ ok: true, answers: expected });
        expect(Object.keys(result.ok ? result.answers : {})).toEqual(Object.keys(expected));
      }),
    );
  });

  it('reports exactly the broken field with the broken rule when one rule of one visible field is broken', () => {
    fc.assert(
      fc.property(formArbitrary, (form) => {
        const { fields, body, mutable } = buildCase(form);
        fc.pre(mutable.length > 0);
        const { id, mutation } = mutable[form.pick % mutable.length] as Case['mutable'][number];
        const result = compileAnswers(consultation(fields))(withRaw(body, id, mutation.raw));
        expect(result).toEqual({ ok: false, errors: { [id]: mutation.error } });
      }),
    );
  });
});
