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

type HttpFunctionName = {
  [N in FunctionName]: (typeof FUNCTIONS)[N]['kind'] extends 'http' ? N : never;
}[FunctionName];

/** Only submit writes; the other pages read. */
const TABLE_ACCESS_OF = {
  home: 'read',
  form: 'read',
  submit: 'readWrite',
  confirmation: 'read',
} as const satisfies Record<HttpFunctionName, TableAccess>;

/**
 * Stage-wide throttling: the backstop behind the per-IP WAF rule, and the only limit for requests
 * that reach the execute-api endpoint directly instead of through CloudFront.
 */
const STAGE_THROTTLE = { rateLimit: 100, burstLimit: 200 } as const;

export interface PublicApiProps {
  dataTable: DataTable;
  alarms: AlarmTopic;
}

/** The public pages: one function per HTTP entry of FUNCTIONS, the HTTP API with ROUTES, and their alarms. */
export class PublicApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly functions: Record<HttpFunctionName, AppFunction>;
  /** Host name of the API's execute-api endpoint (the CloudFront origin). */
  readonly originDomainName: string;

  constructor(scope: Construct, id: string, props: PublicApiProps) {
    super(scope, id);
    this.functions = {
      home: this.httpFunction('home', props),
      form: this.httpFunction('form', props),
      submit: this.httpFunction('submit', props),
      confirmation: this.httpFunction('confirmation', props),
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
    bindTable(appFunction.fn, props.dataTable, TABLE_ACCESS_OF[name]);
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
