import { describe, expect, it } from 'vitest';
import { compileAnswers } from '../../../shared/answers/compile.ts';
import { UnexpectedIssueError } from '../../../shared/answers/issue-codes.ts';
import { answers, consultation, errors, field, options } from './factories.ts';

describe('compileAnswers: showIf', () => {
  const form = [
    field('radio', 'lives_here', { required: true, options: options('ja', 'nein') }),
    field('text', 'district', { required: true, showIf: { field: 'lives_here', equals: 'ja' } }),
    field('radio', 'volunteer', {
      options: options('ja', 'nein'),
      showIf: { field: 'lives_here', equals: 'ja' },
    }),
    field('number', 'hours', { required: true, showIf: { field: 'volunteer', equals: 'ja' } }),
  ];

  it('requires and stores a field whose condition is met', () => {
    expect(errors(form, { lives_here: 'ja' })).toEqual({ district: { code: 'required' } });
    expect(answers(form, { lives_here: 'ja', district: 'Linden' })).toEqual({
      lives_here: 'ja',
      district: 'Linden',
    });
  });

  it('neither requires nor stores a hidden field, even when it was submitted with a bad value', () => {
    expect(answers(form, { lives_here: 'nein', district: 'x'.repeat(500) })).toEqual({ lives_here: 'nein' });
  });

  it('hides a field whose target is hidden, even when the target value was submitted', () => {
    expect(answers(form, { lives_here: 'nein', volunteer: 'ja', hours: 'viele' })).toEqual({
      lives_here: 'nein',
    });
    expect(errors(form, { lives_here: 'ja', district: 'Mitte', volunteer: 'ja', hours: 'viele' })).toEqual({
      hours: { code: 'number' },
    });
  });
});

describe('compileAnswers: the whole body', () => {
  it('ignores reserved _ names and names that are no field', () => {
    const body = { _sid: '01J0000000000000000000000', _website: 'spam', _lang: 'de', evil: 'x', name: 'Jan' };
    expect(answers([field('text', 'name')], body)).toEqual({ name: 'Jan' });
  });

  it('takes no answers for headings and paragraphs', () => {
    const fields = [
      { type: 'heading', id: 'intro_heading', text: { de: 'Über Sie' } },
      { type: 'paragraph', text: { de: 'Alle Angaben sind freiwillig.' } },
      field('text', 'name'),
    ];
    expect(answers(fields, { intro_heading: 'x', name: 'Jan' })).toEqual({ name: 'Jan' });
  });

  it('reports one error per field, in the order of the form', () => {
    const fields = [
      field('email', 'mail', { required: true }),
      field('text', 'name', { required: true }),
      field('number', 'age'),
    ];
    const result = errors(fields, { age: 'alt', mail: 'nope' });
    expect(Object.keys(result)).toEqual(['mail', 'name', 'age']);
    expect(result).toEqual({ mail: { code: 'email' }, name: { code: 'required' }, age: { code: 'number' } });
  });

  it('stores answers in the order of the form', () => {
    const fields = [field('text', 'b'), field('text', 'a')];
    expect(Object.keys(answers(fields, { a: '1', b: '2' }))).toEqual(['b', 'a']);
  });

  it('handles field ids that are names of Object.prototype', () => {
    const fields = [
      field('consent', 'gate'),
      field('text', 'constructor', { required: true, showIf: { field: 'gate', equals: 'yes' } }),
    ];
    expect(answers(fields, {})).toEqual({});
    expect(errors(fields, { gate: 'yes' })).toEqual({ constructor: { code: 'required' } });
    expect(answers(fields, { gate: 'yes', constructor: 'x' })).toEqual({ gate: true, constructor: 'x' });
  });

  it('compiles a definition once and reuses the validator', () => {
    const definition = consultation([field('text', 'name')]);
    expect(compileAnswers(definition)).toBe(compileAnswers(definition));
  });

  it('throws a bug error, not a validation result, when a body breaks the FormBody type', () => {
    const validator = compileAnswers(consultation([field('text', 'name')]));
    expect(() => validator({ name: 5 } as any)).toThrow(UnexpectedIssueError);
  });
});
