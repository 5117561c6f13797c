import type { IncomingHttpHeaders } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** What the adapter knows about one HTTP request once its body has been read. */
export interface RawRequest {
  method: string;
  /** The request target as received, e.g. `/c/umfrage?lang=ar`. */
  url: string;
  /** Node's `headersDistinct`: lower-cased names, every received value. */
  headers: Record<string, string[]>;
  body: Buffer;
  sourceIp: string;
  httpVersion: string;
  requestId: string;
  receivedAt: Date;
}

/**
 * Content types HTTP APIs pass to Lambda as UTF-8 text. Everything else — also a missing content type
 * and, surprisingly, application/x-www-form-urlencoded — arrives base64-encoded with
 * `isBase64Encoded: true` (verified against AWS, see ministackorg/ministack#766), so the local
 * platform does the same and the handlers' base64 path runs locally too.
 */
export function isTextContentType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!type) return false;
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'application/xml' ||
    type === 'application/javascript'
  );
}

/** Builds the payload format 2.0 event API Gateway (HTTP API) sends for a request and a matched route. */
export function toApiGatewayEvent(
  request: RawRequest,
  route: { routeKey: string; pathParameters: Record<string, string> },
): APIGatewayProxyEventV2 {
  const queryStart = request.url.indexOf('?');
  const rawPath = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : (request.url.slice(queryStart + 1).split('#')[0] ?? '');
  const headers = joinHeaders(request);
  const cookies = (request.headers.cookie ?? [])
    .flatMap((header) => header.split(';'))
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie !== '');
  const host = headers.host ?? 'localhost';
  const domainName = host.replace(/:\d+$/, '');
  const hasBody = request.body.length > 0;
  const text = isTextContentType(headers['content-type']);
  const query = queryParameters(rawQueryString);
  const timeEpoch = request.receivedAt.getTime();
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(query ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName,
      domainPrefix: domainName.split('.')[0] ?? domainName,
      http: {
        method: request.method,
        path: rawPath,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: request.requestId,
      routeKey: route.routeKey,
      stage: '$default',
      time: formatRequestTime(request.receivedAt),
      timeEpoch,
    },
    ...(Object.keys(route.pathParameters).length > 0 ? { pathParameters: route.pathParameters } : {}),
    ...(hasBody ? { body: request.body.toString(text ? 'utf8' : 'base64') } : {}),
    isBase64Encoded: hasBody && !text,
  };
}

/**
 * Payload 2.0 joins repeated headers with commas and moves cookies into `cookies`; API Gateway also
 * adds the forwarding headers a handler behind it would see.
 */
function joinHeaders(request: RawRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(request.headers)) {
    if (name === 'cookie') continue;
    headers[name.toLowerCase()] = values.join(',');
  }
  headers['x-forwarded-for'] ??= request.sourceIp;
  headers['x-forwarded-proto'] ??= 'http';
  headers['x-amzn-trace-id'] ??=
    `Root=1-${Math.floor(request.receivedAt.getTime() / 1000).toString(16)}-${request.requestId.replaceAll('-', '').slice(0, 24)}`;
  return headers;
}

/** Decoded query parameters; repeated names joined with commas, as payload 2.0 does. */
function queryParameters(rawQueryString: string): Record<string, string> | undefined {
  if (rawQueryString === '') return undefined;
  const joined: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    joined[name] = name in joined ? `${joined[name]},${value}` : value;
  }
  return Object.keys(joined).length > 0 ? joined : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12/Mar/2020:19:03:58 +0000`, the format of `requestContext.time`. */
export function formatRequestTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** Node's distinct headers without the `undefined` entries its type allows. */
export function distinctHeaders(
  headers: NodeJS.Dict<string[]> | IncomingHttpHeaders,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  return result;
}
