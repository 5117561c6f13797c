import { createHmac } from 'node:crypto';
import { decodeTime } from 'ulid';
// signed-token, not token.ts: the form's bundle then builds no link-claims schema at module load.
import { derivedKey, type Keyring, type SigningKey, signaturesEqual } from '../links/signed-token.ts';
import { isSubmissionId, newSubmissionId } from './ids.ts';

/*
 * Server-signed submission ids (ARCHITECTURE "Trust": only server-issued ids). The rendered form
 * carries `<ULID>.<MAC>` in `_sid`; the MAC is HMAC-SHA256 over (id, consultation id, version, issue
 * time) with a key derived from the PARTICIPATION keyring. The issue time is the ULID's own 48-bit
 * timestamp, so the token needs no separate field and an id cannot be re-dated without a new MAC.
 * A script that invents ULIDs, or moves a token to another consultation or version, gets no MAC
 * that fits; an old token (a form left open for days, a harvested one) expires.
 */

/** HKDF info of the form-id key: another engineer derives `mitwirken:person` from the same keyring. */
export const FORM_ID_KEY_INFO = 'mitwirken:submission-id';
/** Default lifetime of a rendered form's id. */
export const DEFAULT_FORM_ID_MAX_AGE_SECONDS = 24 * 60 * 60;
/** Clock difference between two function instances tolerated for an id "from the future". */
const FUTURE_SKEW_MS = 5 * 60 * 1000;
/** Longest token accepted (26 + 1 + 43 characters); anything longer is not ours. */
const MAX_FORM_TOKEN_LENGTH = 80;
const TOKEN_PATTERN = /^([0-7][0-9A-HJKMNP-TV-Z]{25})\.([A-Za-z0-9_-]{43})$/;

/** What a form id is bound to: the consultation and the definition version the form was rendered from. */
export interface FormBinding {
  consultationId: string;
  version: string;
}

export type FormTokenRejection = 'malformed' | 'badSignature' | 'expired';

export type FormTokenVerification =
  | { ok: true; submissionId: string; issuedAt: Date }
  | { ok: false; reason: FormTokenRejection };

function formIdKey(key: SigningKey): Buffer {
  return derivedKey(key, FORM_ID_KEY_INFO);
}

function macOf(key: SigningKey, submissionId: string, binding: FormBinding, issuedAtMs: number): string {
  // Lengths first: no choice of ids can make two different tuples read as the same text.
  const parts = [submissionId, binding.consultationId, binding.version, String(issuedAtMs)];
  const text = parts.map((part) => `${part.length}:${part}`).join('|');
  return createHmac('sha256', formIdKey(key)).update(text, 'utf8').digest('base64url');
}

/** A fresh signed submission id for a form rendered at `now` from `binding`. */
export function issueFormToken(keyring: Keyring, binding: FormBinding, now: Date): string {
  const submissionId = newSubmissionId(now);
  return `${submissionId}.${macOf(keyring.current, submissionId, binding, now.getTime())}`;
}

/** The submission id inside a token, without checking it (for tests and logs); undefined when malformed. */
export function submissionIdOfToken(token: string): string | undefined {
  return TOKEN_PATTERN.exec(token)?.[1];
}

/**
 * Checks a posted `_sid` against the consultation and version it claims to belong to; never throws
 * on any input. Expired: issued more than `maxAgeSeconds` before `now`, or more than a few minutes
 * after it (a MAC only we can make, so only a clock far off would do that).
 */
export function verifyFormToken(
  keyring: Keyring,
  token: unknown,
  binding: FormBinding,
  now: Date,
  maxAgeSeconds: number = DEFAULT_FORM_ID_MAX_AGE_SECONDS,
): FormTokenVerification {
  const nowMs = now.getTime();
  // A broken clock is a bug, not a bad token: failing open here would accept every old id.
  if (Number.isNaN(nowMs)) throw new RangeError('Verifying a form id needs a valid date');
  if (typeof token !== 'string' || token.length > MAX_FORM_TOKEN_LENGTH)
    return { ok: false, reason: 'malformed' };
  const match = TOKEN_PATTERN.exec(token);
  const submissionId = match?.[1];
  const mac = match?.[2];
  if (submissionId === undefined || mac === undefined || !isSubmissionId(submissionId)) {
    return { ok: false, reason: 'malformed' };
  }
  const issuedAtMs = decodeTime(submissionId);
  const given = Buffer.from(mac, 'latin1');
  // Every key of the ring is tried (rotation); the ring holds a handful, each a constant-time compare.
  const signed = [keyring.current, ...keyring.previous].some((key) =>
    signaturesEqual(given, Buffer.from(macOf(key, submissionId, binding, issuedAtMs), 'latin1')),
  );
  if (!signed) return { ok: false, reason: 'badSignature' };
  if (issuedAtMs > nowMs + FUTURE_SKEW_MS || nowMs - issuedAtMs > maxAgeSeconds * 1000) {
    return { ok: false, reason: 'expired' };
  }
  return { ok: true, submissionId, issuedAt: new Date(issuedAtMs) };
}
