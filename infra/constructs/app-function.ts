import { AssetHashType, DockerImage, type Duration, type ILocalBundling, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleFunction, LAMBDA_HANDLER } from '../build/function-bundle.ts';
import { PROJECT_ROOT } from './project-root.ts';

/** How long function and access logs are kept: long enough to investigate, short because they hold IPs. */
export const LOG_RETENTION = logs.RetentionDays.THREE_MONTHS;

export interface AppFunctionProps {
  /** Path of the handler module relative to the repository root, e.g. `functions/home/handler.ts`. */
  entry: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  /** Its own share of the account's concurrency, a cap and a floor at once (see concurrency.ts). */
  reservedConcurrentExecutions?: number;
}

/**
 * Bundles a function at synth time with the project's one build definition
 * (infra/build/function-bundle.ts), the same call the benchmark and the budget tests make, so the
 * asset is byte for byte what they measure. `entry` is a field so that CDK's asset cache, keyed on
 * the bundling options, tells the functions apart.
 */
class FunctionBundler implements ILocalBundling {
  constructor(readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    bundleFunction(this.entry, outputDir);
    return true;
  }
}

/**
 * One Lambda function the way every Mitwirken function is built: Node 22 on arm64, one minified
 * bundle with the AWS SDK inside (no runtime-provided SDK whose version we do not control), X-Ray,
 * its own log group with retention, and its own role that holds nothing but what is granted to it.
 */
export class AppFunction extends Construct {
  readonly fn: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: LOG_RETENTION });
    // An own role instead of the AWSLambdaBasicExecutionRole managed policy (logs:* on every group).
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.entry}`,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new lambda.Function(this, 'Function', {
      code: lambda.Code.fromAsset(PROJECT_ROOT, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          local: new FunctionBundler(props.entry),
          // Never pulled: esbuild runs in this process (local bundling always succeeds or throws).
          image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22-slim'),
        },
      }),
      handler: LAMBDA_HANDLER,
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      ...(props.reservedConcurrentExecutions === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrentExecutions }),
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
    });

    const policy = this.role.node.tryFindChild('DefaultPolicy');
    if (policy) {
      Validations.of(policy).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: `The role of ${props.entry} holds Resource '*' only for actions without resource-level permissions: xray:PutTraceSegments/PutTelemetryRecords (tracing) and, for a stream consumer, dynamodb:ListStreams; test/infra asserts that no other action gets '*'.`,
      });
    }
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason: `${props.entry} is pinned to nodejs22.x, the Node version the project develops and tests on (node@22 devDependency); move runtime and toolchain to Node 24 together.`,
    });
  }
}
