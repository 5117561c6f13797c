import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultProvider } from '../../../infra/build/stubs/credentials-from-env.ts';
import { EventStreamSerde, eventStreamSerdeProvider } from '../../../infra/build/stubs/no-event-streams.ts';

afterEach(() => vi.unstubAllEnvs());

describe('the SDK substitutes of the function bundles', () => {
  it('resolve the credentials the Lambda runtime puts into the environment, session token included', async () => {
    // Prepare
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'session');

    // Act
    const credentials = await defaultProvider()();

    // Assess
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'session',
    });
  });

  it('fail clearly instead of looking elsewhere when the environment holds no credentials', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    await expect(defaultProvider()()).rejects.toThrow(/environment variable credentials/);
  });

  it('refuse event streams loudly should an operation ever need them', () => {
    expect(() => eventStreamSerdeProvider()).toThrow(/event streams are not bundled/);
    expect(() => new EventStreamSerde()).toThrow(/event streams are not bundled/);
  });
});
