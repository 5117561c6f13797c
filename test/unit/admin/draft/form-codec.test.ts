import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formInputsOf,
  inputId,
  inputName,
  MAX_VALUE_LENGTH,
  parseDraftPath,
  readDraftForm,
} from '../../../../shared/admin/draft/index.ts';
import { aDraft, bodyOf, shippedForms } from './support.ts';

describe('inputName and inputId', () => {
  it('name an input by its kind and draft path', () => {
    expect(inputName('t', ['fields', 2, 'label', 'en'])).toBe('t:fields.2.label.en');
    expect(inputName('l', ['languages'])).toBe('l:languages');
    expect(inputId(['fields', 2, 'label', 'de-x-ls'])).toBe('f-fields-2-label-de-x-ls');
  });

  it('refuse paths no post could use', () => {
    expect(() => inputName('t', ['id'])).toThrow();
    expect(() => inputName('t', ['__proto__', 'x'])).toThrow();
    expect(() => inputName('t', ['a b'])).toThrow();
    expect(() => inputName('t', [])).toThrow();
  });
});

describe('parseDraftPath', () => {
  it('reads keys and indexes', () => {
    expect(parseDraftPath('workflow.stages.0.approvers.1.email')).toEqual([
      'workflow',
      'stages',
      0,
      'approvers',
      1,
      'email',
    ]);
  });

  it.each([
    '__proto__.polluted',
    'fields.0.constructor',
    'constructor.prototype.x',
    'title.prototype',
    'fields.-1.id',
    'fields.01.id',
    'fields.99999.id',
    'fields..id',
    'title.en ',
    '',
  ])('refuses %j', (text) => {
    expect(parseDraftPath(text)).toBeUndefined();
  });
});

