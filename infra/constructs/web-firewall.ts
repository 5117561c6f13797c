import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface WebFirewallProps {
  /** Requests one client IP may send in 5 minutes before it is blocked (answer 429). */
  rateLimitPer5Min: number;
}

/**
 * Anonymous staff sign-in POSTs (asking for a link, pressing the link's button) one client IP may send
 * in 5 minutes: a person needs a handful, so more is someone trying addresses or mailing an inbox full.
 */
export const STAFF_SIGN_IN_LIMIT_PER_5_MIN = 20;

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const managedRuleGroup = (
  name: string,
  priority: number,
  ruleActionOverrides?: wafv2.CfnWebACL.RuleActionOverrideProperty[],
): wafv2.CfnWebACL.RuleProperty => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name, ruleActionOverrides } },
  visibilityConfig: visibility(name),
});

/**
 * The WebACL in front of CloudFront: a per-IP rate limit over 5 minutes, a much lower one for the
 * staff sign-in POSTs, then the AWS common and known-bad-inputs rule sets. CLOUDFRONT scope, so its
 * stack must be deployed to us-east-1.
 */
export class WebFirewall extends Construct {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: WebFirewallProps) {
    super(scope, id);
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('mitwirken-web-acl'),
      rules: [
        {
          // First, so a flood is stopped before the (costlier) managed rules look at it.
          name: 'RateLimitPerIp',
          priority: 0,
          action: { block: { customResponse: { responseCode: 429 } } },
          statement: {
            rateBasedStatement: {
              limit: props.rateLimitPer5Min,
              aggregateKeyType: 'IP',
              evaluationWindowSec: 300,
            },
          },
          visibilityConfig: visibility('RateLimitPerIp'),
        },
        {
          // POST /admin/sign-in and /admin/sign-in/{token}; the path is URL-decoded first, so an
          // encoded spelling that API Gateway would route the same way is counted too.
          name: 'StaffSignInPerIp',
          priority: 1,
          action: { block: { customResponse: { responseCode: 429 } } },
          statement: {
            rateBasedStatement: {
              limit: STAFF_SIGN_IN_LIMIT_PER_5_MIN,
              aggregateKeyType: 'IP',
              evaluationWindowSec: 300,
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    {
                      byteMatchStatement: {
                        fieldToMatch: { method: {} },
                        positionalConstraint: 'EXACTLY',
                        searchString: 'POST',
                        textTransformations: [{ priority: 0, type: 'NONE' }],
                      },
                    },
                    {
                      byteMatchStatement: {
                        fieldToMatch: { uriPath: {} },
                        positionalConstraint: 'STARTS_WITH',
                        searchString: '/admin/sign-in',
                        textTransformations: [{ priority: 0, type: 'URL_DECODE' }],
                      },
                    },
                  ],
                },
              },
            },
          },
          visibilityConfig: visibility('StaffSignInPerIp'),
        },
        // SizeRestrictions_BODY blocks bodies over 8 KB; a form with long answers in Arabic or
        // Ukrainian is legitimately bigger once URL-encoded (6 bytes per letter), and so is a staff
        // draft or YAML import. The functions enforce their own limits (413), so the rule only counts.
        managedRuleGroup('AWSManagedRulesCommonRuleSet', 2, [
          { name: 'SizeRestrictions_BODY', actionToUse: { count: {} } },
        ]),
        managedRuleGroup('AWSManagedRulesKnownBadInputsRuleSet', 3),
      ],
    });
  }
}
