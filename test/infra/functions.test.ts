import { Match, type Template } from 'aws-cdk-lib/assertions';
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

/** The LINK secret among the deployment's secrets (logical id of the LinkSigningKey construct). */
const isLinkSecret = (logicalId: string) => logicalId.startsWith('LinkSigningKey');

let template: Template;
beforeAll(() => {
  ({ template } = synthesize());
}, SYNTH_TIMEOUT_MS);

const entries = Object.entries(FUNCTIONS);
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:TransactWriteItems',
];

describe('the Lambda functions', () => {
  it.each(entries)('builds %s as Node 22 on arm64 with active tracing', (_name, spec) => {
    const [, fn] = functionByDescription(template, spec.description);
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      Handler: 'index.handler',
      MemorySize: 512,
    });
  });

  it.each(entries)('gives %s its own log group with a retention period', (_name, spec) => {
    const [, fn] = functionByDescription(template, spec.description);
    const logGroupId = fn.Properties!.LoggingConfig.LogGroup.Ref;
    const logGroup = resourcesOf(template, 'AWS::Logs::LogGroup')[logGroupId];
    expect(logGroup?.Properties?.RetentionInDays).toBe(90);
  });

  it.each(entries)('tells %s the table name', (_name, spec) => {
    const [, fn] = functionByDescription(template, spec.description);
    const [tableId] = onlyResource(template, 'AWS::DynamoDB::Table');
    expect(fn.Properties!.Environment.Variables.TABLE_NAME).toEqual({ Ref: tableId });
  });

  it('answers pages within 10 seconds', () => {
    for (const [, spec] of entries.filter(([, s]) => s.kind === 'http')) {
      const [, fn] = functionByDescription(template, spec.description);
      expect(fn.Properties!.Timeout).toBe(10);
    }
  });

  it('attaches no AWS managed policy to any function role', () => {
    for (const role of Object.values(resourcesOf(template, 'AWS::IAM::Role'))) {
      expect(role.Properties?.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('the table permissions', () => {
  it.each(['home', 'form', 'confirmation', 'review', 'status', 'confirmLink'] as const)(
    'lets %s only read',
    (name) => {
      const [id] = functionByDescription(template, FUNCTIONS[name].description);
      const actions = statementsOfFunction(template, id).flatMap(actionsOf);
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
      for (const write of [...WRITE_ACTIONS, 'dynamodb:*']) expect(actions).not.toContain(write);
    },
  );

  it('lets submit put the submission and update the counters, but delete nothing', () => {
    const [id] = functionByDescription(template, FUNCTIONS.submit.description);
    const actions = statementsOfFunction(template, id).flatMap(actionsOf);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem']));
    expect(actions).not.toContain('dynamodb:DeleteItem');
  });

  it.each(['decide', 'resubmit'] as const)(
    'lets %s put the items of a workflow step and update the state, but delete nothing',
    (name) => {
      const [id] = functionByDescription(template, FUNCTIONS[name].description);
      const actions = statementsOfFunction(template, id).flatMap(actionsOf);
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem']));
      expect(actions).not.toContain('dynamodb:DeleteItem');
    },
  );

  it('lets renewLink put the outbox item of a fresh link, but not change or delete items', () => {
    const [id] = functionByDescription(template, FUNCTIONS.renewLink.description);
    const actions = statementsOfFunction(template, id).flatMap(actionsOf);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem']));
    expect(actions).not.toContain('dynamodb:UpdateItem');
    expect(actions).not.toContain('dynamodb:DeleteItem');
  });

  it('lets the mailer update (mark sent) but not put or delete items', () => {
    const [id] = functionByDescription(template, FUNCTIONS.mailer.description);
    const actions = statementsOfFunction(template, id).flatMap(actionsOf);
    expect(actions).toContain('dynamodb:UpdateItem');
    expect(actions).not.toContain('dynamodb:PutItem');
    expect(actions).not.toContain('dynamodb:DeleteItem');
  });

  it('grants wildcard resources only for actions that have no resource-level permissions', () => {
    const allowedOnStar = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'dynamodb:ListStreams'];
    for (const policy of Object.values(resourcesOf(template, 'AWS::IAM::Policy'))) {
      for (const statement of policy.Properties!.PolicyDocument.Statement) {
        if (!resourcesOfStatement(statement).includes('*')) continue;
        for (const action of actionsOf(statement)) expect(allowedOnStar).toContain(action);
      }
    }
  });
});

describe('the mailer permissions', () => {
  it('may send email only as the sender identity and with the configuration set', () => {
    const [id] = functionByDescription(template, FUNCTIONS.mailer.description);
    const sending = statementsOfFunction(template, id).filter((s) => actionsOf(s).includes('ses:SendEmail'));
    expect(sending).toHaveLength(1);
    const resources = resourcesOfStatement(sending[0]!);
    expect(resources).not.toContain('*');
    expect(JSON.stringify(resources)).toContain(':identity/');
    expect(JSON.stringify(resources)).toContain(':configuration-set/');
  });

  it('is told the sender address and configuration set', () => {
    const [, fn] = functionByDescription(template, FUNCTIONS.mailer.description);
    const [configurationSetId] = onlyResource(template, 'AWS::SES::ConfigurationSet');
    expect(fn.Properties!.Environment.Variables).toMatchObject({
      MAIL_FROM: 'beteiligung@example.org',
      SES_CONFIGURATION_SET: { Ref: configurationSetId },
    });
  });

  it('has a sender identity and a configuration set with reputation metrics', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'beteiligung@example.org' });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
    });
  });
});

