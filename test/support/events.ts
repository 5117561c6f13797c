import type { APIGatewayProxyEventV2, Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { frontDoorHeaders } from './front-door.ts';

export interface HttpEventOptions {
  method?: string;
  /** Route in API Gateway syntax, e.g. `/c/{slug}`; the path is built from it and `pathParameters`. */
  route?: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
}

let requestCounter = 0;

/**
 * An API Gateway HTTP API (payload 2.0) event with just the parts the handlers read, as it arrives
 * through CloudFront: with the origin-verification header (a test of the front door overrides or
 * removes it through `headers`).
 */
export function httpEvent(options: HttpEventOptions = {}): APIGatewayProxyEventV2 {
  const method = options.method ?? 'GET';
  const route = options.route ?? '/';
  const pathParameters = options.pathParameters ?? {};
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => pathParameters[name] ?? '');
  const rawQueryString = new URLSearchParams(options.query ?? {}).toString();
  const requestId = `req-${++requestCounter}`;
  // HTTP APIs route HEAD to the GET route's integration.
  const routeKey = `${method === 'HEAD' ? 'GET' : method} ${route}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString,
    headers: { host: 'mitwirken.test', ...frontDoorHeaders(), ...options.headers },
    ...(options.query ? { queryStringParameters: options.query } : {}),
    ...(Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'mitwirken.test',
      domainPrefix: 'mitwirken',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'vitest' },
      requestId,
      routeKey,
      stage: '$default',
      time: '01/May/2026:10:00:00 +0000',
      timeEpoch: Date.UTC(2026, 4, 1, 10),
    },
    ...(options.body !== undefined ? { body: options.body } : {}),
    isBase64Encoded: options.isBase64Encoded ?? false,
  };
}

/** A urlencoded form body as a browser sends it (repeated names for arrays). */
export function urlencoded(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of [value].flat()) params.append(name, v);
  }
  return params.toString();
}

/** A form POST as API Gateway delivers it: urlencoded bodies arrive base64-encoded. */
export function formPost(
  slug: string,
  fields: Record<string, string | string[]>,
  options: HttpEventOptions = {},
): APIGatewayProxyEventV2 {
  return httpEvent({
    method: 'POST',
    route: '/c/{slug}',
    pathParameters: { slug },
    body: Buffer.from(urlencoded(fields), 'utf8').toString('base64'),
    isBase64Encoded: true,
    ...options,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
  });
}

/** A Lambda context with a request id; the handlers read nothing else. */
export function lambdaContext(awsRequestId = 'lambda-request-1'): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'test',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-central-1:000000000000:function:test',
    memoryLimitInMB: '256',
    awsRequestId,
    logGroupName: '/aws/lambda/test',
    logStreamName: 'test',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** One DynamoDB stream record for an item given in attribute-value form (as a raw GetItem/Scan returns it). */
export function streamRecord(options: {
  newImage: NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];
  sequenceNumber: string;
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE';
  oldImage?: NonNullable<DynamoDBRecord['dynamodb']>['OldImage'];
}): DynamoDBRecord {
  const image = options.newImage ?? {};
  return {
    eventID: `event-${options.sequenceNumber}`,
    eventName: options.eventName ?? 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-central-1',
    dynamodb: {
      ApproximateCreationDateTime: 1_777_629_600,
      Keys: { pk: image.pk ?? { S: 'unknown' }, sk: image.sk ?? { S: 'unknown' } },
      NewImage: options.newImage,
      ...(options.oldImage ? { OldImage: options.oldImage } : {}),
      SequenceNumber: options.sequenceNumber,
      SizeBytes: 100,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: 'arn:aws:dynamodb:eu-central-1:000000000000:table/test/stream/2026-05-01T00:00:00.000',
  };
}

export function streamEvent(records: DynamoDBRecord[]): DynamoDBStreamEvent {
  return { Records: records };
}

/** The same request sent with another method (e.g. a form's body with GET). */
export function withMethod(event: APIGatewayProxyEventV2, method: string): APIGatewayProxyEventV2 {
  return {
    ...event,
    requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method } },
  };
}
