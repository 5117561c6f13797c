import { type Keyring, keyringSourceFromEnv, loadKeyring } from '../../shared/links/index.ts';

/**
 * The link-signing keyring of a function that signs or verifies links. The source is checked at
 * module load (fails fast without LINK_SECRET_ARN / LINK_SECRET_FILE); the secret is read on first
 * use and cached for the life of the process.
 */
export function linkKeyring(env: NodeJS.ProcessEnv): () => Promise<Keyring> {
  const source = keyringSourceFromEnv(env);
  return () => loadKeyring(source);
}
