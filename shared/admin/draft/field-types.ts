import * as z from 'zod';
import { type FieldType, fieldSchema } from '../../definition/schema.ts';
import { defaultOf } from './schema-walk.ts';

/**
 * The field types and the keys each one has, read from `fieldSchema`'s members: the editor offers
 * exactly what the format accepts, and a new field type shows up here without being listed twice.
 */

type Schema = z.core.$ZodType;

const SHAPES: ReadonlyMap<FieldType, Readonly<Record<string, Schema>>> = new Map(
  fieldSchema.options.map((option) => [option.shape.type.value, option.shape as Record<string, Schema>]),
);

/** Every field type, in the order of the format (heading, paragraph, text, …). */
export const FIELD_TYPES: readonly FieldType[] = [...SHAPES.keys()];

/** True for a field type name. */
export function isFieldType(value: unknown): value is FieldType {
  return typeof value === 'string' && SHAPES.has(value as FieldType);
}

/** The keys a field of `type` may have (including `type`), in the schema's order. */
export function fieldKeysOf(type: FieldType): readonly string[] {
  return Object.keys(SHAPES.get(type) ?? {});
}

/** The schema of one key of a field type, or undefined when that type has no such key. */
export function fieldKeySchema(type: FieldType, key: string): Schema | undefined {
  const shape = SHAPES.get(type);
  return shape && Object.hasOwn(shape, key) ? shape[key] : undefined;
}

/**
 * The value the format fills in when a field of `type` leaves `key` out (e.g. maxLength 200), or
 * undefined when it fills in nothing: the editor tells staff what an empty input will mean.
 */
export function fieldDefault(type: FieldType, key: string): { value: unknown } | undefined {
  return defaultOf(fieldKeySchema(type, key));
}

/** True for types residents answer (not heading or paragraph): they have a label. */
export function takesAnswer(type: FieldType): boolean {
  return fieldKeysOf(type).includes('label');
}

/** True for types with answer options (radio, checkboxes, select). */
export function hasOptions(type: FieldType): boolean {
  return fieldKeysOf(type).includes('options');
}

/** True when the key must be given for the type (no default and not optional). */
export function isRequiredKey(type: FieldType, key: string): boolean {
  const schema = fieldKeySchema(type, key);
  return schema !== undefined && !(schema instanceof z.ZodOptional) && !(schema instanceof z.ZodDefault);
}
