import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../../functions/http/http-error.ts';
import { type FormBodyEvent, formBody, formBodyOf } from '../../../../functions/middleware/form-body.ts';
import { type HttpEventOptions, httpEvent, lambdaContext } from '../../../support/events.ts';

const FORM = 'application/x-www-form-urlencoded';

/** Runs the middleware and returns what the handler saw as `event.formBody`. */
async function parse(options: HttpEventOptions, maxBytes = 1024) {
  const handler = middy<FormBodyEvent, APIGatewayProxyStructuredResultV2>()
    .use(formBody({ maxBytes }))
    .handler(async (event) => ({ statusCode: 200, body: JSON.stringify(formBodyOf(event)) }));
  const response = (await handler(
    httpEvent({ method: 'POST', ...options }) as FormBodyEvent,
    lambdaContext(),
  )) as {
    body: string;
  };
  return JSON.parse(response.body);
}

/** A POST with `contentType` (null: without a Content-Type header). */
const post = (body: string, contentType: string | null = FORM): HttpEventOptions => ({
  body,
  headers: contentType === null ? {} : { 'content-type': contentType },
});

describe('formBody', () => {
  it('hands the parsed fields to the handler', async () => {
    expect(await parse(post('name=Ay%C5%9Fe+Y%C4%B1lmaz&topics=housing&topics=work'))).toEqual({
      name: 'Ayşe Yılmaz',
      topics: ['housing', 'work'],
    });
  });

  it('decodes a base64-encoded body as API Gateway delivers forms', async () => {
    const body = Buffer.from('city=Hannover', 'utf8').toString('base64');
    expect(await parse({ ...post(body), isBase64Encoded: true })).toEqual({ city: 'Hannover' });
  });

  it('accepts the UTF-8 charset parameter and any case of the media type', async () => {
    expect(await parse(post('a=1', 'Application/X-WWW-Form-Urlencoded; charset="UTF-8"'))).toEqual({
      a: '1',
    });
  });

  it('reads the content type whatever the case of the header name', async () => {
    expect(await parse({ body: 'a=1', headers: { 'Content-Type': FORM } })).toEqual({ a: '1' });
  });

  it('treats a missing body as an empty form', async () => {
    expect(await parse({ headers: { 'content-type': FORM } })).toEqual({});
  });

  it.each([
    ['JSON', 'application/json'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['a missing content type', null],
    ['another charset', `${FORM}; charset=iso-8859-1`],
  ])('refuses %s with 415', async (_, contentType) => {
    await expect(parse(post('a=1', contentType))).rejects.toMatchObject({ name: 'HttpError', status: 415 });
  });

  it('accepts a body of exactly the limit and refuses one byte more with 413', async () => {
    const exact = `a=${'x'.repeat(98)}`;
    expect(await parse(post(exact), 100)).toEqual({ a: 'x'.repeat(98) });
    await expect(parse(post(`${exact}x`), 100)).rejects.toMatchObject({ status: 413 });
  });

  it('measures a base64 body after decoding', async () => {
    const body = Buffer.from(`a=${'x'.repeat(98)}`).toString('base64');
    expect(body.length).toBeGreaterThan(100);
    expect(await parse({ ...post(body), isBase64Encoded: true }, 100)).toEqual({ a: 'x'.repeat(98) });
  });

  it('measures bytes, not characters', async () => {
    await expect(parse(post(`a=${'ü'.repeat(50)}`), 100)).rejects.toMatchObject({ status: 413 });
  });

  it('refuses bytes that are not UTF-8 with 400', async () => {
    const body = Buffer.from([0x61, 0x3d, 0xff, 0xfe]).toString('base64');
    const outcome = parse({ ...post(body), isBase64Encoded: true });
    await expect(outcome).rejects.toBeInstanceOf(HttpError);
    await expect(outcome).rejects.toMatchObject({ status: 400 });
  });
});

describe('formBodyOf', () => {
  it('fails as a bug, not as a client error, when the middleware did not run', () => {
    expect(() => formBodyOf(httpEvent({ method: 'POST' }))).toThrow(
      expect.objectContaining({ name: 'MissingFormBodyError' }),
    );
  });
});
