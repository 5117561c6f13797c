import type * as z from 'zod';

/**
 * Opaque page cursors: base64url JSON, parsed with a zod schema when they come back (they come from
 * browsers: never trusted). Anything that does not parse is no cursor at all.
 */

const MAX_CURSOR_LENGTH = 2000;

/** The cursor text of a value. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The value of a cursor made by encodeCursor, or undefined for anything else. */
export function decodeCursor<T>(schema: z.ZodType<T>, cursor: string): T | undefined {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined; // not JSON: a made-up or truncated cursor, an expected failure
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** Checks a page size: an integer from 1 to `max` (a bug in the caller otherwise). */
export function assertPageLimit(limit: number, max: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new RangeError(`limit must be an integer from 1 to ${max}, got ${limit}`);
  }
}
