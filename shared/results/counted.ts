import { COUNTED_FIELD_TYPES, type Field } from '../definition/schema.ts';

export { COUNTED_FIELD_TYPES };
export type CountedFieldType = (typeof COUNTED_FIELD_TYPES)[number];
export type CountedField = Extract<Field, { type: CountedFieldType }>;

const COUNTED: ReadonlySet<string> = new Set(COUNTED_FIELD_TYPES);

/** True for a field whose answers have result counters. */
export function isCountedField(field: Field): field is CountedField {
  return COUNTED.has(field.type);
}

/** The counter value of one answer: the option, the scale number, `yes` for a ticked consent. */
export function counterValues(value: unknown): string[] {
  if (value === true) return ['yes'];
  return [value]
    .flat()
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map(String);
}
