import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadMailConfig } from '../../../shared/config.ts';

// Lives here because the mailer is the first consumer of loadMailConfig; covers loadConfig too.
describe('configuration', () => {
  it('reads the table name and applies the defaults', () => {
    expect(loadConfig({ TABLE_NAME: 'mitwirken' })).toEqual({
      tableName: 'mitwirken',
      definitionCacheSeconds: 60,
      publicBaseUrl: undefined,
      formIdMaxAgeSeconds: 86_400,
      versionGraceSeconds: 7_200,
    });
  });

  it('reads the form id lifetime and the version grace period, and refuses nonsense', () => {
    expect(
      loadConfig({ TABLE_NAME: 't', FORM_ID_MAX_AGE_SECONDS: '3600', VERSION_GRACE_SECONDS: '0' }),
    ).toMatchObject({ formIdMaxAgeSeconds: 3600, versionGraceSeconds: 0 });
    expect(() => loadConfig({ TABLE_NAME: 't', VERSION_GRACE_SECONDS: 'soon' })).toThrow(
      /VERSION_GRACE_SECONDS is invalid/,
    );
    expect(() => loadConfig({ TABLE_NAME: 't', FORM_ID_MAX_AGE_SECONDS: '-1' })).toThrow(
      /FORM_ID_MAX_AGE_SECONDS is invalid/,
    );
  });

  it('reads the optional values and trims a trailing slash of the public URL', () => {
    const config = loadConfig({
      TABLE_NAME: 'mitwirken',
      DEFINITION_CACHE_SECONDS: '5',
      PUBLIC_BASE_URL: 'https://mitwirken.hannover.example/',
    });

    expect(config).toMatchObject({
      definitionCacheSeconds: 5,
      publicBaseUrl: 'https://mitwirken.hannover.example',
    });
  });

  it('fails naming the missing variable', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({ TABLE_NAME: '' })).toThrow(/TABLE_NAME is not set/);
  });

  it('fails naming an invalid variable', () => {
    expect(() => loadConfig({ TABLE_NAME: 't', DEFINITION_CACHE_SECONDS: 'soon' })).toThrow(
      /DEFINITION_CACHE_SECONDS is invalid/,
    );
    expect(() => loadConfig({ TABLE_NAME: 't', PUBLIC_BASE_URL: 'javascript:alert(1)' })).toThrow(
      /PUBLIC_BASE_URL/,
    );
  });

  it('reads the sender of the mailer and requires it', () => {
    const base = { PUBLIC_BASE_URL: 'https://mitwirken.hannover.example/' };
    expect(
      loadMailConfig({
        ...base,
        MAIL_FROM: 'beteiligung@hannover.example',
        SES_CONFIGURATION_SET: 'mitwirken',
      }),
    ).toEqual({
      from: 'beteiligung@hannover.example',
      configurationSet: 'mitwirken',
      publicBaseUrl: 'https://mitwirken.hannover.example',
    });
    expect(
      loadMailConfig({ ...base, MAIL_FROM: 'beteiligung@hannover.example', SES_CONFIGURATION_SET: '' }),
    ).toMatchObject({ configurationSet: undefined });
    expect(() => loadMailConfig(base)).toThrow(/MAIL_FROM is not set/);
    expect(() => loadMailConfig({ ...base, MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM is invalid/);
  });

  it('requires the public origin for the links in the mailer', () => {
    expect(() => loadMailConfig({ MAIL_FROM: 'beteiligung@hannover.example' })).toThrow(
      /PUBLIC_BASE_URL is not set/,
    );
    expect(() =>
      loadMailConfig({ MAIL_FROM: 'beteiligung@hannover.example', PUBLIC_BASE_URL: 'javascript:alert(1)' }),
    ).toThrow(/PUBLIC_BASE_URL is invalid/);
  });
});
