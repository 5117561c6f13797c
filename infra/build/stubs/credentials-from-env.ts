/**
 * Stands in for `@aws-sdk/credential-provider-node` in every function bundle (see
 * infra/build/function-bundle.ts): the SDK clients' default credential chain reduced to its first
 * link, the environment variables. On Lambda that link always answers — the runtime puts the
 * execution role's credentials into AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN
 * before the init phase and they stay valid for the life of the sandbox — so the rest of the chain
 * (shared ini files, SSO, STS web identity, ECS/IMDS over HTTP, and the nested STS/SSO clients they
 * carry) never ran there; it only cost bytes and load time.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

type FromEnvInit = Parameters<typeof fromEnv>[0];

/** The same signature as the chain it replaces, so the SDK's runtimeConfig needs no change. */
export const defaultProvider = (init?: FromEnvInit) => fromEnv(init);
