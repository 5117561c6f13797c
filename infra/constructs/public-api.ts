import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { FUNCTIONS, type FunctionName, ROUTES } from '../../functions/routes.ts';
import type { AlarmTopic } from './alarm-topic.ts';
import { AppFunction, LOG_RETENTION } from './app-function.ts';
import { bindTable, type TableAccess } from './bind-table.ts';
import type { ReservedConcurrency } from './concurrency.ts';
import type { DataTable } from './data-table.ts';
import type { LinkSigningKey } from './link-signing-key.ts';
import type { OriginSecret } from './origin-secret.ts';

type HttpFunctionName = {
  [N in FunctionName]: (typeof FUNCTIONS)[N]['kind'] extends 'http' ? N : never;
}[FunctionName];

/**
 * Per HTTP function: its table access (bind-table.ts), which of the deployment's keys it may read,
 * and whether it is a staff function (it then gets STAFF_ALLOW_LIST). Pages that only show read; the
 * functions that step a workflow write (never delete); renewLink only Puts the outbox item of a fresh
 * link. The LINK key is for every resident function that signs or verifies a link: the approver's
 * (review, decide, renewLink), the submitter's status link (status, resubmit, erase, and
 * submit/confirmation, which show it). The STAFF key (sign-in links and session cookies) is for the
 * staff functions only, which need no LINK key: no resident function can read it, so no flaw in
 * one of them can sign anybody in. A new HTTP function fails to compile until it is listed here.
 */
const HTTP_FUNCTION_GRANTS = {
  home: { table: 'read', linkKey: false, staff: false },
  form: { table: 'read', linkKey: false, staff: false },
  submit: { table: 'readWrite', linkKey: true, staff: false },
  confirmation: { table: 'read', linkKey: true, staff: false },
  results: { table: 'read', linkKey: false, staff: false },
  legal: { table: 'read', linkKey: false, staff: false },
  review: { table: 'read', linkKey: true, staff: false },
  decide: { table: 'readWrite', linkKey: true, staff: false },
  renewLink: { table: 'readPut', linkKey: true, staff: false },
  status: { table: 'read', linkKey: true, staff: false },
  resubmit: { table: 'readWrite', linkKey: true, staff: false },
  erase: { table: 'erase', linkKey: true, staff: false },
  confirmLink: { table: 'read', linkKey: true, staff: false },
  confirmAnswer: { table: 'readWrite', linkKey: true, staff: false },
  adminSignIn: { table: 'staffSignIn', linkKey: false, staff: true },
  adminConsultations: { table: 'consultationAdmin', linkKey: false, staff: true },
  adminSubmissions: { table: 'submissionsInbox', linkKey: false, staff: true },
  adminStaff: { table: 'staffAdmin', linkKey: false, staff: true },
} as const satisfies Record<HttpFunctionName, { table: TableAccess; linkKey: boolean; staff: boolean }>;

/**
 * The functions that read the PARTICIPATION key: the form signs each rendered form's submission id,
 * submit checks it (and signs a fresh one when it refuses) and spends participation codes, the
 * consultations admin generates and voids codes (stored only as HMACs under this key).
 */
const PARTICIPATION_KEY_FUNCTIONS: ReadonlySet<HttpFunctionName> = new Set([
  'form',
  'submit',
  'adminConsultations',
]);

/** The staff routes anyone may call: the sign-in form and the emailed link's page and button. */
const STAFF_SIGN_IN_ROUTES: ReadonlySet<string> = new Set([
  'GET /admin',
  'POST /admin/sign-in',
  'GET /admin/sign-in/{token}',
  'POST /admin/sign-in/{token}',
]);

/**
 * Why a route has no API Gateway authorizer (cdk-nag AwsSolutions-APIG4), by who calls it: residents
 * have no accounts by design; staff sign in by emailed link; every other staff route is authorized
 * by its function, because an authorizer cannot check our session (a MAC'd cookie naming a session
 * item in the table, with roles and departments kept on the server).
 */
