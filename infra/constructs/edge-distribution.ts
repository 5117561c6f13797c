import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { OriginSecret } from './origin-secret.ts';

/** Viewer-request function: X-Forwarded-Host = the Host the viewer asked for (always set by CloudFront). */
export const FORWARD_HOST_CODE = `function handler(event) {
  var request = event.request;
  request.headers['x-forwarded-host'] = { value: request.headers.host.value };
  return request;
}`;

export interface EdgeDistributionProps {
  /** Host name of the HTTP API (execute-api endpoint). */
  originDomainName: string;
  /** ARN of the CLOUDFRONT-scoped WAF WebACL (lives in us-east-1, see infra/stacks/edge-stack.ts). */
  webAclArn: string;
  /** Sent to the origin as `x-origin-verify` on every request, so the functions refuse any that bypassed CloudFront. */
  originSecret: OriginSecret;
}

/**
 * CloudFront in front of the HTTP API: HTTPS only, nothing cached (every page is per request: fresh
 * submission ids, private confirmations, staff pages behind a session), all viewer headers/cookies/
 * query strings forwarded except Host (API Gateway routes by its own host name; the viewer's Host
 * arrives as X-Forwarded-Host), security headers on every answer, access logs. One behaviour serves
 * every path, /admin* included: the staff session cookie and the Origin and Sec-Fetch-Site headers
 * the sign-in checks reach the functions, and no staff page is ever stored at the edge. Every
 * request to the origin carries the origin-verification header (origin-secret.ts): the functions
 * answer 403 to anything that reached the execute-api address directly, past this WAF.
 */
export class EdgeDistribution extends Construct {
  readonly distribution: cloudfront.Distribution;
  readonly logBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: EdgeDistributionProps) {
    super(scope, id);
    this.logBucket = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // CloudFront standard logging writes with ACLs, so the bucket must accept them.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      // Access logs hold IP addresses (personal data): keep them as long as the function logs.
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket is the destination of the CloudFront access logs; logging access to the log bucket itself would need yet another bucket and adds nothing for a write-only log sink.',
    });

    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Mitwirken security headers',
      securityHeadersBehavior: {
        // Pages send their own CSP (hashes of their inline styles); this one covers API Gateway's own
        // answers (404 for unknown paths, 429 when throttled).
        contentSecurityPolicy: {
          contentSecurityPolicy:
            "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
          override: false,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        // For API Gateway's own answers only: the functions always send theirs (no-referrer for the
        // resident pages, whose URLs carry ids; same-origin for the staff pages, so their form posts
        // carry our Origin, which the anonymous sign-in posts require). Overriding would break sign-in.
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: false },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
      },
    });

    // API Gateway routes by its own host name, so the origin never sees the viewer's Host. The pages
    // learn their public origin from this header instead (CloudFront sets it; a viewer's own value
    // is overwritten), which keeps the CloudFront domain out of the functions' environment: it
    // would be a dependency cycle, since the functions are this distribution's origin.
    const forwardHost = new cloudfront.Function(this, 'ForwardHost', {
      comment: 'Passes the viewer Host to the origin as X-Forwarded-Host',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(FORWARD_HOST_CODE),
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Mitwirken public pages',
      webAclId: props.webAclArn,
      // Residents are in Germany: the Europe/North America price class covers them.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: new origins.HttpOrigin(props.originDomainName, {
          protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
          originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
          // An origin custom header replaces a viewer's header of the same name, so no viewer can
          // supply it; the value is a dynamic reference CloudFormation resolves at deploy time.
          customHeaders: { [props.originSecret.headerName]: props.originSecret.headerValue },
        }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [
          { function: forwardHost, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'The consultation pages are for every resident, including people travelling or living abroad and newly arrived migrants on foreign connections; a geo restriction would exclude them.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate, for which CloudFront fixes the viewer security policy (TLSv1); a custom domain with an ACM certificate and TLSv1.2_2021 follows when the city delegates the domain.',
      },
    );
  }
}
