import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type Keyring, type LinkClaims, verifyLink } from '../../shared/links/index.ts';
import { HttpError } from './http-error.ts';

/** A link that verified: still valid, or expired (then a fresh one may be offered to the same person). */
export type SignedLink = { kind: 'valid'; claims: LinkClaims } | { kind: 'expired'; claims: LinkClaims };

/**
 * Verifies the `{token}` path parameter for the given purpose. A malformed, tampered or foreign
 * token, or one made for another purpose, is a 403: nothing about the submission is revealed.
 */
export function readSignedLink(
  event: APIGatewayProxyEventV2,
  keyring: Keyring,
  purpose: LinkClaims['purpose'],
  now: Date,
): SignedLink {
  const verified = verifyLink(event.pathParameters?.token, keyring, now);
  if (verified.ok) {
    if (verified.claims.purpose !== purpose)
      throw new HttpError(403, `Link made for ${verified.claims.purpose}`);
    return { kind: 'valid', claims: verified.claims };
  }
  if (verified.reason === 'expired' && verified.claims.purpose === purpose) {
    return { kind: 'expired', claims: verified.claims };
  }
  throw new HttpError(403, `Link refused: ${verified.reason}`);
}
