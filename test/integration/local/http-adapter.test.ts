import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter, type HttpHandler } from '../../../infra/local/http-adapter.ts';

const routes = [
  { method: 'GET', path: '/', fn: 'home' },
  { method: 'GET', path: '/c/{slug}', fn: 'form' },
  { method: 'POST', path: '/c/{slug}', fn: 'submit' },
] as const;

/** Answers with the event it received, so the test can look at what the adapter built. */
const echo: HttpHandler = async (event, context) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'x-function': context.functionName },
  cookies: ['seen=1; Path=/'],
  body: JSON.stringify({
    event,
    remaining: context.getRemainingTimeInMillis(),
    requestId: context.awsRequestId,
  }),
});

let server: Server;
let baseUrl: string;
const logLines: string[] = [];

beforeAll(async () => {
  server = createServer(
    createHttpAdapter({
      routes,
      handlers: {
        home: async () => {
          throw new Error('home exploded');
        },
        form: echo,
        submit: echo,
      },
      errorPage: (status) => ({
        html: `<p>error ${status}</p>`,
        contentSecurityPolicy: "default-src 'none'",
      }),
      log: (line) => logLines.push(line),
      maxBodyBytes: 1024,
      originHeaders: { 'X-Origin-Verify': 'value-only-the-adapter-knows' },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function received(
  response: Response,
): Promise<{ event: APIGatewayProxyEventV2; remaining: number; requestId: string }> {
  expect(response.status).toBe(200);
  return (await response.json()) as { event: APIGatewayProxyEventV2; remaining: number; requestId: string };
}

describe('local HTTP adapter', () => {
  it('invokes the route with an API Gateway v2 event and a Lambda context', async () => {
    // Act
    const response = await fetch(`${baseUrl}/c/umfrage?lang=ar&lang=en`, {
      headers: { 'Accept-Language': 'de-DE', Cookie: 'a=1; b=2' },
    });
    // Assess
    const { event, remaining, requestId } = await received(response);
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /c/{slug}',
      rawPath: '/c/umfrage',
      rawQueryString: 'lang=ar&lang=en',
      queryStringParameters: { lang: 'ar,en' },
      pathParameters: { slug: 'umfrage' },
      cookies: ['a=1', 'b=2'],
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'GET', path: '/c/umfrage', sourceIp: '127.0.0.1' },
        stage: '$default',
      },
    });
    expect(event.headers['accept-language']).toBe('de-DE');
    expect(event.requestContext.requestId).toBe(requestId);
    expect(remaining).toBeGreaterThan(0);
    expect(response.headers.get('x-function')).toBe('mitwirken-local-form');
    expect(response.headers.getSetCookie()).toEqual(['seen=1; Path=/']);
  });

  it('adds the origin header to every request like CloudFront, replacing one the client sent', async () => {
    // Act
    const plain = await received(await fetch(`${baseUrl}/c/umfrage`));
    const forged = await received(
      await fetch(`${baseUrl}/c/umfrage`, { headers: { 'x-origin-verify': 'guessed' } }),
    );
    // Assess
    for (const { event } of [plain, forged]) {
      expect(event.headers['x-origin-verify']).toBe('value-only-the-adapter-knows');
      expect(
        Object.keys(event.headers).filter((name) => name.toLowerCase() === 'x-origin-verify'),
      ).toHaveLength(1);
    }
  });

  it('passes a form post base64-encoded', async () => {
    const response = await fetch(`${baseUrl}/c/umfrage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'comment=Gr%C3%BC%C3%9Fe+aus+Linden',
    });

    const { event } = await received(response);
    expect(event.routeKey).toBe('POST /c/{slug}');
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64').toString()).toBe('comment=Gr%C3%BC%C3%9Fe+aus+Linden');
  });

  it('answers HEAD with the GET route and no body', async () => {
    const get = await fetch(`${baseUrl}/c/umfrage/`);
    const getLength = (await get.arrayBuffer()).byteLength;

    const head = await fetch(`${baseUrl}/c/umfrage/`, { method: 'HEAD' });

    expect(head.status).toBe(200);
    expect(head.headers.get('x-function')).toBe('mitwirken-local-form');
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(getLength).toBeGreaterThan(0);
  });

  it('answers 405 with Allow for another method on a known path', async () => {
    const response = await fetch(`${baseUrl}/c/umfrage`, { method: 'DELETE' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST, HEAD');
    expect(await response.text()).toBe('<p>error 405</p>');
  });

  it('answers 404 with the error page for an unknown path', async () => {
    const response = await fetch(`${baseUrl}/nowhere`);

    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(await response.text()).toBe('<p>error 404</p>');
  });

  it('refuses a body over the limit with 413 without invoking the handler', async () => {
    const before = logLines.length;
    const response = await fetch(`${baseUrl}/c/umfrage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x='.padEnd(2048, 'a'),
    });

    expect(response.status).toBe(413);
    expect(logLines.slice(before).join('\n')).toContain('413');
  });

  it('answers 500 and logs the error when a handler throws', async () => {
    const response = await fetch(`${baseUrl}/`);

    expect(response.status).toBe(500);
    expect(await response.text()).toBe('<p>error 500</p>');
    expect(
      logLines.some((line) => line.includes('mitwirken-local-home failed') && line.includes('home exploded')),
    ).toBe(true);
  });
});
