/**
 * A draft is stored as one DynamoDB item (at most 400 KB with its keys and copied fields), so its
 * definition must stay well below that: every save and every create checks it before storing.
 */

/** The most bytes a draft's definition may take as JSON (UTF-8); the rest of the 400 KB item is headroom. */
export const MAX_DRAFT_BYTES = 300_000;

/** The bytes of a draft's definition as JSON in UTF-8 (close to what the stored item takes). */
export function draftBytes(definition: Record<string, unknown>): number {
  return new TextEncoder().encode(JSON.stringify(definition)).length;
}

/**
 * Why the draft cannot be stored, as a sentence for the staff member ("This consultation is too
 * large to store: …"); undefined when it fits.
 */
export function draftTooLarge(definition: Record<string, unknown>): string | undefined {
  const bytes = draftBytes(definition);
  if (bytes <= MAX_DRAFT_BYTES) return undefined;
  const kb = (n: number) => `${Math.ceil(n / 1000).toLocaleString('en')} KB`;
  return `This consultation is too large to store: it takes ${kb(bytes)}, at most ${kb(MAX_DRAFT_BYTES)} fit. Shorten or remove some texts, fields or options. Nothing was saved.`;
}
