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
  it('keep Referrer-Policy same-origin on answers and refusals: their URLs carry tokens, other sites never see them', async () => {
    const answers = [
      await pageRoute().handler(ok)(httpEvent(), lambdaContext()),
      await pageRoute().handler(ok)(post(), lambdaContext()),
      await postRoute().handler(ok)(post(), lambdaContext()),
      await formPostRoute(1024).handler(ok)(post(), lambdaContext()),
    ] as Result[];
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 405, 200, 200]);
    for (const answer of answers) expect(answer.headers['referrer-policy']).toBe('same-origin');
  });

  it('refuse a cross-site POST with 403 before the handler runs, on every POST chain', async () => {
    const crossSite = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://mitwirken.test' },
    ];
    let ran = 0;
    const handler = async (): Promise<APIGatewayProxyStructuredResultV2> => {
      ran++;
      return { statusCode: 200, body: 'ok' };
    };
    for (const headers of crossSite) {
      const event = () => {
        const base = post();
        return { ...base, headers: { ...base.headers, ...headers } };
      };
      const answers = [
        await postRoute().handler(handler)(event(), lambdaContext()),
        await formPostRoute(1024).handler(handler)(event(), lambdaContext()),
      ] as Result[];
      expect(answers.map((answer) => answer.statusCode)).toEqual([403, 403]);
      for (const answer of answers) expect(answer.headers['referrer-policy']).toBe('same-origin');
    }
    expect(ran).toBe(0);
  });

  it('let our own pages post, and requests without Origin or Sec-Fetch-Site (no browser)', async () => {
    const ours = [{ origin: 'https://mitwirken.test', 'sec-fetch-site': 'same-origin' }, {}];
    for (const headers of ours) {
      const base = post();
      const event = { ...base, headers: { ...base.headers, ...headers } };
      const answer = (await formPostRoute(1024).handler(ok)(event, lambdaContext())) as Result;
      expect(answer.statusCode).toBe(200);
    }
  });
});
