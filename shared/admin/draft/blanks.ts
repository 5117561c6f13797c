import type { FieldType } from '../../definition/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fieldKeySchema, fieldKeysOf, isRequiredKey } from './field-types.ts';
import { isRecord, valueAt } from './path.ts';
import { declaredLanguages, isLocalizedSchema } from './schema-walk.ts';

/**
 * The empty parts the editor adds: a field of a type, an answer option, a stage, an approver. They
 * have every key the format requires, with empty texts for each declared language, so the editor
 * shows an input for each and the validation says what is still to fill in.
 */

/** `{ de: '', en: '' }` for the draft's declared languages. */
export function emptyText(draft: unknown): Partial<Record<Locale, string>> {
  return Object.fromEntries(declaredLanguages(draft).map((language) => [language, '']));
}

/** `<prefix>_<n>` with the smallest n ≥ `from` that is not taken. */
export function uniqueId(prefix: string, taken: ReadonlySet<unknown>, from: number): string {
  let n = Math.max(1, from);
  while (taken.has(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}

/** The ids of a list of objects (fields, options' values, stages). */
export function idsOf(items: unknown, key = 'id'): Set<unknown> {
  return new Set(Array.isArray(items) ? items.map((item) => valueAt(item, [key])) : []);
}

/** A new answer option with a value unique among `options` and an empty label. */
export function newOption(draft: unknown, options: unknown): Record<string, unknown> {
  const count = Array.isArray(options) ? options.length : 0;
  return { value: uniqueId('option', idsOf(options, 'value'), count + 1), label: emptyText(draft) };
}

/**
 * A new field of `type` with every required key: a fresh id (`field_3`) for fields that take an
 * answer (numbered by its place, `position` from 0), empty texts, and two options for choice
 * fields. `keep` holds keys to start from.
 */
export function newField(
  draft: unknown,
  type: FieldType,
  keep: Record<string, unknown> = {},
  position?: number,
): Record<string, unknown> {
  const fields = valueAt(draft, ['fields']);
  const place = position ?? (Array.isArray(fields) ? fields.length : 0);
  const field: Record<string, unknown> = { type };
  for (const key of fieldKeysOf(type)) {
    if (key === 'type') continue;
    if (keep[key] !== undefined) field[key] = keep[key];
    else if (isRequiredKey(type, key)) {
      const blank = blankFor(draft, type, key, fields, place);
      if (blank !== undefined) field[key] = blank;
    }
  }
  return field;
}

function blankFor(draft: unknown, type: FieldType, key: string, fields: unknown, place: number): unknown {
  if (key === 'id') return uniqueId('field', idsOf(fields), place + 1);
  if (key === 'options') {
    const first = newOption(draft, []);
    return [first, newOption(draft, [first])];
  }
  if (isLocalizedSchema(fieldKeySchema(type, key))) return emptyText(draft);
  return undefined;
}

/** The language a new approver starts with: the default language when declared, else the first. */
function startLanguage(draft: unknown): Locale {
  const declared = declaredLanguages(draft);
  const preferred = valueAt(draft, ['defaultLanguage']);
  return declared.find((l) => l === preferred) ?? declared[0] ?? 'de';
}

/** A new approver with empty address and name. */
export function newApprover(draft: unknown): Record<string, unknown> {
  return { email: '', name: '', language: startLanguage(draft) };
}

/** A new stage with a unique id (`stage_2`), an empty name, one empty approver and rule `any`. */
export function newStage(draft: unknown, stages: unknown): Record<string, unknown> {
  const count = Array.isArray(stages) ? stages.length : 0;
  return {
    id: uniqueId('stage', idsOf(stages), count + 1),
    name: emptyText(draft),
    approvers: [newApprover(draft)],
    rule: 'any',
  };
}

/** The list at `key` of a plain object, or undefined. */
export function listAt(container: unknown, key: string): unknown[] | undefined {
  const list = isRecord(container) ? container[key] : undefined;
  return Array.isArray(list) ? list : undefined;
}
