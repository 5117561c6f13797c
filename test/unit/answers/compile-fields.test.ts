import { RE2JS } from 're2js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileAnswers } from '../../../shared/answers/compile.ts';
import type { FormBody } from '../../../shared/answers/types.ts';
import { answers, consultation, errors, field, options } from './factories.ts';

describe('compileAnswers: text', () => {
  const name = [field('text', 'name', { required: true, minLength: 2, maxLength: 5 })];

  it('stores the trimmed text', () => {
    expect(answers(name, { name: '  Ayşe \t' })).toEqual({ name: 'Ayşe' });
  });

  it('refuses a missing, empty or blank required answer', () => {
    for (const body of [{}, { name: '' }, { name: '   ' }] as FormBody[])
      expect(errors(name, body)).toEqual({ name: { code: 'required' } });
  });

  it('leaves an unanswered optional field out of the answers', () => {
    expect(answers([field('text', 'note')], { note: '  ' })).toEqual({});
    expect(answers([field('text', 'note')], {})).toEqual({});
  });

  it('reports tooShort and tooLong with the limit', () => {
    expect(errors(name, { name: 'A' })).toEqual({ name: { code: 'tooShort', params: { min: 2 } } });
    expect(errors(name, { name: 'Anneliese' })).toEqual({ name: { code: 'tooLong', params: { max: 5 } } });
  });

  it('counts characters as code points, so emoji and Arabic letters count once', () => {
    expect(answers(name, { name: '😀😀😀😀😀' })).toEqual({ name: '😀😀😀😀😀' });
    expect(errors(name, { name: '😀😀😀😀😀😀' }).name?.code).toBe('tooLong');
    expect(answers(name, { name: 'مرحبا' })).toEqual({ name: 'مرحبا' });
    expect(errors(name, { name: 'مرحباً!' }).name?.code).toBe('tooLong');
  });

  it('requires the pattern to match the whole answer', () => {
    const postcode = [field('text', 'plz', { pattern: { regex: '3[0-9]{4}', message: { de: 'PLZ' } } })];
    expect(answers(postcode, { plz: '30159' })).toEqual({ plz: '30159' });
    expect(errors(postcode, { plz: '301590' })).toEqual({ plz: { code: 'pattern' } });
    expect(errors(postcode, { plz: 'x30159' })).toEqual({ plz: { code: 'pattern' } });
  });

  it('matches patterns in Unicode mode', () => {
    const word = [
      field('text', 'word', { pattern: { regex: '\\p{L}+', message: { de: 'Nur Buchstaben' } } }),
    ];
    expect(answers(word, { word: 'Zusammenleben' })).toEqual({ word: 'Zusammenleben' });
    expect(answers(word, { word: 'تعايش' })).toEqual({ word: 'تعايش' });
    expect(errors(word, { word: 'Stadt 2030' }).word?.code).toBe('pattern');
  });

  it('reports only the first rule that fails', () => {
    const fields = [
      field('text', 'plz', { maxLength: 5, pattern: { regex: '[0-9]+', message: { de: 'PLZ' } } }),
    ];
    expect(errors(fields, { plz: 'abcdefg' })).toEqual({ plz: { code: 'tooLong', params: { max: 5 } } });
  });

  it('takes the first value when a single-value name is repeated', () => {
    expect(answers([field('text', 'name')], { name: ['Jan', 'Eva'] })).toEqual({ name: 'Jan' });
  });
});

describe('compileAnswers: text patterns on a linear-time engine', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const evil = (regex: string) => [field('text', 'code', { pattern: { regex, message: { de: 'Falsch' } } })];

  it.each(['(a+)+', '(a|aa)+$', '(.*a){20}'])(
    'refuses an answer of the catastrophic shape for %s in well under 100 ms',
    (regex) => {
      const validate = compileAnswers(consultation(evil(regex)));
      const answer = `${'a'.repeat(199)}!`;
      validate({ code: answer }); // the first answer builds the DFA states this shape needs
      const started = performance.now();
      expect(validate({ code: answer })).toEqual({ ok: false, errors: { code: { code: 'pattern' } } });
      expect(performance.now() - started).toBeLessThan(100);
    },
  );

  it('refuses an over-long answer as tooLong without running the pattern', () => {
    const testExact = vi.spyOn(RE2JS.prototype, 'testExact');
    const validate = compileAnswers(consultation(evil('(a+)+')));
    expect(validate({ code: 'a'.repeat(10_000) })).toEqual({
      ok: false,
      errors: { code: { code: 'tooLong', params: { max: 200 } } },
    });
    expect(testExact).not.toHaveBeenCalled();
    expect(validate({ code: 'aaa' })).toEqual({ ok: true, answers: { code: 'aaa' } });
    expect(testExact).toHaveBeenCalledTimes(1);
  });

  it('does not run the pattern on an answer shorter than minLength either', () => {
    const testExact = vi.spyOn(RE2JS.prototype, 'testExact');
    const fields = [
      field('text', 'plz', { minLength: 5, pattern: { regex: '[0-9]+', message: { de: 'PLZ' } } }),
    ];
    expect(errors(fields, { plz: '301' })).toEqual({ plz: { code: 'tooShort', params: { min: 5 } } });
    expect(testExact).not.toHaveBeenCalled();
  });

  it('compiles a pattern once per definition, not per answer', () => {
    const compile = vi.spyOn(RE2JS, 'compile');
    // A source no other test uses, so the first compilation happens here.
    const regex = '[0-9]{4}-once';
    const validate = compileAnswers(consultation(evil(regex)));
    for (let i = 0; i < 50; i++) validate({ code: `${1000 + i}-once` });
    expect(compile.mock.calls.filter(([source]) => source === regex)).toHaveLength(1);
  });
});

