/**
 * Child process of the benchmark: loads the real form handler with its DynamoDB endpoint behind a
 * counting proxy, renders a form once (cold) and then `RENDERS` times (warm), and prints the calls.
 */
import { startCountingProxy } from './counting-proxy.ts';

const [dynamoEndpoint, slug] = process.argv.slice(2);
if (!dynamoEndpoint || !slug) throw new Error('usage: warm-render.ts <dynamoEndpoint> <slug>');
const RENDERS = 50;

const proxy = await startCountingProxy(dynamoEndpoint);
process.env.AWS_ENDPOINT_URL_DYNAMODB = proxy.endpoint;
const { handler } = await import('../../functions/form/handler.ts');
const { httpEvent, lambdaContext } = await import('../support/events.ts');

const render = async () => {
  const response = await handler(
    httpEvent({ route: '/c/{slug}', pathParameters: { slug } }),
    lambdaContext(),
  );
  if (response.statusCode !== 200) throw new Error(`form render answered ${response.statusCode}`);
};
await render();
const cold = Object.values(proxy.counts()).reduce((a, b) => a + b, 0);
proxy.reset();
for (let i = 0; i < RENDERS; i++) await render();
const warm = Object.values(proxy.counts()).reduce((a, b) => a + b, 0);
await proxy.stop();
process.stdout.write(JSON.stringify({ cold, warmPerRender: warm / RENDERS, renders: RENDERS }));
