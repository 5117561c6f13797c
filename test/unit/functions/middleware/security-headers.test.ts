import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTENT_SECURITY_POLICY,
  securityHeaders,
} from '../../../../functions/middleware/security-headers.ts';
import { httpEvent, lambdaContext } from '../../../support/events.ts';

type Result = APIGatewayProxyStructuredResultV2;

const withHeaders = (respond: () => Result) =>
  middy<APIGatewayProxyEventV2, Result>()
    .use(securityHeaders())
    .handler(async () => respond());

const headersOf = async (respond: () => Result) =>
  ((await withHeaders(respond)(httpEvent(), lambdaContext())) as Result).headers ?? {};

const page = (headers: Record<string, string> = {}): Result => ({
  statusCode: 200,
  headers: { 'content-security-policy': "default-src 'none'; style-src 'sha256-abc='", ...headers },
  body: '<!doctype html><title>x</title>',
});

describe('securityHeaders', () => {
  it("keeps the page's own policy and forbids framing when the policy does not say", async () => {
    const headers = await headersOf(() => page());
    expect(headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'sha256-abc='; frame-ancestors 'none'",
    );
  });

  it('leaves a policy that already names frame ancestors alone', async () => {
    const policy = "default-src 'none'; frame-ancestors 'none'";
    const headers = await headersOf(() => page({ 'content-security-policy': policy }));
    expect(headers['content-security-policy']).toBe(policy);
  });

  it('gives a response without a page of its own a policy that allows nothing', async () => {
    const headers = await headersOf(() => ({ statusCode: 303, headers: { location: '/' }, body: '' }));
    expect(headers['content-security-policy']).toBe(DEFAULT_CONTENT_SECURITY_POLICY);
    expect(headers.location).toBe('/');
  });

  it('adds the headers every answer needs', async () => {
    const headers = await headersOf(() => page());
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(headers['permissions-policy']).toContain('camera=()');
  });

  it('keeps no-referrer by default and sends same-origin when asked (the staff pages)', async () => {
    const staff = middy<APIGatewayProxyEventV2, Result>()
      .use(securityHeaders({ referrerPolicy: 'same-origin' }))
      .handler(async () => page({ 'referrer-policy': 'unsafe-url' }));
    const resident = middy<APIGatewayProxyEventV2, Result>()
      .use(securityHeaders())
      .handler(async () => page({ 'referrer-policy': 'unsafe-url' }));
    const staffHeaders = ((await staff(httpEvent(), lambdaContext())) as Result).headers ?? {};
    const residentHeaders = ((await resident(httpEvent(), lambdaContext())) as Result).headers ?? {};
    expect(staffHeaders['referrer-policy']).toBe('same-origin');
    expect(residentHeaders['referrer-policy']).toBe('no-referrer');
  });

  it('declares HTML as UTF-8 when a body has no content type, and keeps one that is set', async () => {
    expect((await headersOf(() => page()))['content-type']).toBe('text/html; charset=utf-8');
    const plain = await headersOf(() => page({ 'content-type': 'text/plain; charset=utf-8' }));
    expect(plain['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('forbids caching unless the handler chose a policy', async () => {
    expect((await headersOf(() => page()))['cache-control']).toBe('no-store');
    const cached = await headersOf(() => page({ 'cache-control': 'public, max-age=60' }));
    expect(cached['cache-control']).toBe('public, max-age=60');
  });

  it('treats header names case-insensitively so nothing is sent twice', async () => {
    const headers = await headersOf(() => page({ 'Content-Security-Policy': "default-src 'self'" }));
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy')).toEqual([
      'content-security-policy',
    ]);
    expect(headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('cannot be weakened by a handler that sets a permissive header', async () => {
    const headers = await headersOf(() => page({ 'x-frame-options': 'ALLOWALL' }));
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it('also secures the page an error middleware produced', async () => {
    const handler = middy<APIGatewayProxyEventV2, Result>()
      .use(securityHeaders())
      .onError((request) => {
        request.response = { statusCode: 500, body: '<p>error</p>' };
      })
      .handler(async () => {
        throw new Error('boom');
      });
    const response = (await handler(httpEvent(), lambdaContext())) as Result;
    expect(response.statusCode).toBe(500);
    expect(response.headers?.['x-content-type-options']).toBe('nosniff');
    expect(response.headers?.['content-security-policy']).toBe(DEFAULT_CONTENT_SECURITY_POLICY);
  });
});
