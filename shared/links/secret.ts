import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod';
import { ConfigError } from '../config.ts';
import type { Keyring, SigningKey } from './token.ts';

/**
 * Where the link-signing keys come from. The code does not know whether it runs locally or in AWS:
 * configuration names either a Secrets Manager secret (LINK_SECRET_ARN) or a local file
 * (LINK_SECRET_FILE, generated on first use, outside git).
 *
 * Secret formats (the secret string, or the file's content):
 * - JSON keyring, for rotation:
 *   `{ "current": { "id": "k2", "secret": "<base64, >= 32 bytes>" }, "previous": [{ "id": "k1", "secret": "…" }] }`
 *   (`previous` optional). Rotate by making a new key `current` and moving the old one into
 *   `previous`; links signed with the old key keep verifying until it is dropped from `previous`.
 * - A plain string of at least 32 characters, as CDK's `generateSecretString` creates it (without
 *   `generateStringKey`): one key with id `k1` whose bytes are the string's UTF-8 bytes.
 * Functions read the secret once per cold start; a rotation reaches them with the next cold start.
 */

export type KeyringSource = { kind: 'secretsManager'; secretArn: string } | { kind: 'file'; path: string };

/** The secret or key file exists but holds no usable keyring, or cannot be read or created. */
export class KeyringError extends Error {
  override name = 'KeyringError';
}

const MIN_SECRET_BYTES = 32;
/** Id given to a plain-string secret and to a freshly generated local key. */
const SINGLE_KEY_ID = 'k1';

const keySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, - or _, at most 32'),
  secret: z
    .base64()
    .refine(
      (text) => Buffer.from(text, 'base64').length >= MIN_SECRET_BYTES,
      `at least ${MIN_SECRET_BYTES} bytes`,
    ),
});

const keyringSchema = z
  .object({ current: keySchema, previous: z.array(keySchema).default([]) })
  .refine(
    (ring) =>
      new Set([ring.current.id, ...ring.previous.map((key) => key.id)]).size === ring.previous.length + 1,
    {
      message: 'key ids must be unique',
    },
  );

type StoredKeyring = z.infer<typeof keyringSchema>;

const emptyIsMissing = (value: unknown) => (value === '' ? undefined : value);

const secretArnSchema = z.preprocess(
  emptyIsMissing,
  z
    .string()
    .regex(/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/, 'not a Secrets Manager secret ARN')
    .optional(),
);
const secretFileSchema = z.preprocess(emptyIsMissing, z.string().optional());

/**
 * The deployment's separate secrets, one per power (ARCHITECTURE "Trust"): `LINK` signs approver and
 * status links, `STAFF` signs staff sign-in links and sessions, `PARTICIPATION` signs the submission
 * ids of rendered forms and keys the one-per-person markers. Each is configured as
 * `<NAME>_SECRET_ARN` (in AWS) or `<NAME>_SECRET_FILE` (locally), and each function is bound only to
 * the ones it needs.
 */
