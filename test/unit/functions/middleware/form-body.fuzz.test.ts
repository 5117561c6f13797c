import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../../functions/http/http-error.ts';
import { type FormBodyEvent, formBody, formBodyOf } from '../../../../functions/middleware/form-body.ts';
import { httpEvent, lambdaContext } from '../../../support/events.ts';

const MAX_BYTES = 256;

const handler = middy<FormBodyEvent, APIGatewayProxyStructuredResultV2>()
  .use(formBody({ maxBytes: MAX_BYTES }))
  .handler(async (event) => ({ statusCode: 200, body: JSON.stringify(formBodyOf(event)) }));

/** Resolves with the status the request ends in; rejects only for errors the middleware must not throw. */
async function statusOf(event: FormBodyEvent): Promise<number> {
  try {
    return ((await handler(event, lambdaContext())) as APIGatewayProxyStructuredResultV2).statusCode ?? 0;
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

const contentTypes = fc.oneof(
  fc.constant('application/x-www-form-urlencoded'),
  fc.constant('application/x-www-form-urlencoded; charset=utf-8'),
  fc.string(),
);

describe('formBody fuzz', () => {
  it('ends any text body in the parsed form or a 4xx, never in another error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 400 }),
        contentTypes,
        async (body, contentType) => {
          const event = httpEvent({
            method: 'POST',
            body,
            headers: { 'content-type': contentType },
          }) as FormBodyEvent;
          expect([200, 400, 413, 415]).toContain(await statusOf(event));
        },
      ),
    );
  });

  it('ends any base64 body, valid or not, in the parsed form or a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('base64')),
          fc.string({ maxLength: 600 }),
        ),
        async (body) => {
          const event = httpEvent({
            method: 'POST',
            body,
            isBase64Encoded: true,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          }) as FormBodyEvent;
          expect([200, 400, 413]).toContain(await statusOf(event));
        },
      ),
    );
  });

  it('parses every well-formed urlencoded body within the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ minLength: 1 }), fc.string(), { maxKeys: 5 }),
        async (fields) => {
          const body = new URLSearchParams(fields).toString();
          fc.pre(Buffer.byteLength(body) <= MAX_BYTES);
          const event = httpEvent({
            method: 'POST',
            body,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          }) as FormBodyEvent;
          expect(await statusOf(event)).toBe(200);
        },
      ),
    );
  });
});