describe('readDraftForm', () => {
  it('reads texts (trimmed), numbers, booleans and lists into a copy of the draft', () => {
    // Prepare
    const draft = aDraft();
    // Act
    const next = readDraftForm(draft, {
      't:title.en': '  Trees for the city  ',
      'n:retentionDays': '30',
      'b:fields.1.required': ['false', 'true'],
      'l:fields.0.showIf.equals': ['a', '', 'b'],
    });
    // Assess
    expect(next).toMatchObject({
      title: { de: 'Neue Bäume', en: 'Trees for the city' },
      retentionDays: 30,
      fields: [{ showIf: { equals: ['a', 'b'] } }, { required: true }, {}],
    });
    expect(draft.retentionDays).toBe(90);
  });

  it('removes a key for an empty text or number, and keeps a non-number as text for the validation', () => {
    const next = readDraftForm(aDraft(), {
      't:slug': '   ',
      'n:retentionDays': 'ninety',
      'n:fields.1.rows': '',
    });
    expect(next).not.toHaveProperty('slug');
    expect(next.retentionDays).toBe('ninety');
  });

  it('clears a list with the hidden empty value of an unticked checkbox group', () => {
    const next = readDraftForm(aDraft({ languages: ['de', 'en'] }), { 'l:languages': '' });
    expect(next.languages).toEqual([]);
  });

  it('drops an optional block left empty but keeps a required one', () => {
    const draft = aDraft();
    const withHint = readDraftForm(draft, { 't:fields.1.hint.de': 'Kurz', 't:fields.1.hint.en': 'Short' });
    const cleared = readDraftForm(withHint, {
      't:fields.1.hint.de': '',
      't:fields.1.hint.en': '',
      't:title.de': '',
      't:title.en': '',
    });
    expect(cleared.fields).toMatchObject([{}, { id: 'comment' }, {}]);
    expect((cleared.fields as Record<string, unknown>[])[1]).not.toHaveProperty('hint');
    expect(cleared.title).toEqual({});
  });

  it('removes the texts of a language that is no longer listed', () => {
    const next = readDraftForm(aDraft(), { 'l:languages': 'de' });
    expect(next.title).toEqual({ de: 'Neue Bäume' });
    expect((next.fields as unknown[])[0]).toMatchObject({
      options: [{ label: { de: 'Mitte' } }, { label: { de: 'Linden' } }],
    });
    expect(JSON.stringify(next)).not.toContain('"en"');
  });

  it('never changes the consultation id', () => {
    const next = readDraftForm(aDraft(), { 't:id': 'other', 't:id.x': 'y' });
    expect(next.id).toBe('baumpflanzung');
  });

  it('ignores unknown prefixes and names without one', () => {
    const draft = aDraft();
    expect(
      readDraftForm(draft, { 'x:title.en': 'X', 'title.en': 'X', _csrf: 'token', _action: 'save' }),
    ).toEqual(draft);
  });

  it('refuses paths that reach an object prototype', () => {
    // Prepare
    const draft = aDraft();
    // Act
    const next = readDraftForm(draft, {
      't:__proto__.polluted': 'yes',
      't:constructor.prototype.polluted': 'yes',
      't:fields.0.__proto__.polluted': 'yes',
      'l:title.constructor': 'yes',
      'b:prototype': 'true',
    });
    // Assess
    expect(next).toEqual(draft);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });

  it('caps every value so a post cannot grow the draft without bound', () => {
    const next = readDraftForm(aDraft(), {
      't:intro.de': 'x'.repeat(MAX_VALUE_LENGTH + 500),
      'l:languages': Array.from({ length: 500 }, () => 'de'),
    });
    expect((next.intro as { de: string }).de).toHaveLength(MAX_VALUE_LENGTH);
    expect((next.languages as string[]).length).toBeLessThanOrEqual(100);
  });

  it('appends list entries in order but never leaves a gap', () => {
    const next = readDraftForm(aDraft(), {
      't:fields.4.id': 'late',
      't:fields.4.type': 'email',
      't:fields.3.type': 'text',
      't:fields.3.id': 'added',
      't:workflow.stages.5.id': 'gap',
    });
    const fields = next.fields as Record<string, unknown>[];
    expect(fields).toHaveLength(5);
    expect(fields[3]).toEqual({ type: 'text', id: 'added' });
    expect(fields[4]).toEqual({ type: 'email', id: 'late' });
    expect(next).not.toHaveProperty('workflow');
  });

  it('never turns a list into a block or the other way round', () => {
    const draft = aDraft();
    expect(readDraftForm(draft, { 't:fields.name': 'x', 't:title.0': 'y' })).toEqual(draft);
  });

  it('reads every shipped form back from its inputs unchanged', async () => {
    for (const { definition } of await shippedForms()) {
      const body = bodyOf(formInputsOf(definition));
      expect(readDraftForm({ id: definition.id }, body)).toEqual(definition);
    }
  });

  it('drops inputs at places the consultation schema does not know, and keeps the known ones', () => {
    // Prepare
    const draft = aDraft();
    // Act
    const next = readDraftForm(draft, {
      't:title.en': 'Trees',
      't:title.xx': 'not a language',
      't:notAKey': 'x'.repeat(MAX_VALUE_LENGTH),
      'l:padding': ['a', 'b'],
      't:fields.0.bogus': 'x',
      'n:contact.phoneNumbers.0': '1',
      't:fields.3.label.en': 'a field without a type',
      't:workflow.stages.0.junk': 'x',
    });
    // Assert
    expect(next).toEqual({ ...draft, title: { de: 'Neue Bäume', en: 'Trees' } });
  });

  it('keeps no input at an unknown place, whatever is posted (repeated saves cannot grow a draft)', () => {
    const key = fc
      .stringMatching(/^[a-z][a-zA-Z0-9_]{0,8}$/)
      .map((k) => `x${k}`)
      .filter((k) => !['constructor', 'prototype'].includes(k));
    const text = fc
      .string({ minLength: 1, maxLength: 30 })
      .map((s) => s.trim())
      .filter(Boolean);
    const leaf = fc.oneof(
      text,
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.array(text),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { maxDepth: 2 },
        leaf,
        tie('object'),
        fc.array(tie('object'), { minLength: 1, maxLength: 3 }),
      ),
      object: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
    })).object as fc.Arbitrary<Record<string, unknown>>;
    const draft = aDraft();
    fc.assert(
      fc.property(tree, fc.constantFrom('', 'title.', 'fields.0.', 'contact.'), (junk, at) => {
        const inputs = formInputsOf(junk).map((input) => ({
          ...input,
          name: input.name.replace(':', `:${at}`),
        }));
        expect(readDraftForm(draft, bodyOf(inputs))).toEqual(draft);
      }),
    );
  });
});
