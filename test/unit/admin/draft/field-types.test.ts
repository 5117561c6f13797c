import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, fieldDefault, fieldKeysOf } from '../../../../shared/admin/draft/index.ts';
import { consultationSchema, type FieldType } from '../../../../shared/definition/schema.ts';
import { aConsultation } from '../../../support/consultation-factory.ts';

describe('fieldDefault', () => {
  it('gives the value the format fills in for a key a field leaves out', () => {
    expect(fieldDefault('text', 'maxLength')).toEqual({ value: 200 });
    expect(fieldDefault('textarea', 'maxLength')).toEqual({ value: 5000 });
    expect(fieldDefault('scale', 'max')).toEqual({ value: 5 });
    expect(fieldDefault('radio', 'required')).toEqual({ value: false });
  });

  it('gives nothing for a key without a default, and for a key the type does not have', () => {
    expect(fieldDefault('number', 'min')).toBeUndefined();
    expect(fieldDefault('text', 'label')).toBeUndefined();
    expect(fieldDefault('heading', 'maxLength')).toBeUndefined();
  });

  it('agrees with what parsing fills in, for every key of every type', () => {
    for (const type of FIELD_TYPES) {
      for (const key of fieldKeysOf(type)) {
        const fallback = fieldDefault(type, key);
        if (!fallback) continue;
        const field = minimalField(type);
        delete field[key];
        const parsed = consultationSchema.parse({ ...aConsultation('defaults'), fields: [field] });

        expect((parsed.fields[0] as Record<string, unknown>)[key], `${type}.${key}`).toEqual(fallback.value);
      }
    }
  });
});

/** The smallest valid field of a type: the keys every type needs, and options for choice types. */
function minimalField(type: FieldType): Record<string, unknown> {
  const text = { de: 'Text', en: 'Text' };
  const field: Record<string, unknown> = { type, id: 'f' };
  const keys = fieldKeysOf(type);
  if (keys.includes('label')) field.label = text;
  if (keys.includes('text')) field.text = text;
  if (keys.includes('options'))
    field.options = [
      { value: 'a', label: text },
      { value: 'b', label: text },
    ];
  if (keys.includes('minLabel')) field.minLabel = text;
  if (keys.includes('maxLabel')) field.maxLabel = text;
  return field;
}
