import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../../../functions/http/http-error.ts';
import { httpErrors } from '../../../../functions/middleware/http-errors.ts';
import { httpEvent, lambdaContext } from '../../../support/events.ts';

type Result = APIGatewayProxyStructuredResultV2;

const failingWith = (error: unknown) =>
  middy<APIGatewayProxyEventV2, Result>()
    .use(httpErrors())
    .handler(async () => {
      throw error;
    });

const silenceErrors = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('httpErrors', () => {
  it("answers an HttpError with its status and error page in the visitor's language, without logging", async () => {
    // Prepare
    const log = silenceErrors();
    const handler = failingWith(new HttpError(404, 'No consultation has this slug'));
    // Act
    const response = (await handler(
      httpEvent({ headers: { 'accept-language': 'en' } }),
      lambdaContext(),
    )) as Result;
    // Assess
    expect(response.statusCode).toBe(404);
    expect(response.body).toMatch(/<html[^>]*\blang="en"/);
    expect(response.body).not.toContain('No consultation has this slug');
    expect(response.headers?.['content-security-policy']).toEqual(expect.any(String));
    expect(log).not.toHaveBeenCalled();
  });

  it('uses the language the error names, e.g. the consultation language of a posted form', async () => {
    const handler = failingWith(new HttpError(404, 'gone', { locale: 'ar' }));
    const response = (await handler(
      httpEvent({ headers: { 'accept-language': 'en' } }),
      lambdaContext(),
    )) as Result;
    expect(response.body).toMatch(/<html[^>]*\bdir="rtl"/);
  });

  it('keeps the headers the error carries', async () => {
    const handler = failingWith(new HttpError(405, 'no', { headers: { allow: 'GET, HEAD' } }));
    const response = (await handler(httpEvent({ method: 'PUT' }), lambdaContext())) as Result;
    expect(response.statusCode).toBe(405);
    expect(response.headers?.allow).toBe('GET, HEAD');
  });

  it.each([400, 403, 413, 415] as const)('renders a page for status %i', async (status) => {
    const response = (await failingWith(new HttpError(status, 'refused'))(
      httpEvent(),
      lambdaContext(),
    )) as Result;
    expect(response.statusCode).toBe(status);
    expect(response.body).toMatch(/^<!doctype html>/i);
  });

  it('answers anything else with a 500 page without details and one structured log line', async () => {
    // Prepare
    const log = silenceErrors();
    const handler = failingWith(new TypeError('Cannot read properties of undefined (secret detail)'));
    const event = httpEvent({ route: '/c/{slug}', pathParameters: { slug: 'x' } });
    // Act
    const response = (await handler(event, lambdaContext('aws-request-7'))) as Result;
    // Assess
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret detail');
    expect(response.body).not.toContain('TypeError');
    expect(log).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(log.mock.calls[0]?.[0]))).toMatchObject({
      level: 'ERROR',
      requestId: 'aws-request-7',
      route: 'GET /c/{slug}',
      error: {
        name: 'TypeError',
        message: 'Cannot read properties of undefined (secret detail)',
        stack: expect.any(String),
      },
    });
  });

  it('logs a thrown value that is not an Error, and falls back to the API request id', async () => {
    const log = silenceErrors();
    const event = httpEvent();
    const response = (await failingWith('just a string')(event, {} as Context)) as Result;
    expect(response.statusCode).toBe(500);
    expect(JSON.parse(String(log.mock.calls[0]?.[0]))).toMatchObject({
      requestId: event.requestContext.requestId,
      error: { name: 'NonError', message: 'just a string' },
    });
  });
});
