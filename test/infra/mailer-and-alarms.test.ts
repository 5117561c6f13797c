import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../functions/routes.ts';
import { SYNTH_TIMEOUT_MS, synthesize } from './synth.ts';
import { functionByDescription, onlyResource, resourcesOf } from './template-queries.ts';

let template: Template;
beforeAll(() => {
  ({ template } = synthesize());
}, SYNTH_TIMEOUT_MS);

type Alarm = { Properties?: Record<string, any> };
const alarms = (): Alarm[] => Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm'));
const alarmsOn = (namespace: string, metricName: string) =>
  alarms().filter((a) => a.Properties!.Namespace === namespace && a.Properties!.MetricName === metricName);
const dimension = (alarm: Alarm, name: string) =>
  alarm.Properties!.Dimensions.find((d: { Name: string }) => d.Name === name)?.Value;

describe('the mailer stream mapping', () => {
  it('reads the table stream from the oldest record in batches of 10', () => {
    const [mailerId] = functionByDescription(template, FUNCTIONS.mailer.description);
    const [tableId] = onlyResource(template, 'AWS::DynamoDB::Table');
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: mailerId },
      EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 10,
    });
  });

  it('retries a failing record 5 times, splitting batches, then sends it to the dead-letter queue', () => {
    const [queueId] = onlyResource(template, 'AWS::SQS::Queue', (id) => id.startsWith('Mail'));
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 6 * 3600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });

  it('passes only INSERT events to the mailer', () => {
    const [, mapping] = onlyResource(template, 'AWS::Lambda::EventSourceMapping');
    const patterns = mapping.Properties!.FilterCriteria.Filters.map((f: { Pattern: string }) =>
      JSON.parse(f.Pattern),
    );
    expect(patterns).toEqual([{ eventName: ['INSERT'] }]);
  });

  it('keeps dead letters (of the mailer and of the reminder runs) in encrypted, SSL-only queues', () => {
    const queues = Object.entries(resourcesOf(template, 'AWS::SQS::Queue'));
    expect(queues).toHaveLength(2);
    for (const [queueId, queue] of queues) {
      expect(queue.Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 86400,
      });
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: Match.objectLike({
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        }),
      });
    }
  });
});

describe('the alarms', () => {
  it('notify one encrypted, SSL-only SNS topic', () => {
    const [topicId, topic] = onlyResource(template, 'AWS::SNS::Topic');
    expect(topic.Properties!.KmsMasterKeyId).toBeDefined();
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      }),
    });
    for (const alarm of alarms()) expect(alarm.Properties!.AlarmActions).toEqual([{ Ref: topicId }]);
  });

  it('fire when anything waits in a dead-letter queue', () => {
    const queueIds = Object.keys(resourcesOf(template, 'AWS::SQS::Queue'));
    const queueAlarms = alarmsOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible');
    expect(queueAlarms.map((a) => dimension(a, 'QueueName'))).toEqual(
      expect.arrayContaining(queueIds.map((id) => ({ 'Fn::GetAtt': [id, 'QueueName'] }))),
    );
    for (const alarm of queueAlarms) {
      expect(alarm.Properties).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
    }
  });

  it('fire on any 5xx answer of the HTTP API', () => {
    const [alarm] = alarmsOn('AWS/ApiGateway', '5xx');
    const [apiId] = onlyResource(template, 'AWS::ApiGatewayV2::Api');
    expect(dimension(alarm!, 'ApiId')).toEqual({ Ref: apiId });
    expect(alarm!.Properties).toMatchObject({
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it.each(['Errors', 'Throttles'])('fire on %s of every HTTP function', (metricName) => {
    const watched = alarmsOn('AWS/Lambda', metricName).map((a) => dimension(a, 'FunctionName'));
    for (const spec of Object.values(FUNCTIONS).filter((s) => s.kind === 'http')) {
      const [functionId] = functionByDescription(template, spec.description);
      expect(watched).toContainEqual({ Ref: functionId });
    }
  });

  it('fire when the mailer falls behind the stream', () => {
    const [mailerId] = functionByDescription(template, FUNCTIONS.mailer.description);
    const [alarm] = alarmsOn('AWS/Lambda', 'IteratorAge');
    expect(dimension(alarm!, 'FunctionName')).toEqual({ Ref: mailerId });
    expect(alarm!.Properties!.Threshold).toBe(600_000);
  });
});
