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
import type { DataTable } from './data-table.ts';
import type { LinkSigningKey } from './link-signing-key.ts';

type HttpFunctionName = {
  [N in FunctionName]: (typeof FUNCTIONS)[N]['kind'] extends 'http' ? N : never;
}[FunctionName];

/**
 * Per HTTP function: its table access (bind-table.ts) and whether it may read the link-signing key.
 * Pages that only show read; the functions that step a workflow write (never delete); renewLink only
 * Puts the outbox item of a fresh link. The key is for every function that signs or verifies a link:
 * the approver's (review, decide, renewLink), the submitter's status link (status, resubmit, and
 * submit/confirmation, which show it). A new HTTP function fails to compile until it is listed here.
 */
const HTTP_FUNCTION_GRANTS = {
  home: { table: 'read', linkKey: false },
  form: { table: 'read', linkKey: false },
  submit: { table: 'readWrite', linkKey: true },
  confirmation: { table: 'read', linkKey: true },
  review: { table: 'read', linkKey: true },
  decide: { table: 'readWrite', linkKey: true },
  renewLink: { table: 'readPut', linkKey: true },
  status: { table: 'read', linkKey: true },
  resubmit: { table: 'readWrite', linkKey: true },
} as const satisfies Record<HttpFunctionName, { table: TableAccess; linkKey: boolean }>;

/**
 * Stage-wide throttling: the backstop behind the per-IP WAF rule, and the only limit for requests
 * that reach the execute-api endpoint directly instead of through CloudFront.
 */
const STAGE_THROTTLE = { rateLimit: 100, burstLimit: 200 } as const;

export interface PublicApiProps {
  dataTable: DataTable;
  alarms: AlarmTopic;
  /** Bound to the functions that sign or verify links (HTTP_FUNCTION_GRANTS). */
  linkSigningKey: LinkSigningKey;
}

/** The public pages: one function per HTTP entry of FUNCTIONS, the HTTP API with ROUTES, and their alarms. */
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
      review: fn('review'),
      decide: fn('decide'),
      renewLink: fn('renewLink'),
      status: fn('status'),
      resubmit: fn('resubmit'),
    };

    this.api = new apigw.HttpApi(this, 'Api', {
      description: 'Mitwirken public pages (served through CloudFront)',
      createDefaultStage: false,
    });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION });
    new apigw.HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: STAGE_THROTTLE,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.jsonWithStandardFields(),
      },
    });

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
      if (created) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is a public page for anonymous residents (no accounts by design); abuse is limited by the WAF rate rule and stage throttling, and writes are idempotent per submission id.`,
        });
      }
    }

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
    });
    const grants = HTTP_FUNCTION_GRANTS[name];
    bindTable(appFunction.fn, props.dataTable, grants.table);
    // No PUBLIC_BASE_URL here: it is the CloudFront domain, and CloudFront's origin is this API, so
    // it would be a dependency cycle. Pages link relatively; an absolute URL is built from the
    // request's X-Forwarded-Host, which the distribution sets from the viewer's Host (see
    // edge-distribution.ts). Emails are built by the mailer, which does get PUBLIC_BASE_URL.
    if (grants.linkKey) props.linkSigningKey.bindTo(appFunction.fn);
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
