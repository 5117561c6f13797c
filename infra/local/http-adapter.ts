import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { distinctHeaders, type RawRequest, toApiGatewayEvent } from './api-gateway-event.ts';
import { type HttpResponse, toHttpResponse } from './api-gateway-result.ts';
import { createLambdaContext } from './lambda-context.ts';
import { matchRoute } from './route-match.ts';

/** A Lambda handler behind an HTTP API route. */
export type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

/** Statuses the adapter answers itself, before or instead of a handler. */
export type AdapterErrorStatus = 404 | 405 | 413 | 500;

/** Renders the page for a status the adapter answers itself (the views' error page, localized). */
export type ErrorPageRenderer = (
  status: AdapterErrorStatus,
  request: { acceptLanguage: string | undefined; rawQueryString: string },
) => { html: string; contentSecurityPolicy: string };

export interface HttpAdapterOptions {
  routes: readonly { method: string; path: string; fn: string }[];
  /** Handlers by function name (`fn` of a route). */
  handlers: Readonly<Record<string, HttpHandler>>;
  errorPage?: ErrorPageRenderer;
  log: (line: string) => void;
  /** API Gateway refuses bodies over 10 MB; locally we refuse earlier, at 1 MiB. */
  maxBodyBytes?: number;
  /** Prefix of the function names in the Lambda context, like the stack's generated names. */
  functionNamePrefix?: string;
  /**
   * Headers added to every request handed to a handler, replacing any the client sent under the
   * same name: what CloudFront's origin custom headers do (the origin-verification header).
   */
  originHeaders?: Readonly<Record<string, string>>;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * A node:http request listener that serves the routes the way API Gateway (HTTP API) invokes Lambda:
 * one payload 2.0 event per request, the structured result written back. HEAD runs the GET route and
 * drops the body; a known path with another method gets 405; a throwing handler gets 500 and a log line.
 */
export function createHttpAdapter(options: HttpAdapterOptions): RequestListener {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (req, res) => {
    const started = Date.now();
    serve(req, res, options, maxBodyBytes)
      .then((status) => options.log(`${req.method} ${req.url} ${status} ${Date.now() - started}ms`))
      .catch((error: unknown) => {
        options.log(`${req.method} ${req.url} failed while writing the response: ${describe(error)}`);
        res.destroy();
      });
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpAdapterOptions,
  maxBodyBytes: number,
): Promise<number> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = req.url ?? '/';
  const rawPath = url.split('?')[0] ?? '/';
  const errorPage = (status: AdapterErrorStatus, extraHeaders: [string, string][] = []) =>
    send(req, res, renderAdapterError(options.errorPage, status, req, extraHeaders));

  const match = matchRoute(options.routes, method, rawPath);
  if (match.kind === 'notFound') return errorPage(404);
  if (match.kind === 'methodNotAllowed') return errorPage(405, [['allow', match.allow.join(', ')]]);

  const body = await readBody(req, maxBodyBytes);
  if (body === 'tooLarge') {
    res.setHeader('connection', 'close');
    return errorPage(413);
  }
  const handler = options.handlers[match.route.fn];
  const requestId = randomUUID();
  const request: RawRequest = {
    method,
    url,
    headers: withOriginHeaders(distinctHeaders(req.headersDistinct), options.originHeaders),
    body,
    sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
    httpVersion: req.httpVersion,
    requestId,
    receivedAt: new Date(),
  };
  const event = toApiGatewayEvent(request, {
    routeKey: `${match.route.method} ${match.route.path}`,
    pathParameters: match.pathParameters,
  });
  const functionName = `${options.functionNamePrefix ?? 'mitwirken-local-'}${match.route.fn}`;
  if (!handler) {
    options.log(`No handler is loaded for function "${match.route.fn}" (${event.routeKey})`);
    return errorPage(500);
  }
  let response: HttpResponse;
  try {
    response = toHttpResponse(await handler(event, createLambdaContext(functionName, { requestId })));
  } catch (error) {
    options.log(`${functionName} failed for ${event.routeKey} (request ${requestId}): ${describe(error)}`);
    return errorPage(500);
  }
  return send(req, res, response);
}

/** The client's headers with the origin headers set over them, like CloudFront (a client cannot supply its own). */
function withOriginHeaders(
  headers: Record<string, string[]>,
  originHeaders: Readonly<Record<string, string>> = {},
): Record<string, string[]> {
  const result = { ...headers };
  for (const [name, value] of Object.entries(originHeaders)) result[name.toLowerCase()] = [value];
  return result;
}

/** The body, or 'tooLarge' as soon as it exceeds the limit (the rest is discarded, not buffered). */
async function readBody(req: IncomingMessage, maxBodyBytes: number): Promise<Buffer | 'tooLarge'> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > maxBodyBytes) {
    req.resume();
    return 'tooLarge';
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBodyBytes) {
      req.resume();
      return 'tooLarge';
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function renderAdapterError(
  renderer: ErrorPageRenderer | undefined,
  status: AdapterErrorStatus,
  req: IncomingMessage,
  extraHeaders: [string, string][],
): HttpResponse {
  const fallback = {
    404: 'Not Found',
    405: 'Method Not Allowed',
    413: 'Request Entity Too Large',
    500: 'Internal Server Error',
  }[status];
  const security: [string, string][] = [
    ['x-content-type-options', 'nosniff'],
    ['cache-control', 'no-store'],
    ...extraHeaders,
  ];
  if (!renderer) {
    return {
      status,
      headers: [['content-type', 'text/plain; charset=utf-8'], ...security],
      body: Buffer.from(`${fallback}\n`),
    };
  }
  const acceptLanguage = req.headers['accept-language'];
  const page = renderer(status, { acceptLanguage, rawQueryString: (req.url ?? '').split('?')[1] ?? '' });
  return {
    status,
    headers: [
      ['content-type', 'text/html; charset=utf-8'],
      ['content-security-policy', page.contentSecurityPolicy],
      ...security,
    ],
    body: Buffer.from(page.html, 'utf8'),
  };
}

async function send(req: IncomingMessage, res: ServerResponse, response: HttpResponse): Promise<number> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.appendHeader(name, value);
  const isHead = req.method?.toUpperCase() === 'HEAD';
  // HEAD reports the length the GET body would have had, then sends nothing.
  if (!res.hasHeader('content-length')) res.setHeader('content-length', response.body.length);
  await new Promise<void>((resolve) => res.end(isHead ? undefined : response.body, resolve));
  return response.status;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}
