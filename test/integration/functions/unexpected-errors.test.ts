import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRepository } from '../../../shared/storage/index.ts';
import { formPost, httpEvent, lambdaContext } from '../../support/events.ts';
import { participationKeyring, signedFormId } from '../../support/form-ids.ts';
import {
  aScheduledConsultation,
  type FunctionEnvironment,
  functionEnvironment,
} from './function-environment.ts';

let env: FunctionEnvironment;

beforeAll(async () => {
  env = await functionEnvironment('errors');
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(() => env.client.destroy());

/** A repository whose table does not exist: every call fails like DynamoDB during an outage would. */
const brokenRepository = () => createRepository({ client: env.client, tableName: 'fn-no-such-table' });

/** The JSON log lines written through console.error. */
function logLines(spy: { mock: { calls: unknown[][] } }) {
  return spy.mock.calls.map((call) => JSON.parse(String(call[0])));
}

describe('an unexpected error in a handler', () => {
  it('answers 500 with the localized error page and no details, and logs one JSON line', async () => {
    // Prepare
    const { createHomeHandler } = await import('../../../functions/home/handler.ts');
    const handler = createHomeHandler({ repository: brokenRepository(), now: () => new Date() });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Act
    const response = await handler(
      httpEvent({ headers: { 'accept-language': 'en' } }),
      lambdaContext('request-500'),
    );
    // Assess
    expect(response.statusCode).toBe(500);
    expect(response.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers?.['x-content-type-options']).toBe('nosniff');
    expect(response.body).toMatch(/<html[^>]*\blang="en"/);
    expect(response.body).not.toMatch(/ResourceNotFound|non-existent|fn-no-such-table/i);
    expect(spy).toHaveBeenCalledTimes(1);
    const [line] = logLines(spy);
    expect(line).toMatchObject({
      level: 'ERROR',
      requestId: 'request-500',
      route: 'GET /',
      error: { name: 'ResourceNotFoundException' },
    });
    expect(line.error.stack).toEqual(expect.any(String));
  });

  it('answers a POST that meets an outage with 500, not with a validation error', async () => {
    // Prepare
    const definition = aScheduledConsultation('fn-errors-open', 'open', 'Umfrage');
    await env.repository.publishDefinition(definition);
    const { createSubmitHandler } = await import('../../../functions/submit/handler.ts');
    const { createDefinitionCache } = await import('../../../shared/storage/index.ts');
    const handler = createSubmitHandler({
      // Definitions come from the working table; only the write of the submission fails.
      definitions: createDefinitionCache(env.repository, { ttlSeconds: 60 }),
      repository: brokenRepository(),
      participationKeyring,
      keyring: participationKeyring,
      now: () => new Date(),
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Act
    const response = await handler(
      formPost(definition.slug, {
        _sid: signedFormId(await env.repository.findPublishedBySlug(definition.slug).then(must)),
        _lang: 'de',
        name_choice: 'zusammen',
      }),
      lambdaContext('request-post-500'),
    );
    // Assess
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('fn-no-such-table');
    expect(logLines(spy)).toEqual([
      expect.objectContaining({ requestId: 'request-post-500', route: 'POST /c/{slug}' }),
    ]);
  });
});

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
