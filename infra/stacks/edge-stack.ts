import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { WebFirewall } from '../constructs/web-firewall.ts';

/** The region CloudFront reads CLOUDFRONT-scoped WAF WebACLs from. */
export const EDGE_REGION = 'us-east-1';

export interface EdgeStackProps extends StackProps {
  rateLimitPer5Min: number;
}

/**
 * Only the WAF WebACL, in us-east-1 (where a CLOUDFRONT-scoped WebACL must be created). Everything
 * else, above all the table with residents' personal data, stays in the main stack's region
 * (eu-central-1 unless configured otherwise); the main stack reads the WebACL ARN through a
 * cross-region reference. No personal data is stored here.
 */
export class EdgeStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const firewall = new WebFirewall(this, 'Firewall', { rateLimitPer5Min: props.rateLimitPer5Min });
    this.webAclArn = firewall.webAcl.attrArn;
  }
}
