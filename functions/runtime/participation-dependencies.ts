import { loadParticipationConfig, type ParticipationConfig } from '../../shared/config.ts';
import type { Keyring } from '../../shared/links/index.ts';
import { linkKeyring } from './link-keyring.ts';

/**
 * The email double opt-in's dependencies of the submit function: the PARTICIPATION keyring (person
 * markers, read on first use) and the caps and pending lifetime, validated at module load.
 */
export function participationDependencies(env: NodeJS.ProcessEnv): {
  keyring: () => Promise<Keyring>;
  config: ParticipationConfig;
} {
  return { keyring: linkKeyring(env, 'PARTICIPATION'), config: loadParticipationConfig(env) };
}
