import { CustomResource, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { FormsForDeployment } from '../stacks/forms-source.ts';
import { AppFunction, LOG_RETENTION } from './app-function.ts';
import { bindTable } from './bind-table.ts';
import type { DataTable } from './data-table.ts';

export interface FormPublisherProps {
  dataTable: DataTable;
  /** The forms validated at synth time (infra/stacks/forms-source.ts). */
  forms: FormsForDeployment;
}

/** Custom resource property names; the handler (functions/publish-forms) parses the same names. */
export const PUBLISHER_PROPERTIES = {
  definitions: 'Definitions',
  contentHash: 'ContentHash',
  site: 'Site',
} as const;

/**
 * Publishes forms/*.yaml into the table on every deployment that changes them: a custom resource
 * whose properties are the definitions and their hash, so CloudFormation calls the publisher
 * exactly when a form changed (and again with the old forms if the deployment rolls back).
 */
export class FormPublisher extends Construct {
  readonly function: AppFunction;

  constructor(scope: Construct, id: string, props: FormPublisherProps) {
    super(scope, id);
    this.function = new AppFunction(this, 'publisher', {
      entry: 'functions/publish-forms/handler.ts',
      description: 'Publishes the consultation definitions of a deployment',
      memorySize: 512,
      timeout: Duration.minutes(2),
    });
    bindTable(this.function.fn, props.dataTable, 'publish');

    const frameworkLogs = new logs.LogGroup(this, 'ProviderLogs', { retention: LOG_RETENTION });
    const frameworkRole = new iam.Role(this, 'ProviderRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Runs the CloudFormation custom resource framework of the form publisher',
    });
    frameworkLogs.grantWrite(frameworkRole);
    const provider = new cr.Provider(this, 'Provider', {
      onEventHandler: this.function.fn,
      frameworkOnEventRole: frameworkRole,
      logGroup: frameworkLogs,
    });

    new CustomResource(this, 'PublishedForms', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::MitwirkenPublishedForms',
      properties: {
        [PUBLISHER_PROPERTIES.definitions]: props.forms.json,
        [PUBLISHER_PROPERTIES.contentHash]: props.forms.contentHash,
        ...(props.forms.siteJson === undefined ? {} : { [PUBLISHER_PROPERTIES.site]: props.forms.siteJson }),
      },
    });

    // The framework's role may invoke the publisher and its versions/aliases (`<arn>:*`), nothing else.
    const publisher = this.function.fn.node.defaultChild;
    const frameworkPolicy = frameworkRole.node.tryFindChild('DefaultPolicy');
    if (publisher instanceof lambda.CfnFunction && frameworkPolicy) {
      const logicalId = Stack.of(this).getLogicalId(publisher);
      Validations.of(frameworkPolicy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
        reason:
          'The CDK custom resource framework of the form publisher may invoke exactly one function, the publisher; the ARN suffix :* only extends that to its versions and aliases.',
      });
    }
  }
}