describe('the link signing secret', () => {
  it('is generated by Secrets Manager', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
    });
  });

  it('is readable only by the resident functions that sign or verify links, and the mailer', () => {
    const [secretId] = onlyResource(template, 'AWS::SecretsManager::Secret', isLinkSecret);
    const readers = entries.filter(([, spec]) => {
      const [fnId] = functionByDescription(template, spec.description);
      return statementsOfFunction(template, fnId).some((statement) =>
        JSON.stringify(statement).includes(secretId),
      );
    });
    expect(readers.map(([name]) => name).sort()).toEqual(
      [
        'confirmation',
        'confirmAnswer',
        'confirmLink',
        'decide',
        'erase',
        'mailer',
        'renewLink',
        'resubmit',
        'review',
        'status',
        'submit',
      ].sort(),
    );
    for (const [name, spec] of readers) {
      const [fnId, fn] = functionByDescription(template, spec.description);
      const secretStatements = statementsOfFunction(template, fnId).filter((statement) =>
        actionsOf(statement).some((action) => action.startsWith('secretsmanager:')),
      );
      const linkStatements = secretStatements.filter((statement) =>
        JSON.stringify(resourcesOfStatement(statement)).includes(secretId),
      );
      expect(linkStatements.flatMap(actionsOf).sort(), name).toEqual([
        'secretsmanager:DescribeSecret',
        'secretsmanager:GetSecretValue',
      ]);
      expect(fn.Properties!.Environment.Variables.LINK_SECRET_ARN).toEqual({ Ref: secretId });
    }
  });

  it('keeps the PARTICIPATION key apart (form ids, code hashes): only form, submit and adminConsultations read it', () => {
    const [secretId] = onlyResource(template, 'AWS::SecretsManager::Secret', (id) =>
      id.startsWith('ParticipationKey'),
    );
    const readers = entries.filter(([, spec]) => {
      const [fnId] = functionByDescription(template, spec.description);
      return statementsOfFunction(template, fnId).some((statement) =>
        JSON.stringify(statement).includes(secretId),
      );
    });
    expect(readers.map(([name]) => name).sort()).toEqual(['adminConsultations', 'form', 'submit']);
    for (const [, spec] of readers) {
      const [, fn] = functionByDescription(template, spec.description);
      expect(fn.Properties!.Environment.Variables.PARTICIPATION_SECRET_ARN).toEqual({ Ref: secretId });
    }
  });

  it('gives the public URL only to the mailer: the pages take it from the request', () => {
    const withBaseUrl = entries.filter(([, spec]) => {
      const [, fn] = functionByDescription(template, spec.description);
      return 'PUBLIC_BASE_URL' in fn.Properties!.Environment.Variables;
    });
    expect(withBaseUrl.map(([name]) => name)).toEqual(['mailer']);
  });
});
