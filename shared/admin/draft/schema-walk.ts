import * as z from 'zod';
import { consultationSchema } from '../../definition/schema.ts';
import { isLocale, LOCALES, type Locale } from '../../i18n/locales.ts';
import { type DraftPath, isRecord, valueAt } from './path.ts';

/**
 * What the consultation schema says about a place in a draft: which zod schema describes it,
 * whether it may be left out, and where the texts in several languages are. Read from the schema
 * itself, so a new key or field type needs no second description here.
 */

type Schema = z.core.$ZodType;

/** Unwraps optional, default and preprocess wrappers, and picks a union member by the value's shape. */
export function resolveSchema(schema: Schema, value: unknown): Schema | undefined {
  let current: Schema = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap();
    else if (current instanceof z.ZodPipe) current = current.out;
    else if (current instanceof z.ZodDiscriminatedUnion) {
      const key = current.def.discriminator;
      const wanted = valueAt(value, [key]);
      const options: readonly Schema[] = current.options;
      const match = options.find((o) => o instanceof z.ZodObject && literalOf(o.shape[key]) === wanted);
      if (!match) return undefined;
      current = match;
    } else if (current instanceof z.ZodUnion) {
      const options: readonly Schema[] = current.options;
      const match = options.find((o) =>
        isRecord(value) ? o instanceof z.ZodObject : !(o instanceof z.ZodObject),
      );
      if (!match) return undefined;
      current = match;
    } else return current;
  }
}

/** The schema of one key or index inside a resolved container schema (still wrapped). */
export function childSchema(container: Schema | undefined, segment: string | number): Schema | undefined {
  if (container instanceof z.ZodObject)
    return typeof segment === 'string' && Object.hasOwn(container.shape, segment)
      ? container.shape[segment]
      : undefined;
  if (container instanceof z.ZodArray) return typeof segment === 'number' ? container.element : undefined;
  if (container instanceof z.ZodRecord) return typeof segment === 'string' ? container.valueType : undefined;
  return undefined;
}

/** The schema at `path` of `draft`, as declared (optional/default wrappers kept); undefined when unknown. */
export function schemaAt(path: readonly (string | number)[], draft: unknown): Schema | undefined {
  let schema: Schema | undefined = consultationSchema;
  for (let i = 0; i < path.length && schema; i++) {
    const container = resolveSchema(schema, valueAt(draft, path.slice(0, i)));
    schema = childSchema(container, path[i] as string | number);
  }
  return schema;
}

/**
 * Whether the consultation schema knows `path` in `draft`: every key is one its object declares,
 * every record key one its key type allows (a language code for texts), every index in a list,
 * and a union's member can be chosen by the draft's value there. Inputs at other places are not
 * kept, so a post cannot grow a draft with keys nothing reads.
 */
export function isKnownPath(path: readonly (string | number)[], draft: unknown): boolean {
  let schema: Schema | undefined = consultationSchema;
  for (let i = 0; i < path.length; i++) {
    if (!schema) return false;
    const container = resolveSchema(schema, valueAt(draft, path.slice(0, i)));
    const segment = path[i] as string | number;
    if (container instanceof z.ZodRecord && !z.safeParse(container.keyType, segment).success) return false;
    schema = childSchema(container, segment);
  }
  return schema !== undefined;
}

/** The schema at `path` with its wrappers removed, chosen by the draft's value there. */
export function resolvedSchemaAt(path: readonly (string | number)[], draft: unknown): Schema | undefined {
  const schema = schemaAt(path, draft);
  return schema && resolveSchema(schema, valueAt(draft, path));
}

/** True when a value may be left out (optional, or filled in by a default). */
export function isOptionalSchema(schema: Schema | undefined): boolean {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;
}

/** True for the text-per-language record (`{ de: …, en: … }`). */
export function isLocalizedSchema(schema: Schema | undefined): boolean {
  if (!(schema instanceof z.ZodRecord) || !(schema.keyType instanceof z.ZodEnum)) return false;
  const keys: readonly unknown[] = schema.keyType.options;
  return keys.length === LOCALES.length && LOCALES.every((l) => keys.includes(l));
}

/** The default a schema fills in when the value is left out, or undefined when it has none. */
export function defaultOf(schema: Schema | undefined): { value: unknown } | undefined {
  return schema instanceof z.ZodDefault ? { value: schema.def.defaultValue } : undefined;
}

/** The draft's declared languages that are valid locale codes, each once, in the draft's order. */
export function declaredLanguages(draft: unknown): Locale[] {
  const languages = valueAt(draft, ['languages']);
  if (!Array.isArray(languages)) return [];
  const seen = new Set<Locale>();
  for (const language of languages)
    if (typeof language === 'string' && isLocale(language)) seen.add(language);
  return [...seen];
}

/** A text in several languages that the draft has, or must have. */
export interface LocalizedText {
  path: DraftPath;
  /** What the draft holds there (may be absent or not an object at all). */
  value: unknown;
}

/**
 * Every place where the draft has, or must have, a text per language: required texts even when
 * missing (also inside a missing required block such as `contact`), optional ones (a field's
 * hint) only when present. In the order of the schema.
 */
export function localizedTextsOf(draft: unknown): LocalizedText[] {
  const texts: LocalizedText[] = [];
  const walk = (schema: Schema, value: unknown, path: DraftPath) => {
    if (value === undefined && isOptionalSchema(schema)) return;
    const resolved = resolveSchema(schema, value);
    if (!resolved) return;
    if (isLocalizedSchema(resolved)) {
      texts.push({ path, value });
      return;
    }
    if (resolved instanceof z.ZodObject && (value === undefined || isRecord(value))) {
      const shape: Record<string, Schema> = resolved.shape;
      for (const [key, child] of Object.entries(shape)) walk(child, valueAt(value, [key]), [...path, key]);
    } else if (resolved instanceof z.ZodArray && Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(resolved.element, item, [...path, i]);
      });
    }
  };
  walk(consultationSchema, draft, []);
  return texts;
}

/** Whether a text has a non-blank value in `language`. */
export function hasText(text: unknown, language: Locale): boolean {
  const value = valueAt(text, [language]);
  return typeof value === 'string' && value.trim() !== '';
}

function literalOf(schema: unknown): unknown {
  return schema instanceof z.ZodLiteral ? schema.value : undefined;
}
