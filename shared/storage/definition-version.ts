import { createHash } from 'node:crypto';
import { type Consultation, consultationSchema } from '../definition/schema.ts';

/**
 * JSON with object keys sorted at every level, so the same definition always gives the same text
 * (and the same version) whatever the key order of the YAML it came from.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** The definition as stored: canonical JSON without the editor-only `$schema` hint. */
export function storedDefinitionText(definition: Consultation): string {
  const { $schema: _editorHint, ...rest } = definition;
  return canonicalJson(rest);
}

/** Content version of a definition: the first 12 hex digits of the SHA-256 of its stored text. */
export function versionOfDefinitionText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/**
 * The version a draft would be published as, or undefined while it does not pass consultationSchema:
 * compared with the published version, it tells whether the draft says something new.
 */
export function draftVersionOf(draft: Record<string, unknown>): string | undefined {
  const parsed = consultationSchema.safeParse(draft);
  return parsed.success ? versionOfDefinitionText(storedDefinitionText(parsed.data)) : undefined;
}

/** Pattern of a definition version, to reject junk (e.g. a forged `_v`) before any lookup. */
export const DEFINITION_VERSION_PATTERN = /^[0-9a-f]{12}$/;
