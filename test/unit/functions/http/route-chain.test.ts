import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { formPostRoute, pageRoute, postRoute } from '../../../../functions/http/route-chain.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../../support/events.ts';

type Result = APIGatewayProxyStructuredResultV2 & { headers: Record<string, string> };

const ok = async (): Promise<APIGatewayProxyStructuredResultV2> => ({ statusCode: 200, body: 'ok' });

const post = () =>
  httpEvent({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: urlencoded({ x: '1' }),
  });

describe('the resident route chains', () => {
  it('keep Referrer-Policy no-referrer on answers and refusals: their URLs carry tokens', async () => {
    const answers = [
      await pageRoute().handler(ok)(httpEvent(), lambdaContext()),
      await pageRoute().handler(ok)(post(), lambdaContext()),
      await postRoute().handler(ok)(post(), lambdaContext()),
      await formPostRoute(1024).handler(ok)(post(), lambdaContext()),
    ] as Result[];
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 405, 200, 200]);
    for (const answer of answers) expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });
});
