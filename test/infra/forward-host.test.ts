import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORWARD_HOST_CODE } from '../../infra/constructs/edge-distribution.ts';
import { SYNTH_TIMEOUT_MS, synthesize } from './synth.ts';
import { onlyResource } from './template-queries.ts';

let template: Template;
beforeAll(() => {
  ({ template } = synthesize());
}, SYNTH_TIMEOUT_MS);

type ViewerRequest = { request: { headers: Record<string, { value: string }> } };
// The CloudFront Function's source, run as CloudFront runs it: a global `handler(event)`.
const runForwardHost = new Function('event', `${FORWARD_HOST_CODE}\nreturn handler(event);`) as (
  event: ViewerRequest,
) => ViewerRequest['request'];

describe('the public origin of the pages', () => {
  it('reaches the functions as X-Forwarded-Host, whatever the viewer sent in that header', () => {
    const request = runForwardHost({
      request: {
        headers: {
          host: { value: 'd111111abcdef8.cloudfront.net' },
          'x-forwarded-host': { value: 'evil.example' },
        },
      },
    });
    expect(request.headers['x-forwarded-host']).toEqual({ value: 'd111111abcdef8.cloudfront.net' });
  });

  it('is set on every viewer request of the distribution', () => {
    const [functionId, fn] = onlyResource(template, 'AWS::CloudFront::Function');
    expect(fn.Properties!.FunctionCode).toBe(FORWARD_HOST_CODE);
    expect(fn.Properties!.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    const [, distribution] = onlyResource(template, 'AWS::CloudFront::Distribution');
    expect(distribution.Properties!.DistributionConfig.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [functionId, 'FunctionARN'] } },
    ]);
  });
});
