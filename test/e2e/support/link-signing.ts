import { resolve } from 'node:path';
import { type Keyring, type LinkClaims, loadKeyring, signLink } from '../../../shared/links/index.ts';

/**
 * The local platform's link-signing key (LINK_SECRET_FILE, set by the platform in the globalSetup's
 * process and inherited by the workers; `.local/link-signing-key.json` when the platform runs
 * without a persist dir), so a test can make links the platform accepts, e.g. expired ones.
 */
export async function platformKeyring(): Promise<Keyring> {
  const path = process.env.LINK_SECRET_FILE ?? resolve('.local', 'link-signing-key.json');
  return await loadKeyring({ kind: 'file', path });
}

/**
 * The local platform's STAFF key (STAFF_SECRET_FILE, `.local/staff-signing-key.json` without a
 * persist dir): sign-in links and session cookies are signed with it, never with the LINK key.
 */
export async function platformStaffKeyring(): Promise<Keyring> {
  const path = process.env.STAFF_SECRET_FILE ?? resolve('.local', 'staff-signing-key.json');
  return await loadKeyring({ kind: 'file', path });
}

/** A token signed with the platform's key for exactly these claims. */
export async function signWithPlatformKey(claims: LinkClaims): Promise<string> {
  return signLink(claims, (await platformKeyring()).current);
}
