import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN_VERIFY_HEADER } from '../../functions/middleware/origin-verify.ts';
import { FUNCTIONS, ROUTES } from '../../functions/routes.ts';
import { ORIGIN_VERIFY_ENV } from '../../infra/constructs/origin-secret.ts';
import { SYNTH_TIMEOUT_MS, type Synthesized, synthesize } from './synth.ts';
import { functionByDescription, onlyResource, resourcesOf } from './template-queries.ts';

let synthesized: Synthesized;
let template: Template;
beforeAll(() => {
  synthesized = synthesize({ context: { 'mitwirken:postRateLimit': '7', 'mitwirken:postBurstLimit': '11' } });
  template = synthesized.template;
}, SYNTH_TIMEOUT_MS);

/** The logical id of the origin secret, and the dynamic reference that resolves to its value. */
function originSecret(): { id: string; reference: unknown } {
  const [id] = onlyResource(template, 'AWS::SecretsManager::Secret', (logicalId) =>
    logicalId.startsWith('OriginSecret'),
  );
  const reference = { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: id }, ':SecretString:::}}']] };
  return { id, reference };
}

const httpFunctions = Object.values(FUNCTIONS).filter((spec) => spec.kind === 'http');

describe('the front door', () => {
  it('generates the origin value in Secrets Manager: 64 letters and digits, usable as a header value', () => {
    const [, secret] = onlyResource(template, 'AWS::SecretsManager::Secret', (id) =>
      id.startsWith('OriginSecret'),
    );
    expect(secret.Properties?.GenerateSecretString).toMatchObject({
      PasswordLength: 64,
      ExcludePunctuation: true,
      IncludeSpace: false,
    });
  });

  it('has CloudFront send the secret as x-origin-verify to the API origin, resolved at deploy', () => {
    const [, distribution] = onlyResource(template, 'AWS::CloudFront::Distribution');
    const origins = distribution.Properties?.DistributionConfig.Origins as {
      OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[];
    }[];
    expect(origins).toHaveLength(1);
    expect(origins[0]?.OriginCustomHeaders).toEqual([
      { HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: originSecret().reference },
    ]);
  });

  it('configures every HTTP function with the same secret as its expected value, and grants none of them the secret', () => {
    const { id, reference } = originSecret();
    expect(httpFunctions.length).toBeGreaterThan(10);
    for (const spec of httpFunctions) {
      const [logicalId, fn] = functionByDescription(template, spec.description);
      expect(fn.Properties?.Environment?.Variables?.[ORIGIN_VERIFY_ENV], spec.entry).toEqual(reference);
      // The value arrives in the environment: no function calls Secrets Manager for it at start.
      const role = fn.Properties?.Role['Fn::GetAtt'][0];
      const policies = Object.values(resourcesOf(template, 'AWS::IAM::Policy')).filter((policy) =>
        ((policy.Properties?.Roles ?? []) as { Ref: string }[]).some((r) => r.Ref === role),
      );
      expect(JSON.stringify(policies), `${logicalId} may read the origin secret`).not.toContain(`"${id}"`);
    }
  });

  it('gives the value to nothing but the HTTP functions', () => {
    const others = Object.values(FUNCTIONS).filter((spec) => spec.kind !== 'http');
    for (const spec of others) {
      const [, fn] = functionByDescription(template, spec.description);
      expect(fn.Properties?.Environment?.Variables?.[ORIGIN_VERIFY_ENV], spec.entry).toBeUndefined();
    }
  });
});

describe('per-route throttling', () => {
  it('throttles every POST route with the stage props (mitwirken:postRateLimit / postBurstLimit), and no page', () => {
    const [, stage] = onlyResource(template, 'AWS::ApiGatewayV2::Stage');
    const posts = ROUTES.filter((route) => route.method === 'POST').map((r) => `${r.method} ${r.path}`);
    expect(posts.length).toBeGreaterThan(5);
    expect(Object.keys(stage.Properties?.RouteSettings).sort()).toEqual(posts.sort());
    for (const key of posts) {
      expect(stage.Properties?.RouteSettings[key], key).toEqual({
        ThrottlingRateLimit: 7,
        ThrottlingBurstLimit: 11,
      });
    }
  });

  it('creates the stage after the POST routes, since API Gateway rejects settings for unknown routes', () => {
    const [stageId, stage] = onlyResource(template, 'AWS::ApiGatewayV2::Stage');
    const routes = resourcesOf(template, 'AWS::ApiGatewayV2::Route');
    const postRouteIds = Object.entries(routes)
      .filter(([, route]) => String(route.Properties?.RouteKey).startsWith('POST '))
      .map(([id]) => id);
    const dependsOn = (template.toJSON().Resources[stageId].DependsOn ?? []) as string[];
    expect(stage).toBeDefined();
    for (const id of postRouteIds) expect(dependsOn, id).toContain(id);
  });

  it('defaults to 20 requests per second and a burst of 40 per POST route', () => {
    const defaults = synthesize();
    const [, stage] = onlyResource(defaults.template, 'AWS::ApiGatewayV2::Stage');
    expect(stage.Properties?.RouteSettings['POST /c/{slug}']).toEqual({
      ThrottlingRateLimit: 20,
      ThrottlingBurstLimit: 40,
    });
  });
});
