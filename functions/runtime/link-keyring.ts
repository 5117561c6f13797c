// Not the links index: a function that only needs a keyring (the form) then bundles no link-token schemas.
import { keyringSourceFromEnv, loadKeyring, type SecretName } from '../../shared/links/secret.ts';
import type { Keyring } from '../../shared/links/signed-token.ts';

/**
 * The keyring of one of the deployment's secrets (LINK by default: approver and status links). The
 * source is checked at module load (fails fast without `<NAME>_SECRET_ARN` / `<NAME>_SECRET_FILE`);
 * the secret is read on first use and cached for the life of the process.
 */
export function linkKeyring(env: NodeJS.ProcessEnv, name: SecretName = 'LINK'): () => Promise<Keyring> {
  const source = keyringSourceFromEnv(env, name);
  return () => loadKeyring(source);
}
