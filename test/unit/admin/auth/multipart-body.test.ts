import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { formOrMultipartBody } from '../../../../functions/admin/http/multipart-body.ts';
import { type FormBodyEvent, formBodyOf } from '../../../../functions/middleware/form-body.ts';
import { httpErrors } from '../../../../functions/middleware/http-errors.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../../support/events.ts';

/** A chain that answers with the parsed body as JSON. */
function echo(maxBytes = 4096) {
  return middy<FormBodyEvent, APIGatewayProxyStructuredResultV2>()
    .use(httpErrors())
    .use(formOrMultipartBody({ maxBytes }))
    .handler(async (event) => ({ statusCode: 200, body: JSON.stringify(formBodyOf(event)) }));
}

/** The event a browser's multipart form post becomes (API Gateway base64-encodes the body). */
async function multipartEvent(form: FormData) {
  const request = new Request('http://local/', { method: 'POST', body: form });
  return httpEvent({
    method: 'POST',
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
    body: Buffer.from(await request.arrayBuffer()).toString('base64'),
    isBase64Encoded: true,
  });
}

const call = async (event: FormBodyEvent, maxBytes?: number) =>
  (await echo(maxBytes)(event, lambdaContext())) as APIGatewayProxyStructuredResultV2;

describe('formOrMultipartBody', () => {
  it('puts text fields and a file part, as its UTF-8 text, under their names', async () => {
    // Prepare
    const form = new FormData();
    form.append('_csrf', 'token');
    form.append('l:languages', 'de');
    form.append('l:languages', 'en');
    form.append('yaml', new Blob(['id: umfrage\ntitle:\n  de: Straßenfest ✓\n']), 'umfrage.yaml');
    // Act
    const response = await call(await multipartEvent(form));
    // Assess
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(String(response.body))).toEqual({
      _csrf: 'token',
      'l:languages': ['de', 'en'],
      yaml: 'id: umfrage\ntitle:\n  de: Straßenfest ✓\n',
    });
  });

  it('still reads urlencoded bodies', async () => {
    const event = httpEvent({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: urlencoded({ a: '1', b: ['2', '3'] }),
    });
    expect(JSON.parse(String((await call(event)).body))).toEqual({ a: '1', b: ['2', '3'] });
  });

  it('answers 413 to a body over the limit, before parsing it', async () => {
    const form = new FormData();
    form.append('yaml', new Blob(['x'.repeat(5000)]), 'big.yaml');
    expect((await call(await multipartEvent(form), 4096)).statusCode).toBe(413);
  });

  it('answers 400 to a file that is not UTF-8 text and to a broken body', async () => {
    const form = new FormData();
    form.append('yaml', new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0xc3])]), 'binary.yaml');
    expect((await call(await multipartEvent(form))).statusCode).toBe(400);
    const broken = httpEvent({
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: 'this is not multipart',
    });
    expect((await call(broken)).statusCode).toBe(400);
  });

  it('answers 415 to other media types', async () => {
    const event = httpEvent({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a=1' });
    expect((await call(event)).statusCode).toBe(415);
  });

  it('keeps a part named __proto__ an own field', async () => {
    const form = new FormData();
    form.append('__proto__', 'x');
    const body = JSON.parse(String((await call(await multipartEvent(form))).body));
    expect(Object.hasOwn(body, '__proto__')).toBe(true);
  });
});
