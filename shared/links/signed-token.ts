import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type * as z from 'zod';

/**
 * A generic signed token: `base64url(JSON {kid, ...claims}) + '.' + base64url(HMAC-SHA256)`, the MAC
 * taken over the format's context + the payload part exactly as it appears in the token. Each format
 * (sign-in link, …) has its own context, so a token of one format never verifies as another, even
 * with the same key. The same construction as the approver links of shared/links/token.ts.
 */

/** What a token format fixes: its MAC context, the claims it carries and its longest encoding. */
export interface SignedTokenFormat<Claims> {
  /** e.g. `mitwirken-sign-in-v1.`: binds every MAC to this format. */
  context: string;
  claims: z.ZodType<Claims>;
  maxLength: number;
}

export type SignedTokenRejection = 'malformed' | 'badSignature' | 'unknownKey';

/** Signing was asked for something that can never be a valid token: a bug in the caller. */
export class TokenSigningError extends Error {
  override name = 'TokenSigningError';
}

/** A key that signs tokens; `id` is written into every token it signs. */
export interface SigningKey {
  id: string;
  secret: Buffer;
}

/** Signs with `current`; verifies with `current` or any of `previous` (rotation). */
export interface Keyring {
  current: SigningKey;
  previous: readonly SigningKey[];
}

/** Constant-time equality of two signatures; unequal lengths are simply unequal, never an exception. */
export function signaturesEqual(given: Buffer, expected: Buffer): boolean {
  // The length of a valid signature is public, so revealing a mismatch leaks nothing.
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected);
}

const MIN_SECRET_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** HMAC-SHA256 of `context + text` with the key, base64url: the one MAC of every signed value. */
export function macOf(context: string, key: SigningKey, text: string): string {
  return createHmac('sha256', key.secret)
    .update(context + text, 'utf8')
    .digest('base64url');
}

// Derived keys per keyring key and purpose: a warm function pays one HKDF per key, purpose and process.
const derivedKeys = new WeakMap<SigningKey, Map<string, Buffer>>();

/**
 * A 32-byte key derived from a keyring key for one purpose (HKDF-SHA256, `info` = the purpose, e.g.
 * `mitwirken:submission-id`): one secret serves several MACs that can never verify one another.
 */
export function derivedKey(key: SigningKey, info: string): Buffer {
  let byInfo = derivedKeys.get(key);
  if (byInfo === undefined) {
    byInfo = new Map();
    derivedKeys.set(key, byInfo);
  }
  let bytes = byInfo.get(info);
  if (bytes === undefined) {
    bytes = Buffer.from(hkdfSync('sha256', key.secret, Buffer.alloc(0), info, 32));
    byInfo.set(info, bytes);
  }
  return bytes;
}

/** The key with this id: the current one or one kept for rotation. */
export function keyById(keyring: Keyring, kid: string): SigningKey | undefined {
  if (keyring.current.id === kid) return keyring.current;
  return keyring.previous.find((key) => key.id === kid);
}

/** Signs claims in the given format with the key; throws TokenSigningError on invalid claims or key. */
export function signToken<Claims extends object>(
  format: SignedTokenFormat<Claims>,
  claims: Claims,
  key: SigningKey,
): string {
  if (key.id.length === 0 || key.secret.length < MIN_SECRET_BYTES) {
    throw new TokenSigningError(`Signing key "${key.id}" needs an id and at least ${MIN_SECRET_BYTES} bytes`);
  }
  const parsed = format.claims.safeParse(claims);
  if (!parsed.success) throw new TokenSigningError('Invalid token claims', { cause: parsed.error });
  const payloadPart = Buffer.from(JSON.stringify({ kid: key.id, ...parsed.data }), 'utf8').toString(
    'base64url',
  );
  const token = `${payloadPart}.${macOf(format.context, key, payloadPart)}`;
  if (token.length > format.maxLength) {
    throw new TokenSigningError(`Token would be ${token.length} characters, more than ${format.maxLength}`);
  }
  return token;
}

/**
 * Checks a token in the given format; never throws on any input. The signature (constant-time) is
 * checked before the claims are parsed; expiry is the caller's business (it may want the claims of
 * an expired token, e.g. to offer a fresh one).
 */
export function verifyToken<Claims>(
  format: SignedTokenFormat<Claims>,
  token: unknown,
  keyring: Keyring,
): { ok: true; claims: Claims } | { ok: false; reason: SignedTokenRejection } {
  if (typeof token !== 'string' || token.length > format.maxLength || !TOKEN_SHAPE.test(token)) {
    return { ok: false, reason: 'malformed' };
  }
  const dot = token.indexOf('.');
  const payloadPart = token.slice(0, dot);
  const signaturePart = token.slice(dot + 1);
  const json = parseJson(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  // Unverified, only used to pick the key; without a readable kid the current key decides and the
  // signature check fails: a damaged payload reads as a bad signature.
  const kid = isRecord(json) && typeof json.kid === 'string' ? json.kid : undefined;
  const key = kid === undefined ? keyring.current : keyById(keyring, kid);
  if (key === undefined) return { ok: false, reason: 'unknownKey' };
  // Comparing canonical encodings also refuses non-canonical base64url spellings of the right bytes.
  const expected = macOf(format.context, key, payloadPart);
  if (!signaturesEqual(Buffer.from(signaturePart, 'latin1'), Buffer.from(expected, 'latin1'))) {
    return { ok: false, reason: 'badSignature' };
  }
  if (!isRecord(json)) return { ok: false, reason: 'malformed' };
  const { kid: _kid, ...claims } = json;
  const parsed = format.claims.safeParse(claims);
  // Signed by us yet not valid claims: another version of the format, or a bug.
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  return { ok: true, claims: parsed.data };
}

/** A verified token, an expired one (with its claims) or the reason it was refused. */
export type ExpiringTokenVerification<Claims> =
  | { ok: true; claims: Claims }
  | { ok: false; reason: 'expired'; claims: Claims }
  | { ok: false; reason: SignedTokenRejection };

/**
 * Checks a token whose claims carry `expiresAt` (epoch seconds; valid strictly before it); never
 * throws on input. Expiry is checked only after the signature, and an expired token returns its
 * claims, so the page can say "expired" and offer a fresh one rather than "invalid".
 */
export function verifyExpiringToken<Claims extends { expiresAt: number }>(
  format: SignedTokenFormat<Claims>,
  token: unknown,
  keyring: Keyring,
  now: Date,
): ExpiringTokenVerification<Claims> {
  const nowMs = now.getTime();
  // A broken clock is a bug, not a bad token: failing open here would accept expired tokens.
  if (Number.isNaN(nowMs)) throw new RangeError('Verifying a token needs a valid date');
  const verified = verifyToken(format, token, keyring);
  if (!verified.ok) return verified;
  if (nowMs >= verified.claims.expiresAt * 1000)
    return { ok: false, reason: 'expired', claims: verified.claims };
  return verified;
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