function withoutAuthorizerReason(route: (typeof ROUTES)[number]): string {
  const key = `${route.method} ${route.path}`;
  if (!route.path.startsWith('/admin')) {
    return `${key} is a public page for anonymous residents (no accounts by design); it is reachable only through CloudFront and its WAF rate rule (the function refuses requests without the origin-verification header), throttled per stage and, for a POST, per route, and writes are idempotent per submission id.`;
  }
  if (STAFF_SIGN_IN_ROUTES.has(key)) {
    return `${key} is the staff sign-in, used before any session exists: it only queues a mail to an allowed address (the same answer for every address) or spends an emailed one-time link (HMAC-signed with the staff key, 15 minutes, single use, valid only with the nonce stored when it was mailed); a stricter per-IP WAF rate rule covers the sign-in POSTs.`;
  }
  return `${key} is a staff route authorized in its function: API Gateway authorizers cannot see our session (an HttpOnly cookie with an HMAC-signed session id, checked against the session item in the table), so the function checks the session, the role and department kept on the server, and the CSRF token of every POST before anything else.`;
}

/**
 * Stage-wide throttling: the backstop behind the per-IP WAF rule. Requests that reach the
 * execute-api endpoint directly are refused by the functions (origin verification) but still
 * count here, so this also caps what such a flood can cost.
 */
const STAGE_THROTTLE = { rateLimit: 100, burstLimit: 200 } as const;

/** API Gateway throttling of one route, for all clients together: requests per second and burst. */
export interface RouteThrottle {
  rateLimit: number;
  burstLimit: number;
}

export interface PublicApiProps {
  dataTable: DataTable;
  alarms: AlarmTopic;
  /** Bound to the resident functions that sign or verify links (HTTP_FUNCTION_GRANTS). */
  linkSigningKey: LinkSigningKey;
  /** The STAFF key: bound to the staff functions only (sign-in links, session cookies). */
  staffSigningKey: LinkSigningKey;
  /** The PARTICIPATION key, bound to PARTICIPATION_KEY_FUNCTIONS. */
  participationKey: LinkSigningKey;
  /** STAFF_ALLOW_LIST of the staff functions (`mitwirken:staffAllowList`; may be empty). */
  staffAllowList: string;
  /** Reserved concurrency per function (`mitwirken:reservedConcurrency`, see concurrency.ts). */
  reservedConcurrency: ReservedConcurrency;
  /** The expected origin-verification value, given to every HTTP function. */
  originSecret: OriginSecret;
  /** Throttling of every POST route (`mitwirken:postRateLimit` / `mitwirken:postBurstLimit`). */
  postThrottle: RouteThrottle;
}

/**
 * The public pages and the staff admin: one function per HTTP entry of FUNCTIONS, the HTTP API with
 * ROUTES, and their alarms.
 */
