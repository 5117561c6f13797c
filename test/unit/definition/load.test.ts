import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DefinitionError,
  loadDefinitionsFromDir,
  parseDefinitionYaml,
} from '../../../shared/definition/load.ts';
import { definition, positionOf, radioField, t, textField, yamlOf } from './factory.ts';

function errorsOf(text: string): DefinitionError[] {
  const result = parseDefinitionYaml(text, 'form.yaml');
  if (result.ok) throw new Error('expected the definition to be rejected');
  return result.errors;
}

describe('parseDefinitionYaml', () => {
  it('returns the definition with defaults applied', () => {
    const result = parseDefinitionYaml(yamlOf(definition()), 'form.yaml');
    expect(result.ok && result.definition.fields[1]).toMatchObject({
      required: false,
      personal: false,
      maxLength: 200,
    });
  });

  it('locates a YAML syntax error at its line and column', () => {
    const text = 'id: x\nslug: x\ntitle:\n  de: "nicht geschlossen\n  en: Title\n';
    const [error, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: 'form.yaml', path: '' });
    expect(error?.message).toMatch(/^YAML syntax error: .*quote/);
    expect(error?.line).toBeGreaterThanOrEqual(4);
  });

  it('explains tabs used for indentation', () => {
    const [error] = errorsOf('id: x\ntitle:\n\tde: Titel\n');
    expect(error).toMatchObject({ line: 3, column: 1 });
    expect(error?.message).toContain('indent with spaces, not tabs');
  });

  it('points at an unknown field type, suggests the closest and lists all allowed types', () => {
    const text = yamlOf(definition({ fields: [radioField('r'), { type: 'txt', id: 'a', label: t('A') }] }));
    expect(errorsOf(text)).toEqual([
      {
        file: 'form.yaml',
        ...positionOf(text, 'txt'),
        path: 'fields[1].type',
        message:
          '"txt" is not a field type (did you mean "text"?); allowed types: heading, paragraph, text, textarea, email, phone, number, date, radio, checkboxes, select, scale, consent',
      },
    ]);
  });

  it('points at the field when its type is missing', () => {
    const text = yamlOf(definition({ fields: [{ id: 'a', label: t('A') }] }));
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ ...positionOf(text, 'id: a'), path: 'fields[0].type' });
    expect(error?.message).toMatch(
      /^is missing; every field needs a type; allowed types: heading, paragraph/,
    );
  });

  it('points at the key of a text that misses a translation', () => {
    const text = yamlOf(definition({ fields: [textField('a', { label: { de: 'Frage' } })] }));
    expect(errorsOf(text)).toEqual([
      {
        file: 'form.yaml',
        ...positionOf(text, 'label:'),
        path: 'fields[0].label',
        message: 'is missing the translation for "en"',
      },
    ]);
  });

  it('names an unknown key, suggests the closest and lists the allowed keys', () => {
    const text = yamlOf(definition({ fields: [textField('a', { requird: true })] }));
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ ...positionOf(text, 'requird'), path: 'fields[0].requird' });
    expect(error?.message).toBe(
      'unknown key "requird" (did you mean "required"?); allowed keys: type, id, label, hint, required, personal, showIf, minLength, maxLength, pattern, autocomplete',
    );
  });

  it('reports each unknown top-level key at its own line', () => {
    const text = yamlOf(definition({ colour: 'red', owner: 'x' }));
    expect(errorsOf(text).map((e) => [e.path, e.line])).toEqual([
      ['colour', positionOf(text, 'colour').line],
      ['owner', positionOf(text, 'owner').line],
    ]);
  });

  it('points at a showIf reference to a field that does not exist', () => {
    const text = yamlOf(
      definition({ fields: [radioField('r'), textField('b', { showIf: { field: 'rr', equals: 'ja' } })] }),
    );
    expect(errorsOf(text)).toEqual([
      {
        file: 'form.yaml',
        ...positionOf(text, 'rr'),
        path: 'fields[1].showIf.field',
        message: '"rr" is not the id of an earlier field',
      },
    ]);
  });

  it('points at the second of two fields with the same id', () => {
    const text = yamlOf(definition({ fields: [textField('same'), textField('same')] }));
    const { line, column } = positionOf(text, 'id: same', 1);
    expect(errorsOf(text)).toEqual([
      {
        file: 'form.yaml',
        line,
        column: column + 'id: '.length,
        path: 'fields[1].id',
        message: '"same" is used by another field; ids must be unique',
      },
    ]);
  });

  it('points at the parent key when a required key is missing', () => {
    const text = yamlOf(definition({ contact: { name: t('Team') } }));
    expect(errorsOf(text)).toEqual([
      {
        file: 'form.yaml',
        ...positionOf(text, 'contact:'),
        path: 'contact.email',
        message: 'is missing; it must be a text',
      },
    ]);
  });

  it('asks for quotes when a number stands where a text belongs', () => {
    const text = yamlOf(
      definition({
        fields: [
          {
            ...radioField('r'),
            options: [
              { value: 1, label: t('Eins') },
              { value: 'b', label: t('B') },
            ],
          },
        ],
      }),
    );
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ path: 'fields[0].options[0].value', ...positionOf(text, '1\n') });
    expect(error?.message).toBe('must be a text, not the number 1; put it in quotes: "1"');
  });

  it('lists the allowed values of an enum', () => {
    const text = yamlOf(definition({ languages: ['de', 'english'] }));
    expect(errorsOf(text)).toContainEqual({
      file: 'form.yaml',
      ...positionOf(text, 'english'),
      path: 'languages[1]',
      message: '"english" is not allowed; allowed: de, en, tr, ar, ru, uk, fa, de-x-ls',
    });
  });

  it('explains an unknown language key that comes from a comma inside braces', () => {
    const text = 'id: x\nslug: x\nlanguages: [de, en]\ntitle: { de: Kultur, Sport, en: Culture }\n';
    expect(errorsOf(text)).toContainEqual(
      expect.objectContaining({
        path: 'title.Sport',
        line: 4,
        message: expect.stringMatching(/not a language code.*comma in quotes$/),
      }),
    );
  });

  it('rejects an empty file', () => {
    expect(errorsOf('# nur ein Kommentar\n')).toEqual([
      {
        file: 'form.yaml',
        line: 1,
        column: 1,
        path: '',
        message: 'is empty; a definition starts with "id:"',
      },
    ]);
  });

  it('never throws, whatever the YAML contains', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const mutation = fc.record({
      key: fc.constantFrom(...Object.keys(definition()), 'extra'),
      value: fc.jsonValue(),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue(), leaf), (value) => {
        const result = parseDefinitionYaml(typeof value === 'string' ? value : yamlOf(value), 'f.yaml');
        return result.ok || result.errors.every((e) => e.line >= 1 && e.column >= 1 && e.message.length > 0);
      }),
    );
    fc.assert(
      fc.property(mutation, ({ key, value }) => {
        const result = parseDefinitionYaml(yamlOf(definition({ [key]: value })), 'f.yaml');
        return result.ok || result.errors.length > 0;
      }),
    );
  });
});

