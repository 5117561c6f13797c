import * as crypto from 'node:crypto';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../../../functions/http/http-error.ts';
import { httpErrors } from '../../../../functions/middleware/http-errors.ts';
import { ORIGIN_VERIFY_HEADER, originVerify } from '../../../../functions/middleware/origin-verify.ts';
import { httpEvent, lambdaContext } from '../../../support/events.ts';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

type Result = APIGatewayProxyStructuredResultV2;

const SECRET = 'Zr8KqL2vW9xN4mP7tY1cB6hJ3dF5gS0a';

function chain() {
  const handlerRan = vi.fn();
  const handler = middy<APIGatewayProxyEventV2, Result>()
    .use(originVerify({ originSecret: SECRET }))
    .use(httpErrors())
    .handler(async () => {
      handlerRan();
      return { statusCode: 200, body: 'ok' };
    });
  return { handler, handlerRan };
}

const withHeaders = (headers: Record<string, string>): APIGatewayProxyEventV2 => {
  const event = httpEvent({ headers: { 'accept-language': 'en', ...headers } });
  delete event.headers[ORIGIN_VERIFY_HEADER];
  return { ...event, headers: { ...event.headers, ...headers } };
};

afterEach(() => {
  vi.mocked(crypto.timingSafeEqual).mockClear();
});

describe('originVerify', () => {
  it('lets a request with the front door value through to the handler', async () => {
    // Prepare
    const { handler, handlerRan } = chain();
    // Act
    const response = (await handler(
      withHeaders({ [ORIGIN_VERIFY_HEADER]: SECRET }),
      lambdaContext(),
    )) as Result;
    // Assess
    expect(response.statusCode).toBe(200);
    expect(handlerRan).toHaveBeenCalledOnce();
  });

  it('reads the header whatever the case of its name', async () => {
    const { handler } = chain();
    const response = (await handler(withHeaders({ 'X-Origin-Verify': SECRET }), lambdaContext())) as Result;
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['no header', {}],
    ['an empty value', { [ORIGIN_VERIFY_HEADER]: '' }],
    ['a wrong value', { [ORIGIN_VERIFY_HEADER]: 'not-the-secret' }],
    ['the value in other case', { [ORIGIN_VERIFY_HEADER]: SECRET.toLowerCase() }],
    ['a prefix of the value', { [ORIGIN_VERIFY_HEADER]: SECRET.slice(0, -1) }],
    ['the value with more after it', { [ORIGIN_VERIFY_HEADER]: `${SECRET}x` }],
    [
      'the value twice, joined as API Gateway joins repeats',
      { [ORIGIN_VERIFY_HEADER]: `${SECRET},${SECRET}` },
    ],
    [
      'the value under a second spelling next to a wrong one',
      { [ORIGIN_VERIFY_HEADER]: 'x', 'X-Origin-Verify': SECRET },
    ],
  ])('refuses a request with %s: the localized 403 page, and the handler never runs', async (_, headers) => {
    // Prepare
    const { handler, handlerRan } = chain();
    // Act
    const response = (await handler(withHeaders(headers), lambdaContext())) as Result;
    // Assess
    expect(response.statusCode).toBe(403);
    expect(response.body).toMatch(/<html[^>]*\blang="en"/);
    expect(response.body).not.toContain(SECRET);
    expect(handlerRan).not.toHaveBeenCalled();
  });

  it('throws nothing but the 403 HttpError for an event without headers (no httpErrors behind it)', async () => {
    const bare = middy<APIGatewayProxyEventV2, Result>()
      .use(originVerify({ originSecret: SECRET }))
      .handler(async () => ({ statusCode: 200 }));
    const { headers: _, ...withoutHeaders } = httpEvent();
    const error = await bare(withoutHeaders as APIGatewayProxyEventV2, lambdaContext()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(403);
  });

  it('compares in constant time: one timingSafeEqual over two SHA-256 digests, whatever was sent', async () => {
    // Prepare
    const { handler } = chain();
    const compare = vi.mocked(crypto.timingSafeEqual);
    // Act
    for (const value of [undefined, '', 'short', SECRET, 'x'.repeat(5000)]) {
      compare.mockClear();
      await handler(
        withHeaders(value === undefined ? {} : { [ORIGIN_VERIFY_HEADER]: value }),
        lambdaContext(),
      );
      // Assess
      expect(compare).toHaveBeenCalledOnce();
      const [a, b] = compare.mock.calls[0] ?? [];
      expect([(a as Buffer).byteLength, (b as Buffer).byteLength]).toEqual([32, 32]);
    }
  });
});
