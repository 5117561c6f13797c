import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import {
  adminPageRoute,
  anonymousPostRoute,
  dispatchByRouteKey,
  type StaffAuthDeps,
  staffPageRoute,
  staffPostRoute,
} from '../../../../functions/admin/http/index.ts';
import { formPostRoute, pageRoute, postRoute } from '../../../../functions/http/route-chain.ts';
import { ORIGIN_VERIFY_HEADER } from '../../../../functions/middleware/origin-verify.ts';
import { ConfigError, loadFrontDoorConfig } from '../../../../shared/config.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../../support/events.ts';
import { TEST_ORIGIN_SECRET } from '../../../support/front-door.ts';

type Result = APIGatewayProxyStructuredResultV2 & { headers: Record<string, string> };

/** Staff dependencies that fail the test if the chain reads a session before the front door. */
const untouchable: StaffAuthDeps = {
  admin: new Proxy({} as StaffAuthDeps['admin'], {
    get: () => {
      throw new Error('the staff session was read before the front door');
    },
  }),
  keyring: async () => {
    throw new Error('the keyring was read before the front door');
  },
  allowList: [] as unknown as StaffAuthDeps['allowList'],
  now: () => new Date(),
};

const request = (method: 'GET' | 'POST', originHeader: string | undefined): APIGatewayProxyEventV2 => {
  const event = httpEvent({
    method,
    headers: { 'accept-language': 'de', 'content-type': 'application/x-www-form-urlencoded' },
    ...(method === 'POST' ? { body: urlencoded({ _csrf: 'x' }) } : {}),
  });
  delete event.headers[ORIGIN_VERIFY_HEADER];
  if (originHeader !== undefined) event.headers[ORIGIN_VERIFY_HEADER] = originHeader;
  return { ...event, cookies: ['mw_session=anything'] };
};

const handlerRan = vi.fn();
const ok = async (): Promise<APIGatewayProxyStructuredResultV2> => {
  handlerRan();
  return { statusCode: 200, body: 'ok' };
};

const chains: [string, 'GET' | 'POST', (event: APIGatewayProxyEventV2) => Promise<unknown>][] = [
  ['pageRoute', 'GET', (e) => pageRoute().handler(ok)(e, lambdaContext())],
  ['postRoute', 'POST', (e) => postRoute().handler(ok)(e, lambdaContext())],
  ['formPostRoute', 'POST', (e) => formPostRoute(1024).handler(ok)(e, lambdaContext())],
  ['adminPageRoute', 'GET', (e) => adminPageRoute().handler(ok)(e, lambdaContext())],
  ['anonymousPostRoute', 'POST', (e) => anonymousPostRoute(1024).handler(ok)(e, lambdaContext())],
  ['staffPageRoute', 'GET', (e) => staffPageRoute(untouchable, 'read').handler(ok)(e, lambdaContext())],
  [
    'staffPostRoute',
    'POST',
    (e) => staffPostRoute(untouchable, 'edit', { maxBytes: 1024 }).handler(ok)(e, lambdaContext()),
  ],
  ['dispatchByRouteKey (unknown route)', 'GET', (e) => dispatchByRouteKey({})(e, lambdaContext())],
];

describe('the front door in every route chain', () => {
  it.each(chains)(
    '%s refuses a request without the header or with a wrong one: the 403 page with security headers, the handler and session untouched',
    async (_, method, run) => {
      for (const header of [undefined, 'wrong', `${TEST_ORIGIN_SECRET} `]) {
        // Prepare
        handlerRan.mockClear();
        // Act
        const answer = (await run(request(method, header))) as Result;
        // Assess
        expect(answer.statusCode).toBe(403);
        expect(answer.body).toMatch(/<html[^>]*\blang="de"/);
        expect(answer.headers['x-frame-options']).toBe('DENY');
        expect(answer.headers['cache-control']).toBe('no-store');
        expect(handlerRan).not.toHaveBeenCalled();
      }
    },
  );

  it('lets the resident chains through with the value the configuration holds', async () => {
    const answers = await Promise.all(
      chains.slice(0, 3).map(([, method, run]) => run(request(method, TEST_ORIGIN_SECRET))),
    );
    expect(answers.map((answer) => (answer as Result).statusCode)).toEqual([200, 200, 200]);
  });

  it('refuses the front door before the method: a bypassing request learns no route shape', async () => {
    const answer = (await pageRoute().handler(ok)(request('POST', undefined), lambdaContext())) as Result;
    expect(answer.statusCode).toBe(403);
    expect(answer.headers.allow).toBeUndefined();
  });
});

describe('loadFrontDoorConfig', () => {
  it('fails fast, naming the variable, when ORIGIN_VERIFY_SECRET is missing or too short', () => {
    expect(() => loadFrontDoorConfig({})).toThrow(ConfigError);
    expect(() => loadFrontDoorConfig({})).toThrow(/ORIGIN_VERIFY_SECRET is not set/);
    expect(() => loadFrontDoorConfig({ ORIGIN_VERIFY_SECRET: 'short' })).toThrow(
      /ORIGIN_VERIFY_SECRET is invalid/,
    );
    expect(() => loadFrontDoorConfig({ ORIGIN_VERIFY_SECRET: `${'a'.repeat(32)} b` })).toThrow(ConfigError);
  });

  it('reads a Secrets Manager generated value (64 letters and digits)', () => {
    const value = 'A1b2C3d4'.repeat(8);
    expect(loadFrontDoorConfig({ ORIGIN_VERIFY_SECRET: value })).toEqual({ originSecret: value });
  });
});
