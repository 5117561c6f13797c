import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formOrMultipartBody } from '../../../../functions/admin/http/multipart-body.ts';
import { HttpError } from '../../../../functions/http/http-error.ts';
import { type FormBodyEvent, formBodyOf } from '../../../../functions/middleware/form-body.ts';
import { httpEvent, lambdaContext } from '../../../support/events.ts';

const MAX_BYTES = 2048;

const handler = middy<FormBodyEvent, APIGatewayProxyStructuredResultV2>()
  .use(formOrMultipartBody({ maxBytes: MAX_BYTES }))
  .handler(async (event) => ({ statusCode: 200, body: JSON.stringify(formBodyOf(event)) }));

/** The status and body a request ends in; rejects only for errors the middleware must not throw. */
async function outcomeOf(event: FormBodyEvent): Promise<{ status: number; body?: string }> {
  try {
    const response = (await handler(event, lambdaContext())) as APIGatewayProxyStructuredResultV2;
    return { status: response.statusCode ?? 0, body: response.body };
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status };
    throw error;
  }
}

/** The event a browser's multipart post of `form` becomes (API Gateway base64-encodes the body). */
async function multipartEvent(form: FormData): Promise<FormBodyEvent> {
  const request = new Request('http://local/', { method: 'POST', body: form });
  return httpEvent({
    method: 'POST',
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
    body: Buffer.from(await request.arrayBuffer()).toString('base64'),
    isBase64Encoded: true,
  });
}

// Names and values as a form may carry them: any text, including quotes, CR/LF and `__proto__`.
const fieldName = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constant('__proto__'));
const fieldValue = fc.string({ maxLength: 60 });

describe('formOrMultipartBody fuzz', () => {
  it('ends any body sent as multipart in the parsed form or a 4xx, never in another error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.oneof(
          fc.constant('multipart/form-data; boundary=x'),
          fc.string({ maxLength: 30 }).map((b) => `multipart/form-data; boundary=${b}`),
          fc.constant('multipart/form-data'),
        ),
        async (bytes, contentType) => {
          // Prepare
          const event = httpEvent({
            method: 'POST',
            headers: { 'content-type': contentType },
            body: Buffer.from(bytes).toString('base64'),
            isBase64Encoded: true,
          });
          // Act
          const { status } = await outcomeOf(event);
          // Assess
          expect([200, 400, 413]).toContain(status);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives back every text field a browser encodes, with repeated names as lists, `__proto__` included as a plain field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 6 }), async (fields) => {
        // Prepare
        const form = new FormData();
        for (const [name, value] of fields) form.append(name, value);
        const event = await multipartEvent(form);
        const size = Buffer.from(event.body ?? '', 'base64').byteLength;
        // The browser's encoding normalises line breaks in values to CRLF; compare what it sent.
        const sent = new Map<string, string[]>();
        for (const [name, value] of await new Request('http://local/', {
          method: 'POST',
          body: form,
        }).formData()) {
          const list = sent.get(name) ?? [];
          list.push(String(value));
          sent.set(name, list);
        }
        // Act
        const { status, body } = await outcomeOf(event);
        // Assess
        if (size > MAX_BYTES) {
          expect(status).toBe(413);
          return;
        }
        expect(status).toBe(200);
        const parsed = JSON.parse(body ?? '{}') as Record<string, unknown>;
        expect(Object.keys(parsed).sort()).toEqual([...sent.keys()].sort());
        for (const [name, list] of sent) expect(parsed[name]).toEqual(list.length === 1 ? list[0] : list);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a file part that is not UTF-8 with a 400, whatever else the form holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 3 }),
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        async (fields, prefix) => {
          // Prepare: 0xFF never occurs in UTF-8.
          const form = new FormData();
          for (const [name, value] of fields) form.append(name, value);
          form.append('yaml', new Blob([new Uint8Array([...prefix, 0xff])]), 'bad.yaml');
          // Act
          const { status } = await outcomeOf(await multipartEvent(form));
          // Assess
          expect([400, 413]).toContain(status);
        },
      ),
      { numRuns: 100 },
    );
  });
});
