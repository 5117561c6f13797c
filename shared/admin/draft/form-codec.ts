import type { FormBody } from '../../answers/types.ts';
import {
  type DraftPath,
  formatDraftPath,
  isRecord,
  isSafePath,
  parseDraftPath,
  removeAt,
  setAt,
  valueAt,
} from './path.ts';
import {
  declaredLanguages,
  isKnownPath,
  isOptionalSchema,
  localizedTextsOf,
  schemaAt,
} from './schema-walk.ts';

/**
 * The editor's inputs are named after the place in the draft they edit, with a prefix for how to
 * read the value: `t:fields.2.label.en` (text), `n:retentionDays` (number), `b:fields.0.required`
 * (true/false), `l:languages` (a list of all values posted under that name). A post is read back
 * into the draft by readDraftForm; the views name their inputs with inputName and inputId.
 */

/** How an input's value is read: text, number, boolean or list of texts. */
export type InputKind = 't' | 'n' | 'b' | 'l';

/** One input as the views post it. */
export interface FormInput {
  name: string;
  value: string;
}

/** Longest value kept from one input (the longest text the format allows is 20,000 characters). */
export const MAX_VALUE_LENGTH = 20_000;
/** Most entries kept from one list input. */
export const MAX_LIST_ENTRIES = 100;

const KINDS: ReadonlySet<string> = new Set<InputKind>(['t', 'n', 'b', 'l']);
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The input name for a place in the draft, e.g. `t:fields.2.label.en`; throws for a path no post could use. */
export function inputName(kind: InputKind, path: readonly (string | number)[]): string {
  if (!path.length || !isSafePath(path) || path[0] === 'id')
    throw new Error(`Not an editable draft path: ${JSON.stringify(path)}`);
  return `${kind}:${formatDraftPath(path)}`;
}

/** The HTML id of the input for a place in the draft, e.g. `f-fields-2-label-en` (errors link to it). */
export function inputId(path: readonly (string | number)[]): string {
  return `f-${path.map((segment) => String(segment).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}

/**
 * The inputs that post `value` (at `path`) back unchanged: texts as `t:`, numbers as `n:`, booleans
 * as `b:`, lists of texts as `l:` (one input per entry; an empty list as one empty input), objects
 * and other lists key by key. The consultation's `id` is left out: it cannot be changed.
 */
export function formInputsOf(value: unknown, path: readonly (string | number)[] = []): FormInput[] {
  if (path[0] === 'id') return [];
  if (typeof value === 'string') return [{ name: inputName('t', path), value }];
  if (typeof value === 'number') return [{ name: inputName('n', path), value: String(value) }];
  if (typeof value === 'boolean') return [{ name: inputName('b', path), value: String(value) }];
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) {
      const name = inputName('l', path);
      return value.length ? value.map((item) => ({ name, value: item })) : [{ name, value: '' }];
    }
    return value.flatMap((item, i) => formInputsOf(item, [...path, i]));
  }
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, item]) => formInputsOf(item, [...path, key]));
  return [];
}

type Input = { kind: InputKind; path: DraftPath; values: string[] };

/**
 * Applies posted inputs to a copy of the draft. `t:` texts are trimmed and an empty one removes
 * the key; `n:` numbers become numbers, an empty one removes the key, anything else stays as text
 * so the validation can say "Enter a number"; `b:` is true when any value is 'true', false when
 * one is 'false', removed when it is empty (not set); `l:` lists keep the non-empty values (a checkbox group posts one hidden empty
 * value, so ticking nothing clears the list). Names that are not of this form, paths that are not
 * plain keys and indexes, places the consultation schema does not know (an unknown key, a record
 * key that is not a language, a key inside a field whose type is unknown) and the consultation's `id` are
 * ignored, so repeated posts cannot grow a draft with data nothing reads. A block left empty that the
 * format does not require (a hint, a pattern, a condition) disappears. Posting `l:languages`
 * also removes the texts in languages no longer listed, so the editor never keeps texts it cannot show.
 */
export function readDraftForm(draft: Record<string, unknown>, body: FormBody): Record<string, unknown> {
  const next = structuredClone(draft);
  const inputs = Object.entries(body).flatMap(([name, raw]) => {
    const input = parseInput(name, raw);
    return input ? [input] : [];
  });
  // Sorted by path so that list entries are appended in order whatever order the body had.
  inputs.sort((a, b) => comparePaths(a.path, b.path));
  // A place is known by the draft with every input applied: a field's posted type chooses its keys.
  const tentative = structuredClone(draft);
  for (const input of inputs) apply(tentative, input);
  for (const input of inputs) if (isKnownPath(input.path, tentative)) apply(next, input);
  if (inputs.some((input) => input.kind === 'l' && formatDraftPath(input.path) === 'languages'))
    dropUndeclaredTexts(next);
  return next;
}

function parseInput(name: string, raw: string | string[]): Input | undefined {
  const colon = name.indexOf(':');
  const kind = name.slice(0, colon);
  if (colon < 0 || !KINDS.has(kind)) return undefined;
  const path = parseDraftPath(name.slice(colon + 1));
  if (!path || path[0] === 'id') return undefined;
  return { kind: kind as InputKind, path, values: Array.isArray(raw) ? raw : [raw] };
}

function apply(draft: Record<string, unknown>, { kind, path, values }: Input): void {
  const cap = (text: string) => text.trim().slice(0, MAX_VALUE_LENGTH);
  const last = cap(values[values.length - 1] ?? '');
  switch (kind) {
    case 't':
      if (last === '') remove(draft, path);
      else setAt(draft, path, last);
      return;
    case 'n':
      if (last === '') remove(draft, path);
      else setAt(draft, path, NUMBER.test(last) && Number.isFinite(Number(last)) ? Number(last) : last);
      return;
    case 'b':
      if (values.includes('true')) setAt(draft, path, true);
      else if (values.includes('false')) setAt(draft, path, false);
      // A choice of "not set" (a select's empty option): the format's default applies.
      else if (values.every((value) => value.trim() === '')) remove(draft, path);
      return;
    case 'l':
      setAt(draft, path, values.map(cap).filter(Boolean).slice(0, MAX_LIST_ENTRIES));
      return;
    default:
      kind satisfies never;
  }
}

/** Removes a key, then every enclosing block it leaves empty that the format lets one leave out. */
function remove(draft: Record<string, unknown>, path: DraftPath): void {
  if (!removeAt(draft, path)) return;
  for (let end = path.length - 1; end > 0; end--) {
    const parent = path.slice(0, end);
    const value = valueAt(draft, parent);
    if (!isRecord(value) || Object.keys(value).length || typeof parent[parent.length - 1] !== 'string')
      return;
    if (!isOptionalSchema(schemaAt(parent, draft))) return;
    removeAt(draft, parent);
  }
}

function dropUndeclaredTexts(draft: Record<string, unknown>): void {
  const declared: ReadonlySet<string> = new Set(declaredLanguages(draft));
  if (!declared.size) return;
  for (const { path, value } of localizedTextsOf(draft)) {
    if (!isRecord(value)) continue;
    for (const language of Object.keys(value))
      if (!declared.has(language)) remove(draft, [...path, language]);
  }
}

function comparePaths(a: DraftPath, b: DraftPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i] as string | number, b[i] as string | number];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
