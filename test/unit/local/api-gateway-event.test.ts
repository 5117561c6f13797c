import { describe, expect, it } from 'vitest';
import {
  isTextContentType,
  type RawRequest,
  toApiGatewayEvent,
} from '../../../infra/local/api-gateway-event.ts';

const request = (overrides: Partial<RawRequest> = {}): RawRequest => ({
  method: 'GET',
  url: '/c/umfrage',
  headers: { host: ['localhost:3000'], 'user-agent': ['test-agent'] },
  body: Buffer.alloc(0),
  sourceIp: '127.0.0.1',
  httpVersion: '1.1',
  requestId: 'req-1',
  receivedAt: new Date('2026-03-12T19:03:58.123Z'),
  ...overrides,
});
const route = { routeKey: 'GET /c/{slug}', pathParameters: { slug: 'umfrage' } };

describe('toApiGatewayEvent', () => {
  it('describes the request in payload format 2.0', () => {
    const event = toApiGatewayEvent(request({ url: '/c/umfrage?lang=ar&x=1' }), route);

    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /c/{slug}',
      rawPath: '/c/umfrage',
      rawQueryString: 'lang=ar&x=1',
      queryStringParameters: { lang: 'ar', x: '1' },
      pathParameters: { slug: 'umfrage' },
      isBase64Encoded: false,
      requestContext: {
        http: {
          method: 'GET',
          path: '/c/umfrage',
          protocol: 'HTTP/1.1',
          sourceIp: '127.0.0.1',
          userAgent: 'test-agent',
        },
        requestId: 'req-1',
        routeKey: 'GET /c/{slug}',
        stage: '$default',
        domainName: 'localhost',
        time: '12/Mar/2026:19:03:58 +0000',
        timeEpoch: Date.parse('2026-03-12T19:03:58.123Z'),
      },
    });
    expect(event.body).toBeUndefined();
  });

  it('joins repeated headers and query parameters with commas', () => {
    const event = toApiGatewayEvent(
      request({ url: '/c/umfrage?t=a&t=b%20c', headers: { 'x-multi': ['one', 'two'] } }),
      route,
    );

    expect(event.headers['x-multi']).toBe('one,two');
    expect(event.queryStringParameters).toEqual({ t: 'a,b c' });
  });

  it('moves cookies out of the headers into the cookies list', () => {
    const event = toApiGatewayEvent(request({ headers: { cookie: ['a=1; b=2'] } }), route);

    expect(event.cookies).toEqual(['a=1', 'b=2']);
    expect(event.headers.cookie).toBeUndefined();
  });

  it('leaves out query and path parameters when there are none', () => {
    const event = toApiGatewayEvent(request({ url: '/' }), { routeKey: 'GET /', pathParameters: {} });

    expect(event).not.toHaveProperty('queryStringParameters');
    expect(event).not.toHaveProperty('pathParameters');
  });

  it('passes a form post base64-encoded, as HTTP APIs do', () => {
    const body = Buffer.from('name=J%C3%BCrgen&_copy=yes');
    const event = toApiGatewayEvent(
      request({ method: 'POST', body, headers: { 'content-type': ['application/x-www-form-urlencoded'] } }),
      { routeKey: 'POST /c/{slug}', pathParameters: { slug: 'umfrage' } },
    );

    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64').toString('utf8')).toBe('name=J%C3%BCrgen&_copy=yes');
  });

  it('passes a JSON body as text', () => {
    const event = toApiGatewayEvent(
      request({
        method: 'POST',
        body: Buffer.from('{"ä":1}'),
        headers: { 'content-type': ['application/json; charset=utf-8'] },
      }),
      route,
    );

    expect(event).toMatchObject({ body: '{"ä":1}', isBase64Encoded: false });
  });
});

describe('isTextContentType', () => {
  it('counts text/*, JSON, XML and JavaScript as text and everything else as binary', () => {
    expect(
      ['text/plain', 'TEXT/HTML; charset=utf-8', 'application/json', 'application/xml'].map(
        isTextContentType,
      ),
    ).toEqual([true, true, true, true]);
    expect(
      [undefined, 'application/x-www-form-urlencoded', 'multipart/form-data', 'image/png'].map(
        isTextContentType,
      ),
    ).toEqual([false, false, false, false]);
  });
});
