import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isPair, isScalar, isSeq, type Scalar, visit, type YAMLMap } from 'yaml';
import type { Consultation } from '../../definition/schema.ts';
import { isLocale } from '../../i18n/locales.ts';
import { isRecord } from './path.ts';
import { declaredLanguages, defaultOf, schemaAt } from './schema-walk.ts';

/**
 * A consultation as a YAML file like the ones in forms/: the keys in the order of the guide
 * (forms/README.md), values the format fills in by itself left out, short texts on one line, long
 * ones folded. parseDefinitionYaml reads it back to the same consultation, so `forms:check`
 * accepts what staff export.
 */

/** The first line of every file in forms/: it turns on the editor help of the generated JSON Schema. */
export const SCHEMA_COMMENT = ' yaml-language-server: $schema=./schema.json';

const TOP = [
  '$schema',
  'id',
  'slug',
  'defaultLanguage',
  'languages',
  'opens',
  'closes',
  'retentionDays',
  'title',
  'intro',
  'thankYou',
  'contact',
  'fields',
  'workflow',
];
const FIELD = [
  'type',
  'id',
  'required',
  'personal',
  'showIf',
  'minLength',
  'maxLength',
  'min',
  'max',
  'integer',
  'rows',
  'minSelected',
  'maxSelected',
  'autocomplete',
  'pattern',
  'label',
  'hint',
  'text',
  'minLabel',
  'maxLabel',
  'options',
];
const STAGE = ['id', 'name', 'approvers', 'rule', 'decisions', 'onReject', 'remindAfterDays'];

/** Key order by the kind of block, found by the keys around it (`fields.3` is a field). */
function orderFor(path: readonly (string | number)[]): readonly string[] {
  const shape = path.map((segment) => (typeof segment === 'number' ? '#' : segment)).join('.');
  switch (shape) {
    case '':
      return TOP;
    case 'contact':
      return ['email', 'name'];
    case 'fields.#':
      return FIELD;
    case 'fields.#.options.#':
      return ['value', 'label'];
    case 'fields.#.showIf':
      return ['field', 'equals'];
    case 'fields.#.pattern':
      return ['regex', 'message'];
    case 'workflow':
      return ['stages', 'notify'];
    case 'workflow.stages.#':
      return STAGE;
    case 'workflow.stages.#.approvers.#':
      return ['email', 'name', 'language'];
    case 'workflow.notify':
      return ['submitter', 'department'];
    default:
      return [];
  }
}

/** Keys whose blank line before them groups the file like the examples in forms/. */
const SPACED = new Set(['opens', 'title', 'intro', 'thankYou', 'contact', 'fields', 'workflow']);
const LINE_WIDTH = 100;

/** The YAML text of a consultation (or of a draft, which is written as it is, unchecked). */
export function exportYaml(definition: Consultation | Record<string, unknown>): string {
  const root: Record<string, unknown> = { ...definition };
  const languages = declaredLanguages(root);
  const doc = new Document(arrange(root, [], root, languages));
  doc.commentBefore = SCHEMA_COMMENT;
  style(doc);
  return doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40 });
}

/** The value with keys in the guide's order, undefined values dropped, and defaults left out below the top level. */
function arrange(
  value: unknown,
  path: (string | number)[],
  root: Record<string, unknown>,
  languages: readonly string[],
): unknown {
  if (Array.isArray(value)) return value.map((item, i) => arrange(item, [...path, i], root, languages));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const localized = keys.length > 0 && keys.every(isLocale);
  const order = localized ? languages : orderFor(path);
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  const sorted = [...keys].sort((a, b) => rank(a) - rank(b));
  const out: Record<string, unknown> = {};
  for (const key of sorted) {
    const item = value[key];
    if (item === undefined) continue;
    const at = [...path, key];
    const fallback = at.length > 1 ? defaultOf(schemaAt(at, root)) : undefined;
    if (fallback && isDeepStrictEqual(item, fallback.value)) continue;
    out[key] = arrange(item, at, root, languages);
  }
  return out;
}

