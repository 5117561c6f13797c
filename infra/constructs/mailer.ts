import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as ses from 'aws-cdk-lib/aws-ses';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { FUNCTIONS } from '../../functions/routes.ts';
import type { AlarmTopic } from './alarm-topic.ts';
import { AppFunction } from './app-function.ts';
import { bindTable } from './bind-table.ts';
import type { DataTable } from './data-table.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';
import type { LinkSigningKey } from './link-signing-key.ts';

export interface MailerProps {
  dataTable: DataTable;
  alarms: AlarmTopic;
  /** The From address of every email; becomes an SES email identity (verify it after deploying). */
  senderAddress: string;
  /** An existing SES configuration set; when absent, one is created. */
  configurationSetName?: string | undefined;
  /** Signs the decision and status links in workflow emails. */
  linkSigningKey: LinkSigningKey;
  /** Signs the staff sign-in links (the mailer sends sign-in mails, and decides who gets one). */
  staffSigningKey: LinkSigningKey;
  /** STAFF_ALLOW_LIST: with the stored staff records, who gets a sign-in mail. */
  staffAllowList: string;
  /** Public address of the pages, the base of every link in an email (the CloudFront domain). */
  publicBaseUrl: string;
  /** Kept for the mailer whatever the public functions use (see concurrency.ts). */
  reservedConcurrentExecutions: number;
}

/**
 * Sends the emails that new table items ask for: the stream handler, its event source mapping with
 * bounded retries and a dead-letter queue, the SES sender identity and configuration set, and alarms.
 */
export class Mailer extends Construct {
  readonly function: AppFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly identity: ses.EmailIdentity;
  readonly configurationSet: ses.IConfigurationSet;

  constructor(scope: Construct, id: string, props: MailerProps) {
    super(scope, id);
    this.configurationSet = props.configurationSetName
      ? ses.ConfigurationSet.fromConfigurationSetName(this, 'ConfigurationSet', props.configurationSetName)
      : new ses.ConfigurationSet(this, 'ConfigurationSet', {
          reputationMetrics: true,
          // Confirmation copies contain the resident's answers: never deliver them in clear text.
          tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
          suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
        });
    this.identity = new ses.EmailIdentity(this, 'Sender', {
      identity: ses.Identity.email(props.senderAddress),
      configurationSet: this.configurationSet,
    });

    this.function = new AppFunction(this, 'mailer', {
      entry: FUNCTIONS.mailer.entry,
      description: FUNCTIONS.mailer.description,
      memorySize: 512,
      // A batch of 10 records, each one GetItem, one SES call and one UpdateItem.
      timeout: Duration.seconds(30),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    });
    const fn = this.function.fn;
    bindTable(fn, props.dataTable, 'readUpdate');
    props.linkSigningKey.bindTo(fn);
    props.staffSigningKey.bindTo(fn);
    fn.addEnvironment('STAFF_ALLOW_LIST', props.staffAllowList);
    fn.addEnvironment('PUBLIC_BASE_URL', props.publicBaseUrl);
    this.bindSender(fn, props.senderAddress);

    this.deadLetterQueue = deadLetterQueue(
      this,
      'This queue is itself the dead-letter destination (OnFailure) of the mailer stream mapping; it holds pointers to failed stream records for an operator, and a queue behind it would only move them again.',
    );

    fn.addEventSource(
      new DynamoEventSource(props.dataTable.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 5,
        // Stream records live 24 h; giving up after 6 h leaves 18 h to replay a failed record from
        // the position the dead-letter message names.
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Only new items are mail jobs (a submission with copyTo, later outbox items). MODIFY (the
        // "confirmation sent" mark the mailer writes itself) and REMOVE (TTL expiry) never are. The
        // filter is on the event only, not on a key prefix, so later outbox items reach the mailer
        // whatever their keys; the handler decides per record (shared/mail/jobs.ts).
        filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
      }),
    );

    const alarms = props.alarms;
    alarms.alarm(this, 'DeadLetters', {
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparison: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      description: 'A mail job failed every retry and is waiting in the dead-letter queue.',
    });
    alarms.alarm(this, 'IteratorAge', {
      metric: fn.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: Duration.minutes(10).toMilliseconds(),
      description: 'The mailer is more than 10 minutes behind the table stream: emails are late.',
    });
    alarms.alarm(this, 'Errors', {
      metric: fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      description: 'The mailer threw for a whole batch (records are retried, then dead-lettered).',
    });
  }

  /** Sets MAIL_FROM / SES_CONFIGURATION_SET and grants sending as exactly this identity and set. */
  private bindSender(fn: lambda.Function, senderAddress: string): void {
    fn.addEnvironment('MAIL_FROM', senderAddress);
    fn.addEnvironment('SES_CONFIGURATION_SET', this.configurationSet.configurationSetName);
    const configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [this.identity.emailIdentityArn, configurationSetArn],
      }),
    );
  }
}