describe('compileAnswers: textarea', () => {
  it('stores Windows and old Mac line breaks as LF and counts each once', () => {
    const fields = [field('textarea', 'idea', { maxLength: 5 })];
    expect(answers(fields, { idea: 'a\r\nb\rc' })).toEqual({ idea: 'a\nb\nc' });
    expect(errors(fields, { idea: 'a\r\nb\r\nc\r\n!' }).idea).toEqual({
      code: 'tooLong',
      params: { max: 5 },
    });
  });

  it('trims surrounding blank lines', () => {
    expect(answers([field('textarea', 'idea')], { idea: '\r\n  Mehr Sprachkurse\r\n' })).toEqual({
      idea: 'Mehr Sprachkurse',
    });
  });
});

describe('compileAnswers: email and phone', () => {
  const contact = [field('email', 'email'), field('phone', 'phone')];

  it('stores a trimmed email address and phone number', () => {
    expect(answers(contact, { email: ' ayse@example.org ', phone: '+49 (0)511 168-0' })).toEqual({
      email: 'ayse@example.org',
      phone: '+49 (0)511 168-0',
    });
  });

  it('refuses an address that is not an email address or longer than 254 characters', () => {
    expect(errors(contact, { email: 'ayse.example.org' })).toEqual({ email: { code: 'email' } });
    expect(errors(contact, { email: 'ayse@' })).toEqual({ email: { code: 'email' } });
    expect(errors(contact, { email: `${'a'.repeat(64)}@${'b'.repeat(186)}.org` })).toEqual({
      email: { code: 'email' },
    });
  });

  it('refuses phone numbers with letters, fewer than 5 digits or more than 30 characters', () => {
    expect(errors(contact, { phone: '0511 CALL ME' })).toEqual({ phone: { code: 'phone' } });
    expect(errors(contact, { phone: '+49 11' })).toEqual({ phone: { code: 'phone' } });
    expect(errors(contact, { phone: '0511 / 168 - 0000 0000 0000 000' })).toEqual({
      phone: { code: 'phone' },
    });
    expect(answers(contact, { phone: '0511/12345' })).toEqual({ phone: '0511/12345' });
  });
});

describe('compileAnswers: number', () => {
  const decimal = [field('number', 'share', { integer: false })];
  const age = [field('number', 'age', { min: 14, max: 120 })];

  it('stores integers, negative numbers and decimals with a point or a German comma as numbers', () => {
    expect(answers([field('number', 'n')], { n: '12' })).toEqual({ n: 12 });
    expect(answers([field('number', 'n')], { n: '-3' })).toEqual({ n: -3 });
    expect(answers(decimal, { share: '3.5' })).toEqual({ share: 3.5 });
    expect(answers(decimal, { share: '3,5' })).toEqual({ share: 3.5 });
    expect(answers(decimal, { share: ' -0,25 ' })).toEqual({ share: -0.25 });
  });

  it('refuses text that is not a plain number', () => {
    for (const n of ['zwölf', '1.2.3', '1e3', '3,5,1', '0x10', 'Infinity', '9'.repeat(400)]) {
      expect(errors(decimal, { share: n })).toEqual({ share: { code: 'number' } });
    }
  });

  it('refuses a fraction when the field wants whole numbers', () => {
    expect(errors(age, { age: '30,5' })).toEqual({ age: { code: 'integer' } });
  });

  it('reports min and max with the limit', () => {
    expect(errors(age, { age: '13' })).toEqual({ age: { code: 'min', params: { min: 14 } } });
    expect(errors(age, { age: '121' })).toEqual({ age: { code: 'max', params: { max: 120 } } });
    expect(answers(age, { age: '14' })).toEqual({ age: 14 });
  });
});

