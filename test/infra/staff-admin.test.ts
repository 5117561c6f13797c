import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, type FunctionName, ROUTES } from '../../functions/routes.ts';
import { SYNTH_TIMEOUT_MS, type Synthesized, synthesize } from './synth.ts';
import {
  acknowledgementsIn,
  actionsOf,
  functionByDescription,
  onlyResource,
  resourcesOfStatement,
  type Statement,
  statementsOfFunction,
} from './template-queries.ts';

/** The LINK secret among the deployment's secrets (logical id of the LinkSigningKey construct). */

const ALLOW_LIST = 'chef@hannover.example admin; @integration.hannover.example editor integration';

let synthesized: Synthesized;
let template: Template;
let tableId: string;
beforeAll(() => {
  synthesized = synthesize({ context: { 'mitwirken:staffAllowList': ALLOW_LIST } });
  template = synthesized.template;
  [tableId] = onlyResource(template, 'AWS::DynamoDB::Table');
}, SYNTH_TIMEOUT_MS);

const STAFF_FUNCTIONS = ['adminSignIn', 'adminConsultations', 'adminSubmissions', 'adminStaff'] as const;

/** What each staff function's repository calls need on the table itself, and nothing more. */
const EXPECTED_TABLE_ACTIONS: Record<(typeof STAFF_FUNCTIONS)[number], string[]> = {
  adminSignIn: ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  adminConsultations: [
    'dynamodb:BatchGetItem',
    'dynamodb:ConditionCheckItem',
    'dynamodb:DeleteItem',
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:Query',
    'dynamodb:UpdateItem',
  ],
  adminSubmissions: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'],
  adminStaff: ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
};

const functionId = (name: FunctionName) => functionByDescription(template, FUNCTIONS[name].description)[0];
const tableArn = () => ({ 'Fn::GetAtt': [tableId, 'Arn'] });
const indexArn = (name: string) => ({ 'Fn::Join': ['', [tableArn(), `/index/${name}`]] });
const onTable = (statement: Statement) =>
  JSON.stringify(resourcesOfStatement(statement)) === JSON.stringify([tableArn()]);
const onAnIndex = (statement: Statement) =>
  resourcesOfStatement(statement).some((resource) => JSON.stringify(resource).includes('/index/'));

