import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * A request header by name, whatever its case: API Gateway lowercases names, but an adapter or a
 * hand-built test event may not.
 */
export function requestHeader(
  event: Pick<APIGatewayProxyEventV2, 'headers'>,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
