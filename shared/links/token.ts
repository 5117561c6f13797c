import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';

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
const MIN_SECRET_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
// Slugs, ULIDs and stage ids: visible ASCII, so a payload never holds text that changes in UTF-8.
const id = z.string().regex(/^[\x21-\x7e]{1,128}$/, 'visible ASCII, 1 to 128 characters');

const claimsShape = z.object({
  purpose: z.enum(['decide', 'status']),
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
    // A status link must never be mistaken for an approver's link.
    context.addIssue({
      code: 'custom',
      path: ['purpose'],
      message: 'a status link names no stage or approver',
    });
  }
}

/** What a link grants: a submitter's view of their submission's status, or an approver's decision. */
export const linkClaimsSchema = claimsShape.superRefine(checkPurpose);

export type LinkClaims = z.infer<typeof linkClaimsSchema>;

const payloadSchema = claimsShape.extend({ kid: z.string().min(1) }).superRefine(checkPurpose);

/** A key that signs links; `id` is written into every token it signs. */
export interface SigningKey {
  id: string;
  secret: Buffer;
}

/** Signs with `current`; verifies with `current` or any of `previous` (rotation). */
export interface Keyring {
  current: SigningKey;
  previous: readonly SigningKey[];
}

export type LinkRejection = 'malformed' | 'badSignature' | 'unknownKey' | 'expired';

export type LinkVerification =
  | { ok: true; claims: LinkClaims }
  | { ok: false; reason: 'expired'; claims: LinkClaims }
  | { ok: false; reason: Exclude<LinkRejection, 'expired'> };

/** Signing was asked for something that can never be a valid link: a bug in the caller. */
export class LinkSigningError extends Error {
  override name = 'LinkSigningError';
}

/** Signs the claims with the key into a URL-safe token; throws LinkSigningError on invalid claims. */
export function signLink(claims: LinkClaims, key: SigningKey): string {
  if (key.id.length === 0 || key.secret.length < MIN_SECRET_BYTES) {
    throw new LinkSigningError(`Signing key "${key.id}" needs an id and at least ${MIN_SECRET_BYTES} bytes`);
  }
  const parsed = linkClaimsSchema.safeParse(claims);
  if (!parsed.success) {
    throw new LinkSigningError(`Invalid link claims: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  const payloadPart = Buffer.from(JSON.stringify({ kid: key.id, ...parsed.data }), 'utf8').toString(
    'base64url',
  );
  const token = `${payloadPart}.${macOf(key, payloadPart)}`;
  if (token.length > MAX_TOKEN_LENGTH) {
    throw new LinkSigningError(
      `Link token would be ${token.length} characters, more than ${MAX_TOKEN_LENGTH}`,
    );
  }
  return token;
}

/**
 * Checks a token from a request; never throws on any input. The signature is checked before the
 * claims are trusted, and expiry only after the signature: an expired link returns its claims so
 * a fresh one can be offered.
 */
export function verifyLink(token: unknown, keyring: Keyring, now: Date): LinkVerification {
  const nowMs = now.getTime();
  // A broken clock is a bug, not a bad link: failing open here would accept expired links.
  if (Number.isNaN(nowMs)) throw new RangeError('verifyLink needs a valid date');
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) {
    return { ok: false, reason: 'malformed' };
  }
  const dot = token.indexOf('.');
  const payloadPart = token.slice(0, dot);
  const signaturePart = token.slice(dot + 1);

  const payloadText = Buffer.from(payloadPart, 'base64url').toString('utf8');
  const json = parseJson(payloadText);
  // Unverified, only used to pick the key. Without a readable kid the current key decides, and the
  // signature check below fails: a damaged payload reads as a bad signature, not as a format error.
  const kid = isRecord(json) && typeof json.kid === 'string' ? json.kid : undefined;
  const key = kid === undefined ? keyring.current : findKey(keyring, kid);
  if (key === undefined) return { ok: false, reason: 'unknownKey' };

  // Comparing the canonical encodings also rejects a signature that decodes to the right bytes
  // through different (non-canonical) base64url characters.
  if (
    !signaturesEqual(Buffer.from(signaturePart, 'latin1'), Buffer.from(macOf(key, payloadPart), 'latin1'))
  ) {
    return { ok: false, reason: 'badSignature' };
  }

  const parsed = payloadSchema.safeParse(json);
  // Signed by us yet not valid claims: a token from another format version, or a bug.
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const { kid: _kid, ...claims } = parsed.data;
  if (nowMs >= claims.expiresAt * 1000) return { ok: false, reason: 'expired', claims };
  return { ok: true, claims };
}

/** Constant-time equality of two signatures; unequal lengths are simply unequal, never an exception. */
export function signaturesEqual(given: Buffer, expected: Buffer): boolean {
  // The length of a valid signature is public (43 characters), so revealing a mismatch leaks nothing.
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected);
}

/** Expiry (epoch seconds) of a link issued at `now` that lives for `days` days. */
export function linkExpiry(now: Date, days: number): number {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('linkExpiry needs a valid date');
  if (!Number.isFinite(days) || days <= 0) throw new RangeError(`linkExpiry needs a positive number of days`);
  return Math.floor(nowMs / 1000) + Math.round(days * 86_400);
}

function macOf(key: SigningKey, payloadPart: string): string {
  return createHmac('sha256', key.secret)
    .update(MAC_CONTEXT + payloadPart, 'utf8')
    .digest('base64url');
}

function findKey(keyring: Keyring, kid: string): SigningKey | undefined {
  if (keyring.current.id === kid) return keyring.current;
  return keyring.previous.find((key) => key.id === kid);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
