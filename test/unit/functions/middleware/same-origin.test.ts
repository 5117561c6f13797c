import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { anonymousPostRoute } from '../../../../functions/admin/http/anonymous-post-route.ts';
import { isSameOriginRequest } from '../../../../functions/middleware/same-origin.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../../support/events.ts';

const post = (headers: Record<string, string>) => httpEvent({ method: 'POST', headers });

describe('isSameOriginRequest', () => {
  it('accepts our own pages (Referrer-Policy same-origin): same-origin fetch metadata with our Origin', () => {
    expect(
      isSameOriginRequest(post({ 'sec-fetch-site': 'same-origin', origin: 'https://mitwirken.test' })),
    ).toBe(true);
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

  it('refuses Origin null, which a cross-site page with no-referrer makes a browser send', () => {
    // Older Safari sends no Sec-Fetch-Site: Origin null would be all there is to judge by.
    expect(isSameOriginRequest(post({ origin: 'null' }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: ' NULL ' }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: 'null', 'sec-fetch-site': 'same-origin' }))).toBe(false);
  });
});

describe('anonymousPostRoute', () => {
  type Result = APIGatewayProxyStructuredResultV2 & { headers: Record<string, string> };
  const ok = async (): Promise<APIGatewayProxyStructuredResultV2> => ({ statusCode: 200, body: 'ok' });
  const route = anonymousPostRoute(1024).handler(ok);
  const send = async (headers: Record<string, string>) =>
    (await route(
      httpEvent({
        method: 'POST',
        route: '/admin/sign-in',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: urlencoded({ email: 'chefin@hannover.example' }),
      }),
      lambdaContext(),
    )) as Result;

  it("answers 403 to Origin null, with the staff pages' security headers", async () => {
    const refused = await send({ origin: 'null' });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['referrer-policy']).toBe('same-origin');
    expect(refused.headers['x-frame-options']).toBe('DENY');
  });

  it('runs the handler for a post of our own page, answered with Referrer-Policy same-origin', async () => {
    const accepted = await send({ origin: 'https://mitwirken.test', 'sec-fetch-site': 'same-origin' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.headers['referrer-policy']).toBe('same-origin');
  });
});
