import type { Consultation, Localized } from '../definition/schema.ts';
import { SUBMISSION_TOTAL_COUNTER } from '../storage/keys.ts';
import { type CountedField, isCountedField } from './counted.ts';

/** One answer of a counted question: its label (a definition text or the scale's number), its count and share. */
export interface TallyRow {
  value: string;
  /** Definition text, or undefined for a plain scale number (shown as the number itself). */
  label: Localized | undefined;
  count: number;
  /** count ÷ participants, 0 without participants; checkboxes may add up to more than 1. */
  share: number;
}

export interface FieldTally {
  field: CountedField;
  rows: TallyRow[];
}

/**
 * Per public counted field of the definition (publicResultFields), every answer it offers (also those nobody chose) with its
 * count from the result counters (`<fieldId>#<value>`) and its share of all participants. Only the
 * answers the definition offers are shown: a value counted under an earlier version is left out of
 * public results rather than shown without a label.
 */
export function tallyResults(
  definition: Consultation,
  counts: Readonly<Record<string, number>>,
): {
  participants: number;
  fields: FieldTally[];
} {
  const participants = counts[SUBMISSION_TOTAL_COUNTER] ?? 0;
  const fields = publicResultFields(definition).map((field) => {
    const count = (value: string) => Math.max(0, counts[`${field.id}#${value}`] ?? 0);
    const row = (value: string, label: Localized | undefined): TallyRow => {
      const n = count(value);
      return { value, label, count: n, share: participants > 0 ? n / participants : 0 };
    };
    return { field, rows: rowsOf(field, row) };
  });
  return { participants, fields };
}

/**
 * The questions whose counts may be public: counted, not personal, and listed in `results.fields`
 * when the definition lists any.
 */
export function publicResultFields(definition: Consultation): CountedField[] {
  const listed = definition.results?.fields;
  return definition.fields
    .filter(isCountedField)
    .filter((field) => !field.personal && (listed === undefined || listed.includes(field.id)));
}

function rowsOf(field: CountedField, row: (value: string, label: Localized | undefined) => TallyRow) {
  switch (field.type) {
    case 'radio':
    case 'select':
    case 'checkboxes':
      return field.options.map((option) => row(option.value, option.label));
    case 'scale':
      return Array.from({ length: Math.max(0, field.max - field.min + 1) }, (_, i) => {
        const n = field.min + i;
        return row(
          String(n),
          n === field.min ? field.minLabel : n === field.max ? field.maxLabel : undefined,
        );
      });
    case 'consent':
      return [row('yes', field.label)];
    default:
      return field satisfies never;
  }
}
