import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../shared/config.ts';
import {
  createKeyringLoader,
  KeyringError,
  type KeyringSource,
  keyringSourceFromEnv,
} from '../../../shared/links/secret.ts';
import { signLink, verifyLink } from '../../../shared/links/token.ts';

const ARN = 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:mitwirken-link-signing-AbCdEf';
const smSource: KeyringSource = { kind: 'secretsManager', secretArn: ARN };
const base64Key = () => randomBytes(32).toString('base64');

describe('keyringSourceFromEnv', () => {
  it('uses Secrets Manager when LINK_SECRET_ARN is set', () => {
    expect(keyringSourceFromEnv({ LINK_SECRET_ARN: ARN, LINK_SECRET_FILE: '' })).toEqual(smSource);
  });

  it('uses an absolute file path when LINK_SECRET_FILE is set', () => {
    expect(keyringSourceFromEnv({ LINK_SECRET_FILE: '.local/link-signing-key.json' })).toEqual({
      kind: 'file',
      path: join(process.cwd(), '.local/link-signing-key.json'),
    });
  });

  it('fails clearly unless exactly one source is set', () => {
    expect(() => keyringSourceFromEnv({})).toThrow(ConfigError);
    expect(() => keyringSourceFromEnv({ LINK_SECRET_ARN: '' })).toThrow(/LINK_SECRET_ARN .* must be set/);
    expect(() => keyringSourceFromEnv({ LINK_SECRET_ARN: ARN, LINK_SECRET_FILE: 'key.json' })).toThrow(
      /either LINK_SECRET_ARN or LINK_SECRET_FILE, not both/,
    );
  });

  it('rejects an ARN that does not name a secret', () => {
    expect(() => keyringSourceFromEnv({ LINK_SECRET_ARN: 'mitwirken-link-signing' })).toThrow(
      /LINK_SECRET_ARN is invalid/,
    );
  });
});

describe('file key source', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mitwirken-links-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('generates a 32-byte key readable only by its owner, creating the directory', async () => {
    // Prepare
    const path = join(dir, '.local', 'link-signing-key.json');

    // Act
    const keyring = await createKeyringLoader()({ kind: 'file', path });

    // Assess
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(keyring.current.id).toBe('k1');
    expect(keyring.current.secret).toHaveLength(32);
    expect(keyring.previous).toEqual([]);
    expect(JSON.parse(await readFile(path, 'utf8')).current.secret).toBe(
      keyring.current.secret.toString('base64'),
    );
  });

  it('reuses the key file on later starts, so links stay valid across restarts', async () => {
    // Prepare
    const path = join(dir, 'link-signing-key.json');
    const first = await createKeyringLoader()({ kind: 'file', path });
    const token = signLink(
      {
        purpose: 'status',
        consultationId: 'wir-sind-hannover',
        submissionId: 's1',
        expiresAt: 2_000_000_000,
      },
      first.current,
    );
    const written = await readFile(path, 'utf8');

    // Act: a fresh loader stands for a new process
    const second = await createKeyringLoader()({ kind: 'file', path });

    // Assess
    expect(second.current.secret.equals(first.current.secret)).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(written);
    expect(verifyLink(token, second, new Date('2025-03-10T09:00:00Z')).ok).toBe(true);
  });

  it('reads a rotated keyring from the file', async () => {
    const path = join(dir, 'key.json');
    const previous = base64Key();
    await writeFile(
      path,
      JSON.stringify({
        current: { id: 'k2', secret: base64Key() },
        previous: [{ id: 'k1', secret: previous }],
      }),
    );

    const keyring = await createKeyringLoader()({ kind: 'file', path });

    expect(keyring.current.id).toBe('k2');
    expect(keyring.previous.map((key) => [key.id, key.secret.toString('base64')])).toEqual([
      ['k1', previous],
    ]);
  });

  it('fails clearly on a broken key file instead of replacing it', async () => {
    const path = join(dir, 'key.json');
    await writeFile(path, '{"current": {"id": "k1"}}');

    await expect(createKeyringLoader()({ kind: 'file', path })).rejects.toThrow(
      /Link signing file .*key\.json is not a valid keyring: current\.secret/,
    );
    expect(await readFile(path, 'utf8')).toBe('{"current": {"id": "k1"}}');
  });
});

describe('Secrets Manager key source', () => {
  const secretsManager = mockClient(SecretsManagerClient);

  beforeEach(() => {
    secretsManager.reset();
  });

  it('reads a JSON keyring with current and previous keys', async () => {
    // Prepare
    const current = base64Key();
    const previous = base64Key();
    secretsManager.on(GetSecretValueCommand, { SecretId: ARN }).resolves({
      SecretString: JSON.stringify({
        current: { id: 'k2', secret: current },
        previous: [{ id: 'k1', secret: previous }],
      }),
    });

    // Act
    const keyring = await createKeyringLoader()(smSource);

    // Assess
    expect(keyring.current).toEqual({ id: 'k2', secret: Buffer.from(current, 'base64') });
    expect(keyring.previous).toEqual([{ id: 'k1', secret: Buffer.from(previous, 'base64') }]);
  });

  it('reads a plain generated string as the single key k1', async () => {
    const generated = 'x7#Vq!9rT2^mZ&4pL0@wE8*kB3$nH6%c';
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: generated });

    const keyring = await createKeyringLoader()(smSource);

    expect(keyring).toEqual({ current: { id: 'k1', secret: Buffer.from(generated, 'utf8') }, previous: [] });
  });

  it('reads the secret once and serves later loads from the cache', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: 'a'.repeat(40) });
    const load = createKeyringLoader();

    const [first, second] = [await load(smSource), await load(smSource)];

    expect(second).toBe(first);
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('reads again after a failed read instead of caching the outage', async () => {
    secretsManager
      .on(GetSecretValueCommand)
      .rejectsOnce(new Error('ThrottlingException'))
      .resolves({ SecretString: 'a'.repeat(40) });
    const load = createKeyringLoader();

    await expect(load(smSource)).rejects.toThrow('ThrottlingException');
    await expect(load(smSource)).resolves.toMatchObject({ current: { id: 'k1' } });
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(2);
  });

  it.each([
    ['a JSON object without keys', '{"secret": "abc"}', /is not a valid keyring: current: /],
    [
      'a key shorter than 32 bytes',
      JSON.stringify({ current: { id: 'k1', secret: randomBytes(16).toString('base64') } }),
      /current\.secret: at least 32 bytes/,
    ],
    [
      'a repeated key id',
      JSON.stringify({
        current: { id: 'k1', secret: base64Key() },
        previous: [{ id: 'k1', secret: base64Key() }],
      }),
      /key ids must be unique/,
    ],
    [
      'a short plain string',
      'tooshort',
      /neither a JSON keyring nor a plain secret of at least 32 characters/,
    ],
  ])('fails clearly on %s without revealing it', async (_name, secretString, message) => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: secretString });

    const failure = createKeyringLoader()(smSource);

    await expect(failure).rejects.toThrow(KeyringError);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.not.toThrow(secretString);
  });

  it('fails clearly on a binary secret', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretBinary: new Uint8Array(32) });

    await expect(createKeyringLoader()(smSource)).rejects.toThrow(/has no SecretString/);
  });
});
