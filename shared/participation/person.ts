import { createHmac } from 'node:crypto';
import { derivedKey, type Keyring, type SigningKey } from '../links/signed-token.ts';
import { mailboxOf } from '../mail/mailbox.ts';

/** One person = one mailbox (mailboxOf): `Anna+poll@Example.org` and `anna@example.org` are one vote. */
export function normalAddress(address: string): string {
  return mailboxOf(address);
}

/** HKDF info of the marker key: the PARTICIPATION secret keys other things too (form ids). */
const PERSON_INFO = 'mitwirken:person';
function personKey(key: SigningKey): Buffer {
  return derivedKey(key, PERSON_INFO);
}

/**
 * The person marker of an address: HMAC-SHA256 (base64url) of the normalized address under a key
 * derived from the PARTICIPATION keyring's current key. Stored instead of the address where only
 * "the same person?" matters (one-per-person markers, mail caps, votes). Rotating that key starts
 * new markers: do not rotate it while a one-per-person consultation is open.
 */
export function personMarker(keyring: Keyring, address: string): string {
  return createHmac('sha256', personKey(keyring.current))
    .update(normalAddress(address), 'utf8')
    .digest('base64url');
}