describe('loadDefinitionsFromDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mitwirken-forms-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads every .yaml and .yml file and ignores other files', async () => {
    await writeFile(join(dir, 'a.yaml'), yamlOf(definition({ id: 'a', slug: 'a' })));
    await writeFile(join(dir, 'b.yml'), yamlOf(definition({ id: 'b', slug: 'b' })));
    await writeFile(join(dir, 'schema.json'), '{}');
    const { definitions, errors } = await loadDefinitionsFromDir(dir);
    expect(errors).toEqual([]);
    expect(definitions.map((d) => [d.file, d.definition.id])).toEqual([
      [join(dir, 'a.yaml'), 'a'],
      [join(dir, 'b.yml'), 'b'],
    ]);
  });

  it('collects the errors of every file', async () => {
    await writeFile(join(dir, 'a.yaml'), yamlOf(definition({ id: 'a', slug: 'a', retentionDays: 0 })));
    await writeFile(join(dir, 'b.yaml'), 'id: [\n');
    const { definitions, errors } = await loadDefinitionsFromDir(dir);
    expect(definitions).toEqual([]);
    expect(errors.map((e) => e.file)).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yaml')]);
    expect(errors[0]).toMatchObject({ path: 'retentionDays', message: 'must be at least 1' });
  });

  it('rejects an id or slug that another file already uses, at the later file', async () => {
    const first = yamlOf(definition({ id: 'umfrage', slug: 'umfrage' }));
    const second = yamlOf(definition({ id: 'umfrage', slug: 'umfrage' }));
    await writeFile(join(dir, 'a.yaml'), first);
    await writeFile(join(dir, 'b.yaml'), second);
    const { definitions, errors } = await loadDefinitionsFromDir(dir);
    expect(definitions.map((d) => d.file)).toEqual([join(dir, 'a.yaml')]);
    expect(errors).toEqual([
      {
        file: join(dir, 'b.yaml'),
        ...positionOf(second, 'umfrage', 0),
        path: 'id',
        message: `"umfrage" is already the id of ${join(dir, 'a.yaml')}; every form needs its own id`,
      },
      {
        file: join(dir, 'b.yaml'),
        ...positionOf(second, 'umfrage', 1),
        path: 'slug',
        message: `"umfrage" is already the slug of ${join(dir, 'a.yaml')}; every form needs its own slug`,
      },
    ]);
  });
});