export const SECRET_NAMES = ['LINK', 'STAFF', 'PARTICIPATION'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** Chooses the key source of one secret from `<NAME>_SECRET_ARN` or `<NAME>_SECRET_FILE`; throws ConfigError unless exactly one is set. */
export function keyringSourceFromEnv(env: NodeJS.ProcessEnv, name: SecretName = 'LINK'): KeyringSource {
  const arnVariable = `${name}_SECRET_ARN`;
  const fileVariable = `${name}_SECRET_FILE`;
  const arn = secretArnSchema.safeParse(env[arnVariable]);
  if (!arn.success) {
    throw new ConfigError(
      `Configuration error: ${arnVariable} is invalid (${arn.error.issues[0]?.message})`,
      { cause: arn.error },
    );
  }
  const secretArn = arn.data;
  const file = secretFileSchema.parse(env[fileVariable]);
  if (secretArn !== undefined && file !== undefined) {
    throw new ConfigError(`Configuration error: set either ${arnVariable} or ${fileVariable}, not both`);
  }
  if (secretArn !== undefined) return { kind: 'secretsManager', secretArn };
  if (file !== undefined) return { kind: 'file', path: resolve(file) };
  throw new ConfigError(
    `Configuration error: ${arnVariable} (in AWS) or ${fileVariable} (locally) must be set for ${DESCRIPTIONS[name]}`,
  );
}

const DESCRIPTIONS: Record<SecretName, string> = {
  LINK: 'signed links',
  STAFF: 'staff sign-in and sessions',
  PARTICIPATION: 'signed form ids and one-per-person markers',
};

export interface KeyringLoaderDependencies {
  /** Defaults to a client built on first use from the SDK's own environment. */
  secretsManager?: SecretsManagerClient;
}

/** Builds a keyring loader with its own cache: each source is read once; a failed read is retried next time. */
export function createKeyringLoader(dependencies: KeyringLoaderDependencies = {}) {
  const cache = new Map<string, Promise<Keyring>>();
  let client = dependencies.secretsManager;

  return function load(source: KeyringSource): Promise<Keyring> {
    const cacheKey = source.kind === 'file' ? `file:${source.path}` : `secretsManager:${source.secretArn}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const loading = (async () => {
      switch (source.kind) {
        case 'secretsManager':
          client ??= new SecretsManagerClient({});
          return readSecretsManager(client, source.secretArn);
        case 'file':
          return readOrCreateFile(source.path);
      }
    })();
    cache.set(cacheKey, loading);
    // An outage must not stick for the life of the function: forget failures.
    loading.catch(() => cache.delete(cacheKey));
    return loading;
  };
}

/** Loads the keyring for links, once per source per process (cold start). */
export const loadKeyring = createKeyringLoader();

async function readSecretsManager(client: SecretsManagerClient, secretArn: string): Promise<Keyring> {
  const output = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
  if (output.SecretString === undefined) {
    throw new KeyringError(
      `Link signing secret ${secretArn} has no SecretString (binary secrets are not supported)`,
    );
  }
  return keyringFromText(output.SecretString, `secret ${secretArn}`);
}

async function readOrCreateFile(path: string): Promise<Keyring> {
  const existing = await readKeyFile(path);
  if (existing !== undefined) return keyringFromText(existing, `file ${path}`);
  const stored: StoredKeyring = {
    current: { id: SINGLE_KEY_ID, secret: randomBytes(MIN_SECRET_BYTES).toString('base64') },
    previous: [],
  };
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // 'wx' fails if another process created the file meanwhile; then its key wins.
    await writeFile(path, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return keyringFromText((await readKeyFile(path)) ?? '', `file ${path}`);
    throw new KeyringError(`Cannot create the link signing key file ${path}`, { cause: error });
  }
  return toKeyring(stored);
}

/** The file's text, or undefined when it does not exist yet. */
async function readKeyFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw new KeyringError(`Cannot read the link signing key file ${path}`, { cause: error });
  }
}

/**
 * Parses either secret format. Messages never quote the text: it is the secret. JSON.parse errors
 * quote their input, so they are not passed on as causes.
 */
function keyringFromText(text: string, origin: string): Keyring {
  const json = parseJsonObject(text);
  if (json === undefined) {
    if (text.length < MIN_SECRET_BYTES) {
      throw new KeyringError(
        `Link signing ${origin} is neither a JSON keyring nor a plain secret of at least ${MIN_SECRET_BYTES} characters`,
      );
    }
    return { current: { id: SINGLE_KEY_ID, secret: Buffer.from(text, 'utf8') }, previous: [] };
  }
  const parsed = keyringSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new KeyringError(`Link signing ${origin} is not a valid keyring: ${problems.join('; ')}`);
  }
  return toKeyring(parsed.data);
}

function toKeyring(stored: StoredKeyring): Keyring {
  const toKey = (key: StoredKeyring['current']): SigningKey => ({
    id: key.id,
    secret: Buffer.from(key.secret, 'base64'),
  });
  return { current: toKey(stored.current), previous: stored.previous.map(toKey) };
}

/** A JSON object or array, or undefined when the text is neither (then it is read as a plain secret). */
function parseJsonObject(text: string): object | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null ? value : undefined;
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
