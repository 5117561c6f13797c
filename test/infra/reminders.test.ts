import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../functions/routes.ts';
import { SYNTH_TIMEOUT_MS, synthesize } from './synth.ts';
import {
  actionsOf,
  functionByDescription,
  onlyResource,
  resourcesOf,
  resourcesOfStatement,
  statementsOfFunction,
} from './template-queries.ts';

let template: Template;
let remindersId: string;
beforeAll(() => {
  ({ template } = synthesize());
  [remindersId] = functionByDescription(template, FUNCTIONS.reminders.description);
}, SYNTH_TIMEOUT_MS);

const tableStatements = () => {
  const [tableId] = onlyResource(template, 'AWS::DynamoDB::Table');
  return statementsOfFunction(template, remindersId).filter((s) =>
    JSON.stringify(resourcesOfStatement(s)).includes(tableId),
  );
};

describe('the reminder schedule', () => {
  it('runs the reminders function every hour', () => {
    const [, rule] = onlyResource(template, 'AWS::Events::Rule');
    expect(rule.Properties).toMatchObject({ ScheduleExpression: 'rate(1 hour)', State: 'ENABLED' });
    const [target] = rule.Properties!.Targets;
    expect(target.Arn).toEqual({ 'Fn::GetAtt': [remindersId, 'Arn'] });
  });

  it('retries a run EventBridge cannot deliver, then keeps it in a dead-letter queue', () => {
    const [, rule] = onlyResource(template, 'AWS::Events::Rule');
    const [target] = rule.Properties!.Targets;
    const [queueId] = onlyResource(template, 'AWS::SQS::Queue', (id) => id.startsWith('Reminders'));
    expect(target.RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 });
    expect(target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } });
  });

  it('sends a run that failed every retry in the function to the same queue', () => {
    const [, config] = onlyResource(template, 'AWS::Lambda::EventInvokeConfig');
    const [queueId] = onlyResource(template, 'AWS::SQS::Queue', (id) => id.startsWith('Reminders'));
    expect(config.Properties).toMatchObject({
      FunctionName: { Ref: remindersId },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });

  it('lets only EventBridge invoke the function', () => {
    const permissions = Object.values(resourcesOf(template, 'AWS::Lambda::Permission')).filter((p) =>
      JSON.stringify(p.Properties!.FunctionName).includes(remindersId),
    );
    expect(permissions.map((p) => p.Properties!.Principal)).toEqual(['events.amazonaws.com']);
  });

  it('alarms when the function throws', () => {
    const watched = Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm'))
      .filter((a) => a.Properties!.MetricName === 'Errors')
      .map((a) => a.Properties!.Dimensions[0].Value);
    expect(watched).toContainEqual({ Ref: remindersId });
  });
});

describe('the reminders permissions', () => {
  it('query the reminder queue through gsi2 only, never the table itself', () => {
    const [tableId] = onlyResource(template, 'AWS::DynamoDB::Table');
    const queries = statementsOfFunction(template, remindersId).filter((s) =>
      actionsOf(s).includes('dynamodb:Query'),
    );
    expect(queries.flatMap(resourcesOfStatement)).toEqual([
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, '/index/gsi2']] },
    ]);
  });

  it('read a submission and write a workflow step, but delete nothing', () => {
    const actions = tableStatements().flatMap(actionsOf);
    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    expect(actions).not.toContain('dynamodb:DeleteItem');
    expect(actions).not.toContain('dynamodb:Scan');
  });

  it('need no email sending, no link key and no public URL (the mailer does that)', () => {
    const [, fn] = functionByDescription(template, FUNCTIONS.reminders.description);
    const actions = statementsOfFunction(template, remindersId).flatMap(actionsOf);
    expect(actions.filter((a) => a.startsWith('ses:') || a.startsWith('secretsmanager:'))).toEqual([]);
    expect(Object.keys(fn.Properties!.Environment.Variables).sort()).toEqual(['TABLE_NAME']);
  });
});
