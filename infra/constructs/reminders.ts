import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { FUNCTIONS } from '../../functions/routes.ts';
import type { AlarmTopic } from './alarm-topic.ts';
import { AppFunction } from './app-function.ts';
import { bindTable } from './bind-table.ts';
import type { DataTable } from './data-table.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';

export interface RemindersProps {
  dataTable: DataTable;
  alarms: AlarmTopic;
  /** One sweep at a time (see concurrency.ts). */
  reservedConcurrentExecutions: number;
}

/** How often the sweep runs; a reminder is due after whole days, so an hour late is never noticed. */
export const REMINDER_SCHEDULE = Duration.hours(1);

/**
 * The reminder sweep: a function run every hour by an EventBridge rule. It reads due entries from
 * the reminder queue (gsi2) and writes one workflow step per submission; the emails are outbox
 * items the mailer sends, so it needs neither SES nor the link-signing key nor the public URL.
 * A run that fails every retry (delivery or execution) lands in a dead-letter queue with an alarm;
 * nothing is lost by it, because the next run finds the same reminders still due.
 */
export class Reminders extends Construct {
  readonly function: AppFunction;
  readonly rule: events.Rule;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: RemindersProps) {
    super(scope, id);
    this.function = new AppFunction(this, 'reminders', {
      entry: FUNCTIONS.reminders.entry,
      description: FUNCTIONS.reminders.description,
      memorySize: 512,
      // Up to REMINDERS_PER_RUN (500) steps of a GetItem and a transaction each.
      timeout: Duration.minutes(2),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    });
    const fn = this.function.fn;
    bindTable(fn, props.dataTable, 'remind');

    this.deadLetterQueue = deadLetterQueue(
      this,
      'This queue is itself the dead-letter destination of the hourly reminder run (EventBridge delivery and Lambda async failures); it only tells an operator that a run failed, and the next run retries the same reminders anyway.',
    );
    // Execution failures: Lambda retries an async invocation, then hands the event to the queue.
    fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: REMINDER_SCHEDULE,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });

    this.rule = new events.Rule(this, 'Schedule', {
      description: 'Runs the Mitwirken reminder sweep',
      schedule: events.Schedule.rate(REMINDER_SCHEDULE),
    });
    // Delivery failures (throttled, not permitted): EventBridge retries, then uses the same queue.
    this.rule.addTarget(
      new targets.LambdaFunction(fn, {
        retryAttempts: 3,
        maxEventAge: REMINDER_SCHEDULE,
        deadLetterQueue: this.deadLetterQueue,
      }),
    );

    const period = Duration.minutes(5);
    props.alarms.alarm(this.function, 'Errors', {
      metric: fn.metricErrors({ period, statistic: 'Sum' }),
      threshold: 1,
      description: `${FUNCTIONS.reminders.entry} threw: this run's reminders wait for the next run.`,
    });
    props.alarms.alarm(this, 'DeadLetters', {
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period,
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparison: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      description: 'A reminder run failed every retry and is waiting in the dead-letter queue.',
    });
  }
}