describe('the staff functions permissions', () => {
  it.each(STAFF_FUNCTIONS)('give %s exactly the table actions its repository calls make', (name) => {
    const statements = statementsOfFunction(template, functionId(name));
    const actions = statements.filter(onTable).flatMap(actionsOf).sort();
    expect(actions).toEqual(EXPECTED_TABLE_ACTIONS[name]);
    // Nothing of the table reaches these functions through another statement (a wildcard, a batch).
    const elsewhere = statements
      .filter((s) => !onTable(s) && !onAnIndex(s))
      .flatMap(actionsOf)
      .filter((action) => action.startsWith('dynamodb:'));
    expect(elsewhere).toEqual([]);
  });

  it('let only the submissions inbox query an index: gsi1, by its ARN', () => {
    const indexStatements = (name: FunctionName) =>
      statementsOfFunction(template, functionId(name)).filter(onAnIndex);
    const inbox = indexStatements('adminSubmissions');
    expect(inbox.flatMap(actionsOf)).toEqual(['dynamodb:Query']);
    expect(inbox.flatMap(resourcesOfStatement)).toEqual([indexArn('gsi1')]);
    for (const name of ['adminSignIn', 'adminConsultations', 'adminStaff'] as const) {
      expect(indexStatements(name), name).toEqual([]);
    }
  });

  it('let the mailer only read and mark the sign-in mail (no Put, no Delete)', () => {
    const actions = statementsOfFunction(template, functionId('mailer')).filter(onTable).flatMap(actionsOf);
    expect(actions.sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
  });

  it.each(STAFF_FUNCTIONS)('let %s read the STAFF key (session cookie MAC) and not the LINK key', (name) => {
    const [secretId] = onlyResource(template, 'AWS::SecretsManager::Secret', (id) =>
      id.startsWith('StaffSigningKey'),
    );
    const [, fn] = functionByDescription(template, FUNCTIONS[name].description);
    expect(fn.Properties!.Environment.Variables.STAFF_SECRET_ARN).toEqual({ Ref: secretId });
    expect(fn.Properties!.Environment.Variables).not.toHaveProperty('LINK_SECRET_ARN');
  });
});

describe('the STAFF secret (staff sign-in links and sessions)', () => {
  const staffSecret = () =>
    onlyResource(template, 'AWS::SecretsManager::Secret', (id) => id.startsWith('StaffSigningKey'));
  /** Every function behind a public (non-/admin) route: the resident functions. */
  const residentFunctions = [
    ...new Set(ROUTES.filter((route) => !route.path.startsWith('/admin')).map((route) => route.fn)),
  ].sort();
  /** Whether a statement lets its role read the secret: a secretsmanager or KMS action on it or on anything. */
  const readsSecret = (statement: Statement, secretId: string) => {
    const actions = actionsOf(statement);
    if (!actions.some((action) => /^(secretsmanager|kms):|^\*$/.test(action))) return false;
    const resources = JSON.stringify(resourcesOfStatement(statement));
    return resources.includes(secretId) || resources.includes('"*"');
  };

  it('is a secret of its own, apart from the LINK one', () => {
    const [secretId, secret] = staffSecret();
    const [linkId] = onlyResource(template, 'AWS::SecretsManager::Secret', (id) =>
      id.startsWith('LinkSigningKey'),
    );
    expect(secretId).not.toBe(linkId);
    expect(secret.Properties!.Description).toContain('staff sign-in links and sessions');
  });

  it('cannot be read by the role of any resident function (every function behind a public route)', () => {
    const [secretId] = staffSecret();
    // The list is derived from ROUTES, so a new public function is covered without editing this test.
    expect(residentFunctions).toEqual(
      expect.arrayContaining([
        'home',
        'form',
        'submit',
        'confirmation',
        'review',
        'decide',
        'renewLink',
        'status',
        'resubmit',
      ]),
    );
    for (const name of residentFunctions) {
      const [fnId, fn] = functionByDescription(template, FUNCTIONS[name].description);
      const readers = statementsOfFunction(template, fnId).filter((s) => readsSecret(s, secretId));
      expect(readers, name).toEqual([]);
      expect(fn.Properties!.Environment.Variables ?? {}, name).not.toHaveProperty('STAFF_SECRET_ARN');
      expect(JSON.stringify(fn.Properties!.Environment ?? {}), name).not.toContain(secretId);
    }
  });

  it('is read by exactly the staff functions and the mailer (which signs the sign-in link)', () => {
    const [secretId] = staffSecret();
    const readers = Object.entries(FUNCTIONS)
      .filter(([, spec]) => {
        const [fnId] = functionByDescription(template, spec.description);
        return statementsOfFunction(template, fnId).some((s) => readsSecret(s, secretId));
      })
      .map(([name]) => name);
    expect(readers.sort()).toEqual([...STAFF_FUNCTIONS, 'mailer'].sort());
  });
});

describe('the staff allow-list', () => {
  it('reaches the four staff functions and the mailer as STAFF_ALLOW_LIST, exactly as given in the context', () => {
    const withAllowList = Object.entries(FUNCTIONS).filter(([, spec]) => {
      const [, fn] = functionByDescription(template, spec.description);
      return 'STAFF_ALLOW_LIST' in fn.Properties!.Environment.Variables;
    });
    // The mailer decides who gets a sign-in mail (the sign-in POST does the same for every address).
    expect(withAllowList.map(([name]) => name).sort()).toEqual([...STAFF_FUNCTIONS, 'mailer'].sort());
    for (const name of [...STAFF_FUNCTIONS, 'mailer'] as const) {
      const [, fn] = functionByDescription(template, FUNCTIONS[name].description);
      expect(fn.Properties!.Environment.Variables.STAFF_ALLOW_LIST).toBe(ALLOW_LIST);
    }
  });

  it('is empty when the context has none (then only stored staff may sign in)', () => {
    const { template: withoutList } = synthesize();
    const [, fn] = functionByDescription(withoutList, FUNCTIONS.adminSignIn.description);
    expect(fn.Properties!.Environment.Variables.STAFF_ALLOW_LIST).toBe('');
  });
});

describe('the staff routes', () => {
  const apig4Reasons = () =>
    acknowledgementsIn(synthesized.main)
      .filter((a) => a.id === 'AwsSolutions-APIG4')
      .map((a) => a.reason);
  const reasonOf = (route: (typeof ROUTES)[number]) => {
    const found = apig4Reasons().filter((reason) => reason.startsWith(`${route.method} ${route.path} `));
    expect(found, `${route.method} ${route.path}`).toHaveLength(1);
    return found[0]!;
  };

  it('give every route without an authorizer its own reason', () => {
    expect(apig4Reasons()).toHaveLength(ROUTES.length);
    for (const route of ROUTES) reasonOf(route);
  });

  it('never call a staff route a page for anonymous residents', () => {
    for (const route of ROUTES.filter((r) => r.path.startsWith('/admin'))) {
      expect(reasonOf(route)).not.toMatch(/resident/i);
    }
    for (const route of ROUTES.filter((r) => !r.path.startsWith('/admin'))) {
      expect(reasonOf(route)).toMatch(/anonymous residents/);
    }
  });

  it('say that a signed-in staff route is authorized in its function by the session, role and CSRF token', () => {
    const signIn = [
      'GET /admin',
      'POST /admin/sign-in',
      'GET /admin/sign-in/{token}',
      'POST /admin/sign-in/{token}',
    ];
    for (const route of ROUTES.filter((r) => r.path.startsWith('/admin'))) {
      const reason = reasonOf(route);
      if (signIn.includes(`${route.method} ${route.path}`)) {
        expect(reason).toMatch(/sign-in, used before any session exists/);
      } else {
        expect(reason).toMatch(/authorized in its function/);
        expect(reason).toMatch(/session/);
        expect(reason).toMatch(/CSRF/);
      }
    }
  });

  it('are served by CloudFront without caching and with the cookies (one behaviour for every path)', () => {
    const [, distribution] = onlyResource(template, 'AWS::CloudFront::Distribution');
    const config = distribution.Properties!.DistributionConfig;
    // No path-specific behaviour that could cache /admin* or drop its session cookie.
    expect(config.CacheBehaviors).toBeUndefined();
    expect(config.DefaultCacheBehavior).toMatchObject({
      // Managed CachingDisabled: nothing stored, whatever a response says.
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
      // Managed AllViewerExceptHostHeader: every cookie (mw_session), Origin and Sec-Fetch-Site.
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
      AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'POST']),
    });
  });
});