describe('compileAnswers: date', () => {
  const since = [field('date', 'since', { min: '2000-01-01', max: '2026-06-30' })];

  it('stores a real calendar date', () => {
    expect(answers(since, { since: '2024-02-29' })).toEqual({ since: '2024-02-29' });
  });

  it('refuses dates that are not YYYY-MM-DD or do not exist', () => {
    for (const since of ['31.05.2026', '2026-5-31', '2025-02-29', '2026-04-31', '2026-13-01']) {
      expect(errors([field('date', 'since')], { since })).toEqual({ since: { code: 'date' } });
    }
  });

  it('reports dateMin and dateMax with the limit', () => {
    expect(errors(since, { since: '1999-12-31' })).toEqual({
      since: { code: 'dateMin', params: { min: '2000-01-01' } },
    });
    expect(errors(since, { since: '2026-07-01' })).toEqual({
      since: { code: 'dateMax', params: { max: '2026-06-30' } },
    });
  });
});

describe('compileAnswers: radio, select and scale', () => {
  it('stores the chosen option value and refuses any other value', () => {
    for (const type of ['radio', 'select']) {
      expect(answers([field(type, 'q')], { q: 'nein' })).toEqual({ q: 'nein' });
      expect(errors([field(type, 'q')], { q: 'vielleicht' })).toEqual({ q: { code: 'option' } });
    }
  });

  it('stores a scale answer as a number and refuses values outside the scale', () => {
    const scale = [field('scale', 'mood', { min: 0, max: 4 })];
    expect(answers(scale, { mood: '0' })).toEqual({ mood: 0 });
    expect(answers(scale, { mood: '4' })).toEqual({ mood: 4 });
    for (const mood of ['5', '-1', '2.5', 'gut'])
      expect(errors(scale, { mood })).toEqual({ mood: { code: 'option' } });
  });
});

describe('compileAnswers: checkboxes', () => {
  const topics = [
    field('checkboxes', 'topics', { options: options('sport', 'kultur', 'bildung', 'arbeit') }),
  ];

  it('stores a single ticked box as a list', () => {
    expect(answers(topics, { topics: 'kultur' })).toEqual({ topics: ['kultur'] });
  });

  it('stores each option once, in the order of the form', () => {
    expect(answers(topics, { topics: ['arbeit', 'sport', 'arbeit', 'kultur'] })).toEqual({
      topics: ['sport', 'kultur', 'arbeit'],
    });
  });

  it('refuses a value that is not an option', () => {
    expect(errors(topics, { topics: ['sport', 'politik'] })).toEqual({ topics: { code: 'option' } });
  });

  it('reports minSelected and maxSelected with the limit, counting duplicates once', () => {
    const limited = [
      field('checkboxes', 'topics', { options: options('a', 'b', 'c', 'd'), minSelected: 2, maxSelected: 3 }),
    ];
    expect(errors(limited, { topics: ['a', 'a'] })).toEqual({
      topics: { code: 'minSelected', params: { min: 2 } },
    });
    expect(errors(limited, { topics: ['a', 'b', 'c', 'd'] })).toEqual({
      topics: { code: 'maxSelected', params: { max: 3 } },
    });
    expect(answers(limited, { topics: ['c', 'b', 'c', 'a'] })).toEqual({ topics: ['a', 'b', 'c'] });
  });

  it('requires at least one ticked box when required, and leaves none out when optional', () => {
    const required = [field('checkboxes', 'topics', { required: true })];
    expect(errors(required, {})).toEqual({ topics: { code: 'required' } });
    expect(errors(required, { topics: ['', ' '] })).toEqual({ topics: { code: 'required' } });
    expect(answers(topics, {})).toEqual({});
  });
});

describe('compileAnswers: consent', () => {
  it('stores a ticked consent as true', () => {
    expect(answers([field('consent', 'privacy', { required: true })], { privacy: 'yes' })).toEqual({
      privacy: true,
    });
  });

  it('reports a missing required consent as consent, not as required', () => {
    expect(errors([field('consent', 'privacy', { required: true })], {})).toEqual({
      privacy: { code: 'consent' },
    });
    expect(errors([field('consent', 'privacy', { required: true })], { privacy: 'on' })).toEqual({
      privacy: { code: 'consent' },
    });
  });

  it('leaves an unticked optional consent out of the answers', () => {
    expect(answers([field('consent', 'newsletter')], {})).toEqual({});
  });
});

describe('a stored pattern RE2 refuses (published before patterns ran on RE2)', () => {
  it('refuses every answer with the field’s pattern message instead of failing', () => {
    // Prepare: the definition bypasses authoredConsultationSchema, as one read from the table does
    const base = consultation([
      field('text', 'postcode', { pattern: { regex: '[0-9]{5}', message: { de: 'Fünf Ziffern' } } }),
    ]);
    const stored = {
      ...base,
      fields: base.fields.map((f) =>
        f.type === 'text'
          ? { ...f, pattern: { regex: '(?=1)[0-9]{5}', message: { de: 'Fünf Ziffern' } } }
          : f,
      ),
    };
    // Act
    const result = compileAnswers(stored)({ postcode: '12345' });
    // Assess
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.postcode?.code).toBe('pattern');
  });
});
