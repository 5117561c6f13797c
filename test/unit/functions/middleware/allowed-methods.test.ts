import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../../../functions/http/http-error.ts';
import { allowedMethods } from '../../../../functions/middleware/allowed-methods.ts';
import { httpEvent, lambdaContext } from '../../../support/events.ts';

type Result = APIGatewayProxyStructuredResultV2;

const page: Result = { statusCode: 200, headers: { 'content-type': 'text/html' }, body: '<p>page</p>' };

describe('allowedMethods', () => {
  it('runs the handler for a listed method', async () => {
    const handler = middy<APIGatewayProxyEventV2, Result>()
      .use(allowedMethods(['GET', 'HEAD']))
      .handler(async () => page);
    expect(await handler(httpEvent({ method: 'GET' }), lambdaContext())).toEqual(page);
  });

  it('refuses any other method with 405 and Allow, without running the handler', async () => {
    // Prepare
    const inner = vi.fn(async () => page);
    const handler = middy<APIGatewayProxyEventV2, Result>()
      .use(allowedMethods(['GET', 'HEAD']))
      .handler(inner);
    // Act
    const outcome = handler(httpEvent({ method: 'DELETE' }), lambdaContext());
    // Assess
    await expect(outcome).rejects.toBeInstanceOf(HttpError);
    await expect(outcome).rejects.toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
    expect(inner).not.toHaveBeenCalled();
  });

  it('answers HEAD like GET but without the body', async () => {
    const handler = middy<APIGatewayProxyEventV2, Result>()
      .use(allowedMethods(['GET', 'HEAD']))
      .handler(async () => page);
    const response = (await handler(httpEvent({ method: 'HEAD' }), lambdaContext())) as Result;
    expect(response).toEqual({ ...page, body: '' });
  });

  it('drops the body of an error page answered to HEAD', async () => {
    const handler = middy<APIGatewayProxyEventV2, Result>()
      .use(allowedMethods(['GET', 'HEAD']))
      .onError((request) => {
        request.response = { statusCode: 404, body: '<p>not found</p>' };
      })
      .handler(async () => {
        throw new HttpError(404, 'missing');
      });
    const response = (await handler(httpEvent({ method: 'HEAD' }), lambdaContext())) as Result;
    expect(response).toEqual({ statusCode: 404, body: '' });
  });

  it('refuses an event without a method instead of failing on it', async () => {
    const event = httpEvent();
    const handler = middy<APIGatewayProxyEventV2, Result>()
      .use(allowedMethods(['POST']))
      .handler(async () => page);
    const broken = { ...event, requestContext: { ...event.requestContext, http: undefined } } as any;
    await expect(handler(broken, lambdaContext())).rejects.toMatchObject({ status: 405 });
  });
});
