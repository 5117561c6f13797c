import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AlarmTopic } from '../constructs/alarm-topic.ts';
import { DataTable } from '../constructs/data-table.ts';
import { EdgeDistribution } from '../constructs/edge-distribution.ts';
import { FormPublisher } from '../constructs/form-publisher.ts';
import { LinkSigningKey } from '../constructs/link-signing-key.ts';
import { Mailer } from '../constructs/mailer.ts';
import { OriginSecret } from '../constructs/origin-secret.ts';
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
  readonly staffSigningKey: LinkSigningKey;
  /** PARTICIPATION: signs form ids (HKDF info mitwirken:submission-id) and keys one-per-person markers (mitwirken:person). */
  readonly participationKey: LinkSigningKey;
  readonly formPublisher: FormPublisher;
  readonly alarms: AlarmTopic;
  readonly originSecret: OriginSecret;

  constructor(scope: Construct, id: string, props: MitwirkenStackProps) {
    super(scope, id, props);
    this.alarms = new AlarmTopic(this, 'Alarms');
    this.dataTable = new DataTable(this, 'Data');
    this.linkSigningKey = new LinkSigningKey(this, 'LinkSigningKey');
    this.originSecret = new OriginSecret(this, 'OriginSecret');
    // Apart from the LINK key, which resident functions read: only staff functions and the mailer read this one.
    this.staffSigningKey = new LinkSigningKey(this, 'StaffSigningKey', {
      name: 'STAFF',
      purpose: 'staff sign-in links and sessions',
    });
    this.participationKey = new LinkSigningKey(this, 'ParticipationKey', {
      name: 'PARTICIPATION',
      purpose: 'form ids, one-per-person markers and participation codes',
    });
    this.publicApi = new PublicApi(this, 'Public', {
      dataTable: this.dataTable,
      alarms: this.alarms,
      linkSigningKey: this.linkSigningKey,
      staffSigningKey: this.staffSigningKey,
      participationKey: this.participationKey,
      staffAllowList: props.config.staffAllowList,
      reservedConcurrency: props.config.reservedConcurrency,
      originSecret: this.originSecret,
      postThrottle: { rateLimit: props.config.postRateLimit, burstLimit: props.config.postBurstLimit },
    });
    this.edge = new EdgeDistribution(this, 'Edge', {
      originDomainName: this.publicApi.originDomainName,
      webAclArn: props.webAclArn,
      originSecret: this.originSecret,
    });
    this.mailer = new Mailer(this, 'Mail', {
      dataTable: this.dataTable,
      alarms: this.alarms,
      senderAddress: props.config.senderAddress,
      configurationSetName: props.config.sesConfigurationSet,
      linkSigningKey: this.linkSigningKey,
      staffSigningKey: this.staffSigningKey,
      staffAllowList: props.config.staffAllowList,
      publicBaseUrl: `https://${this.edge.distribution.distributionDomainName}`,
      reservedConcurrentExecutions: props.config.reservedConcurrency.mailer,
    });
    this.reminders = new Reminders(this, 'Reminders', {
      dataTable: this.dataTable,
      alarms: this.alarms,
      reservedConcurrentExecutions: props.config.reservedConcurrency.reminders,
    });
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