/** One line for short lists and blocks of plain values, folded lines for long texts, blank lines between parts. */
function style(doc: Document): void {
  visit(doc, {
    Pair(_, pair, path) {
      const key = pair.key;
      if (isScalar(key) && path.length === 2 && SPACED.has(String(key.value))) key.spaceBefore = true;
    },
    Seq(_, seq, path) {
      const plain = seq.items.every(
        (item) => isScalar(item) && typeof item.value === 'string' && !item.value.includes('\n'),
      );
      if (plain) seq.flow = lineStart(path) + flowWidth(seq.items as Scalar[]) <= LINE_WIDTH;
      else if (SPACED_LISTS.has(keysOf(path)))
        for (const item of seq.items.slice(1)) if (isMap(item)) item.spaceBefore = true;
    },
    Map(_, map, path) {
      if (path.length <= 1) return;
      // Entries of one list are written alike: all on one line each, or all as blocks.
      map.flow = siblingsOf(map, path).every((item) => !isMap(item) || fitsOnOneLine(item, path));
    },
  });
  visit(doc, {
    Scalar(_, scalar, path) {
      const parent = path[path.length - 1];
      if (!isPair(parent) || parent.key === scalar || typeof scalar.value !== 'string') return;
      if (path.some((node) => (isMap(node) || isSeq(node)) && node.flow) || scalar.value.includes('\n'))
        return;
      if (lineStart(path) + shown(scalar).length > LINE_WIDTH) scalar.type = 'BLOCK_FOLDED';
    },
  });
}

/**
 * The maps written alike with this one: the entries of its list, or the same key of each entry of
 * the list around it (the labels of all options of a field).
 */
function siblingsOf(map: YAMLMap, path: readonly unknown[]): unknown[] {
  const [list, entry, pair] = path.slice(-3);
  const parent = path[path.length - 1];
  if (isSeq(parent)) return parent.items;
  if (isSeq(list) && isMap(entry) && isPair(pair) && isScalar(pair.key)) {
    const key = pair.key.value;
    return list.items.map((item) => (isMap(item) ? item.get(key, true) : undefined));
  }
  return [map];
}

/** True when a block of plain values, written `{ key: value, … }`, fits on its line. */
function fitsOnOneLine(map: YAMLMap, path: readonly unknown[]): boolean {
  const plain = map.items.every((pair) => isScalar(pair.value) && !String(pair.value.value).includes('\n'));
  if (!plain) return false;
  const parts = map.items.map(
    (pair) => `${String((pair.key as Scalar).value)}: ${shown(pair.value as Scalar)}`,
  );
  return lineStart(path) + flowWidth(parts) <= LINE_WIDTH;
}

/** Lists whose entries (fields, stages) are separated by a blank line, like in the examples. */
const SPACED_LISTS = new Set(['fields', 'workflow.stages']);

/** The keys leading to a node, e.g. `workflow.stages`. */
function keysOf(path: readonly unknown[]): string {
  return path
    .flatMap((node) => (isPair(node) && isScalar(node.key) ? [String(node.key.value)] : []))
    .join('.');
}

/** Where the value of a node starts on its line: its block's indentation plus `key: ` or `- `. */
function lineStart(path: readonly unknown[]): number {
  const blocks = path.filter((node) => isMap(node) || isSeq(node)).length;
  const parent = path[path.length - 1];
  const lead = isPair(parent) && isScalar(parent.key) ? String(parent.key.value).length + 2 : 2;
  return 2 * Math.max(0, blocks - 1) + lead;
}

/** The length of `{ a, b }` or `[ a, b ]` with these entries. */
function flowWidth(entries: readonly (Scalar | string)[]): number {
  const texts = entries.map((entry) => (typeof entry === 'string' ? entry : shown(entry)));
  return texts.reduce((sum, text) => sum + text.length, 0) + 2 * (texts.length - 1) + 4;
}

/** Roughly how a scalar is written: quoted when it has characters YAML treats specially. */
function shown(scalar: Scalar): string {
  const text = String(scalar.value);
  return /[:#,[\]{}&*!|>'"%@`]|^[-?\s]|\s$/.test(text) ? `"${text}"` : text;
}
