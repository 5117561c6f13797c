/**
 * Paths into a draft (`['fields', 2, 'label', 'en']`) and the few safe ways to read and write them.
 * Drafts are built from posted form names, so every segment is checked: plain identifiers and small
 * array indexes only, never a key that reaches an object's prototype.
 */

/** A place in a draft: object keys and array indexes, e.g. `['fields', 2, 'label', 'en']`. */
export type DraftPath = (string | number)[];

const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;
const INDEX = /^(?:0|[1-9][0-9]{0,3})$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any place in the consultation format (`workflow.stages.0.approvers.1.email` is 6). */
export const MAX_PATH_DEPTH = 8;
/** Larger indexes would let one posted name create a huge sparse array. */
export const MAX_INDEX = 9999;

/** True for an object key a draft may have: a plain identifier (locale codes included), no prototype keys. */
export function isSafeKey(segment: string): boolean {
  return KEY.test(segment) && !FORBIDDEN.has(segment);
}

/** True for a segment a draft path may have. */
export function isSafeSegment(segment: string | number): boolean {
  return typeof segment === 'number'
    ? Number.isInteger(segment) && segment >= 0 && segment <= MAX_INDEX
    : isSafeKey(segment);
}

/** Parses a dotted path (`fields.2.label.en`), or undefined when any segment is not safe. */
export function parseDraftPath(text: string): DraftPath | undefined {
  const segments = text.split('.');
  if (segments.length > MAX_PATH_DEPTH) return undefined;
  const path: DraftPath = [];
  for (const segment of segments) {
    if (INDEX.test(segment)) path.push(Number(segment));
    else if (isSafeKey(segment)) path.push(segment);
    else return undefined;
  }
  return path;
}

/** True for a path whose every segment is safe (and that is not too deep). */
export function isSafePath(path: readonly (string | number)[]): boolean {
  return path.length <= MAX_PATH_DEPTH && path.every(isSafeSegment);
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, reading own properties only; undefined when any step is missing. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(node) || segment >= node.length) return undefined;
      node = node[segment];
    } else {
      if (!isRecord(node) || !Object.hasOwn(node, segment)) return undefined;
      node = node[segment];
    }
  }
  return node;
}

/**
 * Sets `value` at `path`, creating missing objects and arrays on the way. An index may address an
 * existing element or append one (index = length); an existing array is never turned into an
 * object or the other way round. False, and nothing changed, when the path cannot be written.
 */
export function setAt(
  root: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): boolean {
  if (!path.length || !isSafePath(path)) return false;
  let node: unknown = root;
  let i = 0;
  for (; i < path.length - 1; i++) {
    const child = valueAt(node, [path[i] as string | number]);
    if (!fits(child, path[i + 1])) {
      if (typeof child === 'object' && child !== null) return false;
      break;
    }
    node = child;
  }
  // What is missing is built apart and attached in one step, so a refused path changes nothing.
  let subtree = value;
  for (let j = path.length - 1; j > i; j--) {
    const segment = path[j] as string | number;
    if (typeof segment === 'number') {
      if (segment !== 0) return false;
      subtree = [subtree];
    } else subtree = { [segment]: subtree };
  }
  const segment = path[i] as string | number;
  if (typeof segment === 'number') {
    if (!Array.isArray(node) || segment > node.length) return false;
    node[segment] = subtree;
  } else {
    if (!isRecord(node)) return false;
    node[segment] = subtree;
  }
  return true;
}

/** Removes the object key at `path`; array elements are never removed this way (indexes would shift). */
export function removeAt(root: Record<string, unknown>, path: readonly (string | number)[]): boolean {
  const key = path[path.length - 1];
  const parent = valueAt(root, path.slice(0, -1));
  if (typeof key !== 'string' || !isRecord(parent) || !Object.hasOwn(parent, key)) return false;
  delete parent[key];
  return true;
}

/** Whether an existing value can hold the next segment (an array for an index, an object for a key). */
function fits(value: unknown, next: string | number | undefined): boolean {
  return typeof next === 'number' ? Array.isArray(value) : isRecord(value);
}

/** `['fields', 2, 'label']` → `fields.2.label`: the same text parseDraftPath reads. */
export function formatDraftPath(path: readonly (string | number)[]): string {
  return path.join('.');
}