export class PublicApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly functions: Record<HttpFunctionName, AppFunction>;
  /** Host name of the API's execute-api endpoint (the CloudFront origin). */
  readonly originDomainName: string;

  constructor(scope: Construct, id: string, props: PublicApiProps) {
    super(scope, id);
    const fn = (name: HttpFunctionName) => this.httpFunction(name, props);
    this.functions = {
      home: fn('home'),
      form: fn('form'),
      submit: fn('submit'),
      confirmation: fn('confirmation'),
      results: fn('results'),
      legal: fn('legal'),
      review: fn('review'),
      decide: fn('decide'),
      renewLink: fn('renewLink'),
      status: fn('status'),
      resubmit: fn('resubmit'),
      erase: fn('erase'),
      confirmLink: fn('confirmLink'),
      confirmAnswer: fn('confirmAnswer'),
      adminSignIn: fn('adminSignIn'),
      adminConsultations: fn('adminConsultations'),
      adminSubmissions: fn('adminSubmissions'),
      adminStaff: fn('adminStaff'),
    };

    this.api = new apigw.HttpApi(this, 'Api', {
      description: 'Mitwirken public pages and staff admin (served through CloudFront)',
      createDefaultStage: false,
    });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION });
    const stage = new apigw.HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: STAGE_THROTTLE,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.jsonWithStandardFields(),
      },
    });

    // Every POST (a submission, a decision, a sign-in mail) writes or mails: each gets its own
    // limit below the stage's, so a flood on one cannot use up the stage for the pages. The L2 stage
    // has no per-route settings, hence the L1 property; it is untyped JSON, so the keys are
    // CloudFormation's own (PascalCase), which test/infra/front-door.test.ts pins.
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    const integrations = new Map<HttpFunctionName, HttpLambdaIntegration>();
    for (const route of ROUTES) {
      const name: HttpFunctionName = route.fn;
      let integration = integrations.get(name);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${name}Integration`, this.functions[name].fn);
        integrations.set(name, integration);
      }
      const [created] = this.api.addRoutes({
        path: route.path,
        methods: [apigw.HttpMethod[route.method]],
        integration,
      });
      if (created && route.method === 'POST') {
        routeSettings[`${route.method} ${route.path}`] = {
          ThrottlingRateLimit: props.postThrottle.rateLimit,
          ThrottlingBurstLimit: props.postThrottle.burstLimit,
        };
        // API Gateway refuses route settings for a route key that does not exist yet.
        stage.node.addDependency(created);
      }
      if (created) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: withoutAuthorizerReason(route),
        });
      }
    }

    (stage.node.defaultChild as apigw.CfnStage).routeSettings = routeSettings;

    const stack = Stack.of(this);
    this.originDomainName = `${this.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;

    props.alarms.alarm(this, 'ServerErrors', {
      metric: this.api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      description: 'The HTTP API answered 5xx: a bug or an outage (bad input must always get a 4xx).',
    });
  }

  private httpFunction(name: HttpFunctionName, props: PublicApiProps): AppFunction {
    const spec = FUNCTIONS[name];
    const appFunction = new AppFunction(this, name, {
      entry: spec.entry,
      description: spec.description,
      memorySize: 512,
      timeout: Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrency[name],
    });
    const grants = HTTP_FUNCTION_GRANTS[name];
    bindTable(appFunction.fn, props.dataTable, grants.table);
    // No PUBLIC_BASE_URL here: it is the CloudFront domain, and CloudFront's origin is this API, so
    // it would be a dependency cycle. Pages link relatively; an absolute URL is built from the
    // request's X-Forwarded-Host, which the distribution sets from the viewer's Host (see
    // edge-distribution.ts). Emails are built by the mailer, which does get PUBLIC_BASE_URL.
    if (grants.linkKey) props.linkSigningKey.bindTo(appFunction.fn);
    // Every HTTP function refuses requests without CloudFront's origin header (functions/http/front-door.ts).
    props.originSecret.bindTo(appFunction.fn);
    if (grants.staff) {
      props.staffSigningKey.bindTo(appFunction.fn);
      // Who may sign in without a stored staff record (the first admin comes from here).
      appFunction.fn.addEnvironment('STAFF_ALLOW_LIST', props.staffAllowList);
    }
    if (PARTICIPATION_KEY_FUNCTIONS.has(name)) props.participationKey.bindTo(appFunction.fn);
    const period = Duration.minutes(5);
    props.alarms.alarm(appFunction, 'Errors', {
      metric: appFunction.fn.metricErrors({ period, statistic: 'Sum' }),
      threshold: 1,
      description: `${spec.entry} threw (invocation error, answered 5xx).`,
    });
    props.alarms.alarm(appFunction, 'Throttles', {
      metric: appFunction.fn.metricThrottles({ period, statistic: 'Sum' }),
      threshold: 1,
      description: `${spec.entry} was throttled (concurrency limit reached).`,
    });
    return appFunction;
  }
}
