import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../../functions/http/http-error.ts';
import { ORIGIN_VERIFY_HEADER, originVerify } from '../../../../functions/middleware/origin-verify.ts';
import { httpEvent, lambdaContext } from '../../../support/events.ts';

const SECRET = 'fuzz-origin-secret-0123456789abcdefghij';

const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
  .use(originVerify({ originSecret: SECRET }))
  .handler(async () => ({ statusCode: 200 }));

/** The status a request ends in; rejects only for errors the middleware must not throw. */
async function statusOf(event: unknown): Promise<number> {
  try {
    const result = await handler(event as APIGatewayProxyEventV2, lambdaContext());
    return (result as APIGatewayProxyStructuredResultV2).statusCode ?? 0;
  } catch (error) {
    if (error instanceof HttpError && error.status === 403) return 403;
    throw error;
  }
}

const headerNames = fc.oneof(
  fc.constantFrom(ORIGIN_VERIFY_HEADER, 'X-Origin-Verify', 'X-ORIGIN-VERIFY', 'x-origin-verif', 'host'),
  fc.string({ maxLength: 20 }),
);
const headerValues = fc.oneof(
  fc.constant(SECRET),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.anything(),
);

describe('originVerify fuzz', () => {
  it('ends any headers in 200 (exactly one header, exactly the value) or the 403, never another error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(headerNames, headerValues, { maxKeys: 4 }), async (headers) => {
        const event = { ...httpEvent(), headers };
        const matching = Object.entries(headers).filter(
          ([name]) => name.toLowerCase() === ORIGIN_VERIFY_HEADER,
        );
        const admitted = matching.length === 1 && matching[0]?.[1] === SECRET;
        expect(await statusOf(event)).toBe(admitted ? 200 : 403);
      }),
      { numRuns: 500 },
    );
  });

  it('answers 403 for events of any shape, never a TypeError', async () => {
    const events = fc.oneof(
      fc.anything(),
      fc.record({ headers: fc.anything() }),
      fc.record({ headers: fc.dictionary(fc.string(), fc.anything()) }),
    );
    await fc.assert(
      fc.asyncProperty(events, async (event) => {
        expect(await statusOf(event)).toBe(403);
      }),
      { numRuns: 500 },
    );
  });
});
