import { isDeepStrictEqual } from 'node:util';
import { isLocale } from '../../i18n/locales.ts';
import { isRecord, valueAt } from './path.ts';

/**
 * The one sentence the change log keeps for an edit of a draft, e.g.
 * `Settings: changed closes; Fields: added "age_group" (radio), removed "email"; Workflow: added stage "council"`.
 * Plain text (the views escape it), at most MAX_SUMMARY_LENGTH characters.
 */

export const MAX_SUMMARY_LENGTH = 300;

const TEXTS = ['title', 'intro', 'thankYou'];
const HANDLED = new Set(['id', ...TEXTS, 'fields', 'workflow']);

/** What changed between two versions of a draft, section by section; "No changes" when nothing did. */
export function describeDraftChange(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const sections = [
    section('Settings', settingsChanges(before, after)),
    section('Texts', textChanges(before, after)),
    section('Fields', listChanges(valueAt(before, ['fields']), valueAt(after, ['fields']), fieldName)),
    section('Workflow', workflowChanges(valueAt(before, ['workflow']), valueAt(after, ['workflow']))),
  ].filter((text) => text !== '');
  const sentence = sections.join('; ') || 'No changes';
  return sentence.length <= MAX_SUMMARY_LENGTH ? sentence : `${sentence.slice(0, MAX_SUMMARY_LENGTH - 1)}…`;
}

function section(name: string, changes: string[]): string {
  return changes.length ? `${name}: ${changes.join(', ')}` : '';
}

function settingsChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !HANDLED.has(key),
  );
  const changed = keys.filter((key) => !isDeepStrictEqual(before[key], after[key]));
  if (!changed.length) return [];
  return [
    `changed ${changed.map((key) => (key === 'contact' ? contactChange(before, after) : key)).join(', ')}`,
  ];
}

function contactChange(before: unknown, after: unknown): string {
  const email = !isDeepStrictEqual(
    valueAt(before, ['contact', 'email']),
    valueAt(after, ['contact', 'email']),
  );
  const languages = changedLanguages(
    valueAt(before, ['contact', 'name']),
    valueAt(after, ['contact', 'name']),
  );
  const parts = [email ? 'contact email' : '', languages ? `contact name (${languages})` : ''].filter(
    Boolean,
  );
  return parts.join(', ') || 'contact';
}

function textChanges(before: unknown, after: unknown): string[] {
  const changed = TEXTS.flatMap((key) => {
    const [a, b] = [valueAt(before, [key]), valueAt(after, [key])];
    if (isDeepStrictEqual(a, b)) return [];
    const languages = changedLanguages(a, b);
    return [languages ? `${key} (${languages})` : key];
  });
  return changed.length ? [`changed ${changed.join(', ')}`] : [];
}

/** The languages whose text differs, e.g. `de, en`; empty when the values are not texts per language. */
function changedLanguages(a: unknown, b: unknown): string {
  if ((a !== undefined && !isRecord(a)) || (b !== undefined && !isRecord(b))) return '';
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
  if (!keys.every(isLocale)) return '';
  return keys.filter((key) => valueAt(a, [key]) !== valueAt(b, [key])).join(', ');
}

function workflowChanges(before: unknown, after: unknown): string[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (after === undefined) return ['removed the approval workflow'];
  const changes = before === undefined ? ['added an approval workflow'] : [];
  changes.push(...listChanges(valueAt(before, ['stages']), valueAt(after, ['stages']), stageName));
  if (!isDeepStrictEqual(valueAt(before, ['notify']), valueAt(after, ['notify'])) && before !== undefined)
    changes.push('changed notifications');
  return changes.length ? changes : ['changed'];
}

type Namer = (item: unknown, added: boolean) => string;

function fieldName(field: unknown, added: boolean): string {
  const id = valueAt(field, ['id']);
  const type = valueAt(field, ['type']);
  const name = typeof id === 'string' ? `"${id}"` : `a ${typeof type === 'string' ? type : 'field'}`;
  return added && typeof id === 'string' && typeof type === 'string' ? `${name} (${type})` : name;
}

function stageName(stage: unknown): string {
  const id = valueAt(stage, ['id']);
  return `stage ${typeof id === 'string' ? `"${id}"` : 'without id'}`;
}

/**
 * Added, removed, changed and reordered entries of a list, matched by id (entries without one,
 * such as headings, by their type and place among those of their type).
 */
function listChanges(before: unknown, after: unknown, name: Namer): string[] {
  const a = keyed(before);
  const b = keyed(after);
  const changes: string[] = [];
  for (const [key, item] of b) if (!a.has(key)) changes.push(`added ${name(item, true)}`);
  for (const [key, item] of a) if (!b.has(key)) changes.push(`removed ${name(item, false)}`);
  for (const [key, item] of b) {
    const old = a.get(key);
    if (a.has(key) && !isDeepStrictEqual(old, item)) {
      const oldType = valueAt(old, ['type']);
      const newType = valueAt(item, ['type']);
      const retyped = oldType !== newType && typeof newType === 'string';
      changes.push(`changed ${name(item, false)}${retyped ? ` to ${newType}` : ''}`);
    }
  }
  const common = (list: Map<string, unknown>, other: Map<string, unknown>) =>
    [...list.keys()].filter((key) => other.has(key));
  if (!isDeepStrictEqual(common(a, b), common(b, a))) changes.push('changed the order');
  return changes;
}

function keyed(list: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (!Array.isArray(list)) return map;
  const seen = new Map<string, number>();
  for (const item of list) {
    const id = valueAt(item, ['id']);
    let key: string;
    if (typeof id === 'string' && id) key = `id:${id}`;
    else {
      const type = String(valueAt(item, ['type']) ?? '');
      const n = (seen.get(type) ?? 0) + 1;
      seen.set(type, n);
      key = `#${type}#${n}`;
    }
    // The same id twice (invalid, but possible in a draft): the second is told apart by its place.
    while (map.has(key)) key = `${key}'`;
    map.set(key, item);
  }
  return map;
}
