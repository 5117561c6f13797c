import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaFileText } from '../../../infra/tools/forms-schema.ts';
import { definitionJsonSchema } from '../../../shared/definition/json-schema.ts';
import { LOCALES } from '../../../shared/i18n/locales.ts';

type Json = Record<string, any>;
const schema = definitionJsonSchema() as Json;
const fieldVariants: Json[] = schema.properties.fields.items.oneOf;

describe('definitionJsonSchema', () => {
  it('is what forms/schema.json contains (run `npm run forms:schema` after changing the zod schema)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(schemaFileText());
  });

  it('identifies itself and names its draft', () => {
    expect(schema).toMatchObject({
      $id: expect.any(String),
      title: expect.any(String),
      $schema: expect.stringContaining('draft-07'),
    });
  });

  it('offers every field type', () => {
    expect(fieldVariants.map((v) => v.properties.type.const)).toEqual([
      'heading',
      'paragraph',
      'text',
      'textarea',
      'email',
      'phone',
      'number',
      'date',
      'radio',
      'checkboxes',
      'select',
      'scale',
      'consent',
    ]);
  });

  it('describes each field type and the top-level keys for editor tooltips', () => {
    for (const variant of fieldVariants) expect(variant.description).toEqual(expect.any(String));
    for (const key of ['id', 'slug', 'languages', 'opens', 'closes', 'retentionDays']) {
      expect(schema.properties[key].description, key).toEqual(expect.any(String));
    }
  });

  it('lists the languages as keys of a text so editors can complete them', () => {
    expect(Object.keys(schema.properties.title.properties)).toEqual([...LOCALES]);
    expect(schema.properties.title.additionalProperties).toBe(false);
  });

  it('marks defaults as optional input', () => {
    const text = fieldVariants.find((v) => v.properties.type.const === 'text') as Json;
    expect(text.required).toEqual(['type', 'id', 'label']);
    expect(text.properties.maxLength.default).toBe(200);
    expect(schema.required).not.toContain('defaultLanguage');
  });
});
