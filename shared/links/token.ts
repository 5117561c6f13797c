import * as z from 'zod';
import {
  type ExpiringTokenVerification,
  type Keyring,
  type SignedTokenFormat,
  type SigningKey,
  signToken,
  TokenSigningError,
  verifyExpiringToken,
} from './signed-token.ts';

export { type Keyring, type SigningKey, signaturesEqual } from './signed-token.ts';

/**
 * Signed link tokens (invariant 5): `base64url(JSON payload) + '.' + base64url(HMAC-SHA256)`, the MAC
 * taken over `mitwirken-link-v1.` + the payload part exactly as it appears in the token. The payload
 * carries the claims and the id (`kid`) of the key that signed it, so keys can be rotated.
 * Single use is not the token's business: the decision is stored with a conditional write.
 */

/** Tokens longer than this are rejected before any decoding or MAC work. */
export const MAX_TOKEN_LENGTH = 2048;

/** Binds the MAC to this format, so a MAC made for something else with the same key never fits. */
const MAC_CONTEXT = 'mitwirken-link-v1.';
// Slugs, ULIDs and stage ids: visible ASCII, so a payload never holds text that changes in UTF-8.
const id = z.string().regex(/^[\x21-\x7e]{1,128}$/, 'visible ASCII, 1 to 128 characters');

const claimsShape = z.object({
  purpose: z.enum(['decide', 'status', 'confirm']),
  consultationId: id,
  submissionId: id,
  stageId: id.optional(),
  // Lowercased so one approver is one address however the definition spelled it.
  approver: z.email().max(254).toLowerCase().optional(),
  round: z.int().min(0).max(1_000_000).optional(),
  /** Epoch seconds; the link is valid strictly before this instant. */
  expiresAt: z.int().positive(),
});

function checkPurpose(claims: z.infer<typeof claimsShape>, context: z.RefinementCtx): void {
  if (claims.purpose === 'decide') {
    for (const name of ['stageId', 'approver'] as const) {
      if (claims[name] === undefined) context.addIssue({ code: 'custom', path: [name], message: 'required' });
    }
  } else if (claims.stageId !== undefined || claims.approver !== undefined) {
    // A status or confirmation link must never be mistaken for an approver's link.
    context.addIssue({
      code: 'custom',
      path: ['purpose'],
      message: 'only a decide link names a stage or approver',
    });
  }
}

/**
 * What a link grants: a submitter's view of their submission's status, an approver's decision, or
 * the confirmation of a pending answer (email double opt-in).
 */
export const linkClaimsSchema = claimsShape.superRefine(checkPurpose);

export type LinkClaims = z.infer<typeof linkClaimsSchema>;

const FORMAT: SignedTokenFormat<LinkClaims> = {
  context: MAC_CONTEXT,
  claims: linkClaimsSchema,
  maxLength: MAX_TOKEN_LENGTH,
};

export type LinkRejection = 'malformed' | 'badSignature' | 'unknownKey' | 'expired';

export type LinkVerification = ExpiringTokenVerification<LinkClaims>;

/** Signing was asked for something that can never be a valid link: a bug in the caller. */
export class LinkSigningError extends Error {
  override name = 'LinkSigningError';
}

/** Signs the claims with the key into a URL-safe token; throws LinkSigningError on invalid claims. */
export function signLink(claims: LinkClaims, key: SigningKey): string {
  try {
    return signToken(FORMAT, claims, key);
  } catch (error) {
    // Same class and message as before: callers and tests know LinkSigningError.
    if (!(error instanceof TokenSigningError)) throw error;
    const detail =
      error.cause instanceof z.ZodError
        ? `Invalid link claims: ${z.prettifyError(error.cause)}`
        : error.message;
    throw new LinkSigningError(detail, { cause: error.cause });
  }
}

/**
 * Checks a token from a request; never throws on any input. The signature is checked before the
 * claims are trusted, and expiry only after the signature: an expired link returns its claims so
 * a fresh one can be offered.
 */
export function verifyLink(token: unknown, keyring: Keyring, now: Date): LinkVerification {
  return verifyExpiringToken(FORMAT, token, keyring, now);
}

/** Expiry (epoch seconds) of a link issued at `now` that lives for `days` days. */
export function linkExpiry(now: Date, days: number): number {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('linkExpiry needs a valid date');
  if (!Number.isFinite(days) || days <= 0) throw new RangeError(`linkExpiry needs a positive number of days`);
  return Math.floor(nowMs / 1000) + Math.round(days * 86_400);
}
