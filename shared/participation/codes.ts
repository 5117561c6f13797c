import { createHmac, randomBytes } from 'node:crypto';
import { derivedKey, type SigningKey } from '../links/signed-token.ts';
import type { Keyring } from '../links/token.ts';

/**
 * Single-use participation codes (`verification: code`): what a code looks like, how a typed one is
 * read, and the keyed hash that is the only form in which a code is ever stored.
 *
 * A code is 12 symbols of Crockford's base 32 (digits and capitals without I, L, O and U, so nothing
 * reads as another symbol), printed in three groups of four, e.g. `K7QD-93MF-X2PA`: 60 random bits.
 * Residents type it from a letter, so reading is tolerant: case, spaces and dashes do not matter,
 * and the letters Crockford decodes as digits (O as 0, I and L as 1) are accepted.
 */

/** Crockford's base-32 alphabet: every symbol unambiguous in print. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Symbols per code; 5 bits each, 60 bits of entropy. */
export const CODE_SYMBOLS = 12;
const GROUP = 4;

/** The most codes one generate request makes (one letter each, a city district's mail merge). */
export const MAX_CODES_PER_BATCH = 10_000;

/** Generates `count` distinct random codes, in print form (`K7QD-93MF-X2PA`). */
export function generateCodes(count: number): string[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_BATCH)
    throw new RangeError(`count must be 1 to ${MAX_CODES_PER_BATCH}`);
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomCode());
  return [...codes];
}

function randomCode(): string {
  // 8 random bytes = 64 bits; the first 60 give 12 symbols of 5 bits, each uniform over 32.
  let bits = randomBytes(8).readBigUInt64BE();
  let symbols = '';
  for (let i = 0; i < CODE_SYMBOLS; i++) {
    symbols += CODE_ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return printCode(symbols);
}

/** A code's 12 symbols in groups of four, the way letters print it. */
export function printCode(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return groups.join('-');
}

/** Longest input read at all; anything longer is not a code (and is not worked on). */
const MAX_INPUT = 64;

/**
 * The 12 symbols of a typed code, or undefined when it cannot be one: case, spaces (also
 * non-breaking ones) and dashes of any kind are ignored; O reads as 0, I and L as 1 (Crockford).
 */
export function normalizeCode(input: string): string | undefined {
  if (input.length > MAX_INPUT) return undefined;
  const symbols = input
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―_.]/gu, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== CODE_SYMBOLS) return undefined;
  for (const symbol of symbols) if (!CODE_ALPHABET.includes(symbol)) return undefined;
  return symbols;
}

/** Binds the MAC to this use, so it never equals a MAC the same key makes for anything else. */
const MAC_CONTEXT = 'mitwirken-code-v1.';
const CODE_KEY_INFO = 'mitwirken:code';

/**
 * The stored form of a code: `<key id>.<base64url HMAC-SHA256>` over the consultation and the
 * normalized symbols, under one key of the PARTICIPATION keyring. Keyed, not a plain SHA-256: 60 bits
 * are too few against a leaked table (an attacker holding 10,000 plain hashes finds a live code after
 * about 2^60 / 10^4 ≈ 10^14 guesses, hours on a GPU); without the key, a copy of the table reveals
 * nothing, and the key lives in Secrets Manager, readable only by the functions bound to it.
 */
export function codeHash(key: SigningKey, consultationId: string, symbols: string): string {
  // A key of its own (HKDF, like the form ids' and the person markers'): no code hash is ever a valid MAC elsewhere.
  const mac = createHmac('sha256', derivedKey(key, CODE_KEY_INFO))
    .update(`${MAC_CONTEXT}${consultationId}.${symbols}`)
    .digest();
  return `${key.id}.${mac.toString('base64url')}`;
}

/**
 * The stored forms a typed code may have: one per key of the ring (current first), so codes made
 * before a key rotation keep working while their key is in `previous`.
 */
export function codeHashCandidates(keyring: Keyring, consultationId: string, symbols: string): string[] {
  return [keyring.current, ...keyring.previous].map((key) => codeHash(key, consultationId, symbols));
}
