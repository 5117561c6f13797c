import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countersFor } from '../../../shared/answers/index.ts';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { formatPercent } from '../../../shared/i18n/format.ts';
import { createDefinitionCache, createRepository } from '../../../shared/storage/index.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { newSubmissionId, referenceOf } from '../../../shared/submissions/ids.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { httpEvent, lambdaContext } from '../../support/events.ts';
import { countSends, localDynamoClient } from '../../support/local-aws.ts';
import { type FunctionEnvironment, functionEnvironment } from '../functions/function-environment.ts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

let env: FunctionEnvironment;
const AFTER_CLOSE = new Date('2027-01-05T10:00:00Z');

const poll = (id: string, publish?: 'never' | 'afterClose' | 'live') =>
  aConsultation(id, publish ? { results: { publish } } : {});
const small = poll('res-small', 'afterClose');
const large = poll('res-large', 'afterClose');
const live = poll('res-live', 'live');
const secret = poll('res-never');

function aVote(
  definition: Consultation,
  n: number,
  choice: string,
): { submission: Submission; counters: Record<string, number> } {
  const id = newSubmissionId(new Date(WHILE_OPEN.getTime() + n));
  const answers = { name_choice: choice, comment: `Freitext ${n}`, full_name: `Person ${n}` };
  return {
    submission: {
      id,
      reference: referenceOf(id),
      consultationId: definition.id,
      definitionVersion: '0123456789ab',
      locale: 'de',
      submittedAt: WHILE_OPEN.toISOString(),
      answers: { name_choice: choice, comment: answers.comment },
      personal: { full_name: answers.full_name },
      expiresAt: Math.floor(AFTER_CLOSE.getTime() / 1000) + 86_400,
    },
    counters: countersFor(definition, answers),
  };
}

async function seed(definition: Consultation, votes: number) {
  for (let start = 0; start < votes; start += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, votes - start) }, (_, i) => {
        const n = start + i;
        const { submission, counters } = aVote(definition, n, n % 4 === 0 ? 'zusammen' : 'wir-sind-hannover');
        return env.repository.putSubmissionOnce(submission, counters);
      }),
    );
  }
}

/** A results handler whose DynamoDB client counts every command it sends, at the given time. */
async function resultsHandler(now: Date) {
  const client = localDynamoClient();
  const sends = countSends(client);
  const repository = createRepository({ client, tableName: env.tableName });
  const definitions = createDefinitionCache(repository, { ttlSeconds: 60, now: () => now });
  const { createResultsHandler } = await import('../../../functions/results/handler.ts');
  const handler = createResultsHandler({ repository, definitions, now: () => now }) as Handler;
  const get = (definition: Consultation, lang = 'de') =>
    handler(
      httpEvent({ route: '/c/{slug}/results', pathParameters: { slug: definition.slug }, query: { lang } }),
      lambdaContext(),
    );
  return { get, sends, client };
}

beforeAll(async () => {
  env = await functionEnvironment('results');
  for (const definition of [small, large, live, secret]) await env.repository.publishDefinition(definition);
  await seed(small, 10);
  await seed(large, 1000);
  await seed(live, 8);
}, 120_000);

afterAll(() => env.client.destroy());

describe('GET /c/{slug}/results', () => {
  it('shows the counts of a closed poll, table and chart agreeing, and never its free text', async () => {
    // Prepare
    const { get, client } = await resultsHandler(AFTER_CLOSE);
    // Act
    const response = await get(large);
    client.destroy();
    // Assess
    expect(response.statusCode).toBe(200);
    const body = response.body ?? '';
    expect(body).toContain('<dd id="participants">1.000</dd>');
    const [many, few] = [formatPercent('de', 0.75), formatPercent('de', 0.25)];
    expect(body).toContain(
      `<th scope="row">Wir sind Hannover</th><td class="numeric">750</td><td class="numeric">${many}</td>`,
    );
    expect(body).toContain(
      `<th scope="row">Zusammen in Hannover</th><td class="numeric">250</td><td class="numeric">${few}</td>`,
    );
    expect(body).toContain(`Wir sind Hannover: 750 (${many}); Zusammen in Hannover: 250 (${few})`);
    expect(body).not.toContain('Freitext');
    expect(body).not.toContain('Person ');
  });

  it('reads the same number of items for 10 and for 1,000 submissions', async () => {
    // Act: each page from a cold handler (definition not cached yet), then warm
    const counted = async (definition: Consultation) => {
      const { get, sends, client } = await resultsHandler(AFTER_CLOSE);
      expect((await get(definition)).statusCode).toBe(200);
      const cold = sends.total();
      await get(definition);
      const warm = sends.total() - cold;
      client.destroy();
      return { cold, warm, queries: sends.of('QueryCommand') + sends.of('ScanCommand') };
    };
    const ten = await counted(small);
    const thousand = await counted(large);
    // Assess: the counters' shards and the definition, never a Query or Scan over submissions
    expect(thousand).toEqual(ten);
    expect(ten.queries).toBe(0);
    expect(ten.warm).toBe(8);
  });

  it('promises afterClose results before the close and shows no figure', async () => {
    const { get, sends, client } = await resultsHandler(WHILE_OPEN);
    const response = await get(small);
    client.destroy();
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Die Ergebnisse sind noch nicht veröffentlicht');
    expect(response.body).not.toContain('<table');
    // Nothing but the definition was read.
    expect(sends.of('GetItemCommand')).toBe(1);
  });

  it('shows live results while the consultation is still open', async () => {
    const { get, client } = await resultsHandler(WHILE_OPEN);
    const response = await get(live, 'en');
    client.destroy();
    expect(response.body).toContain('The consultation is still open.');
    expect(response.body).toContain('<dd id="participants">8</dd>');
  });

  it('answers 404 for a consultation that does not publish results, and for an unknown slug', async () => {
    const { get, client } = await resultsHandler(AFTER_CLOSE);
    const never = await get(secret);
    const unknown = await get(poll('res-unknown'));
    client.destroy();
    expect(never.statusCode).toBe(404);
    expect(never.body).not.toContain('<table');
    expect(unknown.statusCode).toBe(404);
  });
});
