import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, ROUTES } from '../../functions/routes.ts';
import { EDGE_REGION, EdgeStack } from '../../infra/stacks/edge-stack.ts';
import { SYNTH_TIMEOUT_MS, type Synthesized, synthesize } from './synth.ts';
import { functionByDescription, onlyResource, resourcesOf } from './template-queries.ts';

let synthesized: Synthesized;
let template: Template;
beforeAll(() => {
  synthesized = synthesize();
  template = synthesized.template;
}, SYNTH_TIMEOUT_MS);

describe('the HTTP API', () => {
  it('has exactly the routes of functions/routes.ts', () => {
    const routeKeys = Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Route')).map(
      (route) => route.Properties!.RouteKey,
    );
    expect(routeKeys.sort()).toEqual(ROUTES.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('sends each route to the function routes.ts names', () => {
    const integrations = resourcesOf(template, 'AWS::ApiGatewayV2::Integration');
    for (const route of Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Route'))) {
      const expected = ROUTES.find((r) => `${r.method} ${r.path}` === route.Properties!.RouteKey)!;
      const integrationId = route.Properties!.Target['Fn::Join'][1][1].Ref;
      const functionId = integrations[integrationId]!.Properties!.IntegrationUri['Fn::GetAtt'][0];
      expect(functionId).toBe(functionByDescription(template, FUNCTIONS[expected.fn].description)[0]);
    }
  });

  it('throttles the stage and writes JSON access logs to a log group with retention', () => {
    const [, stage] = onlyResource(template, 'AWS::ApiGatewayV2::Stage');
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
    const logGroupId = stage.Properties!.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    expect(resourcesOf(template, 'AWS::Logs::LogGroup')[logGroupId]?.Properties?.RetentionInDays).toBe(90);
    expect(stage.Properties!.AccessLogSettings.Format).toContain('"requestId"');
  });
});

describe('the CloudFront distribution', () => {
  it('redirects to HTTPS, caches nothing and forwards everything but Host', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          AllowedMethods: Match.arrayWith(['GET', 'HEAD', 'POST']),
          // Managed policies: CachingDisabled and AllViewerExceptHostHeader.
          CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
          OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
        }),
      }),
    });
  });

  it('reaches the API over TLS 1.2 only', () => {
    const [, distribution] = onlyResource(template, 'AWS::CloudFront::Distribution');
    const [origin] = distribution.Properties!.DistributionConfig.Origins;
    expect(origin.CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
  });

  it('uses the WebACL of the edge stack', () => {
    const [, distribution] = onlyResource(template, 'AWS::CloudFront::Distribution');
    const reference = distribution.Properties!.DistributionConfig.WebACLId['Fn::GetStackOutput'];
    expect(reference).toMatchObject({ StackName: synthesized.edge.stackName, Region: EDGE_REGION });
    const [webAclId] = onlyResource(synthesized.edgeTemplate, 'AWS::WAFv2::WebACL');
    synthesized.edgeTemplate.hasOutput(reference.OutputName, { Value: { 'Fn::GetAtt': [webAclId, 'Arn'] } });
    // Deploy order: the WebACL exists before the distribution that names it.
    expect(synthesized.main.dependencies).toContain(synthesized.edge);
  });

  it('adds security headers without replacing the CSP or the referrer policy a page sends', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: Match.objectLike({ Override: false }),
          StrictTransportSecurity: Match.objectLike({ Override: true, IncludeSubdomains: true }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: false },
        }),
      }),
    });
  });

  it('logs to a private, encrypted, SSL-only bucket', () => {
    const [bucketId, bucket] = onlyResource(template, 'AWS::S3::Bucket');
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Logging: Match.objectLike({ Bucket: { 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] } }),
      }),
    });
  });
});

describe('the WAF WebACL', () => {
  it('lives in us-east-1 with CLOUDFRONT scope', () => {
    expect(synthesized.edge.region).toBe('us-east-1');
    synthesized.edgeTemplate.hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT' });
  });

  it('blocks an IP above the rate limit from the context, counted over 5 minutes', () => {
    const app = new App();
    const edge = new EdgeStack(app, 'Edge', { env: { region: EDGE_REGION }, rateLimitPer5Min: 1234 });
    Template.fromStack(edge).hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Action: { Block: Match.anyValue() },
          Statement: {
            RateBasedStatement: { Limit: 1234, AggregateKeyType: 'IP', EvaluationWindowSec: 300 },
          },
        }),
      ]),
    });
    synthesized.edgeTemplate.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 300 }) } }),
      ]),
    });
  });

  it('applies the AWS common and known-bad-inputs rule sets', () => {
    for (const name of ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet']) {
      synthesized.edgeTemplate.hasResourceProperties('AWS::WAFv2::WebACL', {
        Rules: Match.arrayWith([
          Match.objectLike({
            OverrideAction: { None: {} },
            Statement: { ManagedRuleGroupStatement: Match.objectLike({ VendorName: 'AWS', Name: name }) },
          }),
        ]),
      });
    }
  });

  it('lets long multilingual answers through (the 8 KB body rule only counts)', () => {
    synthesized.edgeTemplate.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: Match.objectLike({
              RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
            }),
          },
        }),
      ]),
    });
  });
});