describe('the WAF rule of the staff sign-in', () => {
  it('blocks an IP after 20 anonymous sign-in POSTs in 5 minutes (429)', () => {
    const [, webAcl] = onlyResource(synthesized.edgeTemplate, 'AWS::WAFv2::WebACL');
    const rules: { Name: string; Priority: number; Action?: unknown; Statement: any }[] =
      webAcl.Properties!.Rules;
    const rule = rules.find((r) => r.Name === 'StaffSignInPerIp')!;
    expect(rule.Action).toEqual({ Block: { CustomResponse: { ResponseCode: 429 } } });
    expect(rule.Statement.RateBasedStatement).toMatchObject({
      Limit: 20,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
    });
    const matches = rule.Statement.RateBasedStatement.ScopeDownStatement.AndStatement.Statements.map(
      (s: { ByteMatchStatement: unknown }) => s.ByteMatchStatement,
    );
    expect(matches).toEqual([
      expect.objectContaining({
        FieldToMatch: { Method: {} },
        PositionalConstraint: 'EXACTLY',
        SearchString: 'POST',
      }),
      expect.objectContaining({
        FieldToMatch: { UriPath: {} },
        PositionalConstraint: 'STARTS_WITH',
        SearchString: '/admin/sign-in',
        TextTransformations: [{ Priority: 0, Type: 'URL_DECODE' }],
      }),
    ]);
    expect(new Set(rules.map((r) => r.Priority)).size).toBe(rules.length);
  });
});
