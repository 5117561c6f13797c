import { type App, type Environment, ReferenceStrength, Stack, Validations } from 'aws-cdk-lib';
import type { DeploymentConfig } from './config.ts';
import { EDGE_REGION, EdgeStack } from './edge-stack.ts';
import type { FormsForDeployment } from './forms-source.ts';
import { MitwirkenStack } from './mitwirken-stack.ts';

/** Where the data lives when neither the context nor the CLI names a region: Frankfurt, in the EU. */
export const DEFAULT_REGION = 'eu-central-1';

/**
 * The account and region of the main stack: `mitwirken:region` when set, else the CLI's
 * CDK_DEFAULT_REGION, else eu-central-1 (cross-region references need a concrete region).
 */
export function mainEnvironment(config: DeploymentConfig, processEnv: NodeJS.ProcessEnv): Environment {
  return {
    account: processEnv.CDK_DEFAULT_ACCOUNT,
    region: config.region ?? processEnv.CDK_DEFAULT_REGION ?? DEFAULT_REGION,
  };
}

export interface MitwirkenStacks {
  main: MitwirkenStack;
  edge: EdgeStack;
}

/**
 * Adds the stacks of one stage: `Mitwirken-<stage>` (everything, in `env`, see mainEnvironment)
 * and `Mitwirken-<stage>-Edge` (the WAF WebACL in us-east-1, see edge-stack.ts).
 */
export function addMitwirkenStacks(
  app: App,
  props: { config: DeploymentConfig; forms: FormsForDeployment; env: Environment },
): MitwirkenStacks {
  const name = `Mitwirken-${props.config.stage}`;
  const account = props.env.account;
  const edge = new EdgeStack(app, `${name}-Edge`, {
    env: { account, region: EDGE_REGION },
    description: `Mitwirken ${props.config.stage}: WAF WebACL for CloudFront (us-east-1)`,
    rateLimitPer5Min: props.config.rateLimitPer5Min,
  });
  const main = new MitwirkenStack(app, name, {
    env: props.env,
    description: `Mitwirken ${props.config.stage}: public consultations`,
    config: props.config,
    forms: props.forms,
    // Weak: Fn::GetStackOutput reads the ARN across regions at deploy time. A strong cross-region
    // reference would add SSM parameters and two custom-resource Lambdas and lock the stacks together.
    webAclArn: Stack.consumeReference(edge.webAclArn, ReferenceStrength.WEAK),
  });
  Validations.of(main).acknowledge({
    id: '@aws-cdk/core:crossStackReferencesDefaultStrong',
    reason:
      'The only cross-stack reference (the WebACL ARN) sets its strength itself (WEAK, Fn::GetStackOutput), so the app-wide default strength is never used.',
  });
  return { main, edge };
}
