import { describe, expect, it } from 'vitest';
import { MalformedLambdaResultError, toHttpResponse } from '../../../infra/local/api-gateway-result.ts';

describe('toHttpResponse', () => {
  it('writes a structured result with lower-cased headers and cookies as set-cookie', () => {
    const response = toHttpResponse({
      statusCode: 303,
      headers: { Location: '/c/x/s/1', 'X-Count': 2 },
      cookies: ['a=1; HttpOnly', 'b=2'],
      body: '',
    });

    expect(response.status).toBe(303);
    expect(response.headers).toEqual([
      ['location', '/c/x/s/1'],
      ['x-count', '2'],
      ['set-cookie', 'a=1; HttpOnly'],
      ['set-cookie', 'b=2'],
    ]);
  });

  it('decodes a base64 body', () => {
    const response = toHttpResponse({
      statusCode: 200,
      body: Buffer.from([0, 255]).toString('base64'),
      isBase64Encoded: true,
    });

    expect([...response.body]).toEqual([0, 255]);
  });

  it('sends anything without a status code as JSON with 200', () => {
    const response = toHttpResponse({ ok: true });

    expect(response).toMatchObject({ status: 200, headers: [['content-type', 'application/json']] });
    expect(response.body.toString()).toBe('{"ok":true}');
  });

  it('refuses a result with an impossible status code', () => {
    expect(() => toHttpResponse({ statusCode: 'teapot' })).toThrow(MalformedLambdaResultError);
  });
});
