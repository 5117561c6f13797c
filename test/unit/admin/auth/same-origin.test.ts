import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from '../../../../functions/admin/http/same-origin.ts';
import { httpEvent } from '../../../support/events.ts';

const post = (headers: Record<string, string>) => httpEvent({ method: 'POST', headers });

describe('isSameOriginRequest', () => {
  it('accepts our own pages: same-origin fetch metadata, our Origin, or Origin null from no-referrer pages', () => {
    expect(
      isSameOriginRequest(post({ 'sec-fetch-site': 'same-origin', origin: 'https://mitwirken.test' })),
    ).toBe(true);
    expect(isSameOriginRequest(post({ origin: 'null', 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOriginRequest(post({ origin: 'https://mitwirken.test' }))).toBe(true);
    expect(isSameOriginRequest(post({}))).toBe(true);
  });

  it('compares with the public host CloudFront forwards', () => {
    const behindCloudFront = {
      host: 'abc.execute-api.eu-central-1.amazonaws.com',
      'x-forwarded-host': 'mitwirken.example',
    };
    expect(isSameOriginRequest(post({ ...behindCloudFront, origin: 'https://mitwirken.example' }))).toBe(
      true,
    );
    expect(isSameOriginRequest(post({ ...behindCloudFront, origin: 'https://abc.example' }))).toBe(false);
  });

  it('refuses cross-site and same-site requests and a foreign or broken Origin', () => {
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: 'https://mitwirken.test.evil.example' }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: 'not a url' }))).toBe(false);
  });
});
