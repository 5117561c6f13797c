import * as z from 'zod';
import { LOCALES, NATIVE_NAMES } from '../i18n/locales.ts';
import { consultationSchema } from './schema.ts';

export const DEFINITION_SCHEMA_ID = 'urn:mitwirken:consultation-definition';

/**
 * The JSON Schema of `forms/*.yaml`, generated from the zod schema, for editor autocomplete
 * (`# yaml-language-server: $schema=./schema.json`). Cross-field rules (translations, showIf
 * references) are only checked by `npm run forms:check`.
 */
export function definitionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(consultationSchema, {
    io: 'input',
    target: 'draft-7',
    // Cross-field rules (translations, references, quorum) cannot be expressed: forms:check covers them.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // Texts per language: spell out each language so editors can offer them as keys.
      if (zodSchema._zod.def.type !== 'record') return;
      const text = jsonSchema.additionalProperties;
      jsonSchema.properties = Object.fromEntries(
        LOCALES.map((locale) => [
          locale,
          { ...(typeof text === 'object' ? text : { type: 'string' }), description: NATIVE_NAMES[locale] },
        ]),
      );
      jsonSchema.additionalProperties = false;
      delete jsonSchema.propertyNames;
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: DEFINITION_SCHEMA_ID,
    title: 'Mitwirken consultation definition',
    description:
      'One public consultation: its texts in every language, its form fields, when it opens and closes, and how long personal data is kept. See forms/README.md.',
    ...rest,
  };
}
