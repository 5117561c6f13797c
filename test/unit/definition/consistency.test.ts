import { describe, expect, it } from 'vitest';
import { parseDefinitionYaml } from '../../../shared/definition/load.ts';
import { definition, radioField, t, textField, yamlOf } from './factory.ts';

const errorsOf = (value: Record<string, unknown>) => {
  const result = parseDefinitionYaml(yamlOf(value), 'test.yaml');
  return result.ok ? [] : result.errors.map(({ path, message }) => ({ path, message }));
};

const withFields = (...fields: unknown[]) => definition({ fields });

describe('definition consistency rules', () => {
  it('accepts the factory definition', () => {
    expect(errorsOf(definition())).toEqual([]);
  });

  it.each([
    [
      'the default language is not declared',
      definition({ defaultLanguage: 'tr' }),
      'languages',
      'must include the default language "tr"',
    ],
    [
      'a language is listed twice',
      definition({ languages: ['de', 'en', 'de'] }),
      'languages',
      'lists a language twice',
    ],
    [
      'closes is not after opens',
      definition({ closes: '2026-11-01T00:00:00+01:00' }),
      'closes',
      'must be after "opens"',
    ],
    [
      'the title lacks a declared language',
      definition({ title: { de: 'Titel' } }),
      'title',
      'is missing the translation for "en"',
    ],
    [
      'the contact name lacks a language',
      definition({ contact: { email: 'a@b.de', name: { en: 'Team' } } }),
      'contact.name',
      'is missing the translation for "de"',
    ],
    [
      'a text has an undeclared language',
      definition({ intro: { ...t('Einleitung'), tr: 'Giriş' } }),
      'intro',
      'has text in "tr", which is not in "languages"',
    ],
    [
      'a field label lacks a language',
      withFields(textField('a', { label: { de: 'A' } })),
      'fields[0].label',
      'is missing the translation for "en"',
    ],
    [
      'a hint lacks a language',
      withFields(textField('a', { hint: { de: 'Hinweis' } })),
      'fields[0].hint',
      'is missing the translation for "en"',
    ],
    [
      'a heading lacks a language',
      withFields({ type: 'heading', text: { en: 'Hi' } }, textField('a')),
      'fields[0].text',
      'is missing the translation for "de"',
    ],
    [
      'an option label lacks a language',
      withFields(radioField('r', ['a', 'b']), {
        type: 'radio',
        id: 's',
        label: t('S'),
        options: [
          { value: 'x', label: t('X') },
          { value: 'y', label: { de: 'Y' } },
        ],
      }),
      'fields[1].options[1].label',
      'is missing the translation for "en"',
    ],
    [
      'a pattern message lacks a language',
      withFields(textField('plz', { pattern: { regex: '^[0-9]{5}$', message: { de: 'Fünf Ziffern' } } })),
      'fields[0].pattern.message',
      'is missing the translation for "en"',
    ],
    [
      'a scale end label lacks a language',
      withFields({ type: 'scale', id: 's', label: t('S'), minLabel: t('wenig'), maxLabel: { de: 'viel' } }),
      'fields[0].maxLabel',
      'is missing the translation for "en"',
    ],
    [
      'two fields share an id',
      withFields(textField('a'), textField('a')),
      'fields[1].id',
      '"a" is used by another field; ids must be unique',
    ],
    [
      'showIf names no earlier field',
      withFields(textField('a', { showIf: { field: 'later', equals: 'ja' } }), radioField('later')),
      'fields[0].showIf.field',
      '"later" is not the id of an earlier field',
    ],
    [
      'showIf names a field without choices',
      withFields(textField('a'), textField('b', { showIf: { field: 'a', equals: 'x' } })),
      'fields[1].showIf.field',
      '"a" is a text field; showIf needs a radio, select, checkboxes, scale or consent field',
    ],
    [
      'showIf expects a value that is no option',
      withFields(radioField('r'), textField('b', { showIf: { field: 'r', equals: ['ja', 'vielleicht'] } })),
      'fields[1].showIf.equals',
      '"vielleicht" is not an option of "r"; allowed: "ja", "nein"',
    ],
    [
      'a text minLength exceeds maxLength',
      withFields(textField('a', { minLength: 50, maxLength: 20 })),
      'fields[0].minLength',
      'must not be larger than maxLength',
    ],
    [
      'a textarea minLength exceeds maxLength',
      withFields({ type: 'textarea', id: 'a', label: t('A'), minLength: 6000 }),
      'fields[0].minLength',
      'must not be larger than maxLength',
    ],
    [
      'a number min exceeds max',
      withFields({ type: 'number', id: 'n', label: t('N'), min: 10, max: 1 }),
      'fields[0].min',
      'must not be larger than max',
    ],
    [
      'a date min is after max',
      withFields({ type: 'date', id: 'd', label: t('D'), min: '2027-01-01', max: '2026-01-01' }),
      'fields[0].min',
      'must not be after max',
    ],
    [
      'two options share a value',
      withFields(radioField('r', ['a', 'a'])),
      'fields[0].options[1].value',
      '"a" is used by another option; values must be unique',
    ],
    [
      'maxSelected exceeds the number of options',
      withFields({ ...radioField('c', ['a', 'b']), type: 'checkboxes', maxSelected: 3 }),
      'fields[0].maxSelected',
      'must not be larger than the number of options (2)',
    ],
    [
      'minSelected exceeds maxSelected',
      withFields({ ...radioField('c', ['a', 'b', 'c']), type: 'checkboxes', minSelected: 3, maxSelected: 2 }),
      'fields[0].minSelected',
      'must not be larger than maxSelected',
    ],
    [
      'no field takes an answer',
      withFields({ type: 'paragraph', text: t('Nur Text') }),
      'fields',
      'needs at least one field that takes an answer',
    ],
  ])('rejects a definition where %s', (_, value, path, message) => {
    expect(errorsOf(value)).toContainEqual({ path, message });
  });

  it('lets showIf depend on a scale value or a ticked consent', () => {
    const scale = { type: 'scale', id: 's', label: t('S'), minLabel: t('wenig'), maxLabel: t('viel') };
    const consent = { type: 'consent', id: 'ok', label: t('Einverstanden') };
    const value = withFields(
      scale,
      consent,
      textField('why', { showIf: { field: 's', equals: ['1', '2'] } }),
      textField('more', { showIf: { field: 'ok', equals: 'yes' } }),
    );
    expect(errorsOf(value)).toEqual([]);
  });
});
