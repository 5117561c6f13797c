import * as z from 'zod';

/** An HTTP response ready to write: what API Gateway makes of a handler's result. */
export interface HttpResponse {
  status: number;
  headers: [name: string, value: string][];
  body: Buffer;
}

const structuredResult = z.object({
  statusCode: z.int().min(100).max(599),
  headers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  cookies: z.array(z.string()).optional(),
  body: z.string().optional(),
  isBase64Encoded: z.boolean().optional(),
});

/** A result API Gateway cannot turn into a response; it answers 500 and so do we. */
export class MalformedLambdaResultError extends Error {
  override name = 'MalformedLambdaResultError';
}

/**
 * Interprets a handler's return value like payload format 2.0 does: an object with `statusCode` is a
 * structured response (cookies become `set-cookie` headers, base64 bodies are decoded); anything else
 * is sent as a JSON body with status 200.
 */
export function toHttpResponse(result: unknown): HttpResponse {
  const isStructured = typeof result === 'object' && result !== null && 'statusCode' in result;
  if (!isStructured) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    return { status: 200, headers: [['content-type', 'application/json']], body: Buffer.from(body, 'utf8') };
  }
  const parsed = structuredResult.safeParse(result);
  if (!parsed.success)
    throw new MalformedLambdaResultError(`Malformed Lambda result: ${z.prettifyError(parsed.error)}`);
  const { statusCode, headers = {}, cookies = [], body = '', isBase64Encoded = false } = parsed.data;
  return {
    status: statusCode,
    headers: [
      ...Object.entries(headers).map(([name, value]): [string, string] => [
        name.toLowerCase(),
        String(value),
      ]),
      ...cookies.map((cookie): [string, string] => ['set-cookie', cookie]),
    ],
    body: Buffer.from(body, isBase64Encoded ? 'base64' : 'utf8'),
  };
}
