import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AlarmTopic } from '../constructs/alarm-topic.ts';
import { DataTable } from '../constructs/data-table.ts';
import { EdgeDistribution } from '../constructs/edge-distribution.ts';
import { FormPublisher } from '../constructs/form-publisher.ts';
import { LinkSigningKey } from '../constructs/link-signing-key.ts';
import { Mailer } from '../constructs/mailer.ts';
import { PublicApi } from '../constructs/public-api.ts';
import { Reminders } from '../constructs/reminders.ts';
import type { DeploymentConfig } from './config.ts';
import type { FormsForDeployment } from './forms-source.ts';

export interface MitwirkenStackProps extends StackProps {
  config: DeploymentConfig;
  forms: FormsForDeployment;
  /** The CLOUDFRONT-scoped WebACL (EdgeStack, us-east-1). */
  webAclArn: string;
}

/**
 * The platform of one stage: table, public pages and staff admin behind CloudFront and WAF, mailer,
 * reminder sweep, forms, alarms.
 */
export class MitwirkenStack extends Stack {
  readonly dataTable: DataTable;
  readonly publicApi: PublicApi;
  readonly edge: EdgeDistribution;
  readonly mailer: Mailer;
  readonly reminders: Reminders;
  readonly linkSigningKey: LinkSigningKey;
  readonly participationKey: LinkSigningKey;
  readonly formPublisher: FormPublisher;
  readonly alarms: AlarmTopic;

  constructor(scope: Construct, id: string, props: MitwirkenStackProps) {
    super(scope, id, props);
    this.alarms = new AlarmTopic(this, 'Alarms');
    this.dataTable = new DataTable(this, 'Data');
    this.linkSigningKey = new LinkSigningKey(this, 'LinkSigningKey');
    this.participationKey = new LinkSigningKey(this, 'ParticipationKey', {
      name: 'PARTICIPATION',
      purpose: 'form ids and one-per-person markers',
    });
    this.publicApi = new PublicApi(this, 'Public', {
      dataTable: this.dataTable,
      alarms: this.alarms,
      linkSigningKey: this.linkSigningKey,
      participationKey: this.participationKey,
      staffAllowList: props.config.staffAllowList,
    });
    this.edge = new EdgeDistribution(this, 'Edge', {
      originDomainName: this.publicApi.originDomainName,
      webAclArn: props.webAclArn,
    });
    this.mailer = new Mailer(this, 'Mail', {
      dataTable: this.dataTable,
      alarms: this.alarms,
      senderAddress: props.config.senderAddress,
      configurationSetName: props.config.sesConfigurationSet,
      linkSigningKey: this.linkSigningKey,
      publicBaseUrl: `https://${this.edge.distribution.distributionDomainName}`,
    });
    this.reminders = new Reminders(this, 'Reminders', { dataTable: this.dataTable, alarms: this.alarms });
    this.formPublisher = new FormPublisher(this, 'Forms', { dataTable: this.dataTable, forms: props.forms });

    new CfnOutput(this, 'Url', {
      description: 'Public address of the consultation pages',
      value: `https://${this.edge.distribution.distributionDomainName}`,
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      description: 'Subscribe the on-call address to this topic',
      value: this.alarms.topic.topicArn,
    });
    new CfnOutput(this, 'SenderIdentity', {
      description: 'SES identity to verify (click the link SES sends to this address)',
      value: props.config.senderAddress,
    });
  }
}
