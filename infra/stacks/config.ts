import type { Node } from 'constructs';
import * as z from 'zod';
import { FUNCTIONS, type FunctionName } from '../../functions/routes.ts';
import { parseAllowList } from '../../shared/admin/allow-list.ts';
import {
  DEFAULT_ACCOUNT_CONCURRENCY,
  DEFAULT_RESERVED_CONCURRENCY,
  MIN_UNRESERVED_CONCURRENCY,
  type ReservedConcurrency,
  totalReserved,
} from '../constructs/concurrency.ts';

/** The CDK context is wrong or incomplete; the message names every key at fault. */
export class DeploymentConfigError extends Error {
  override name = 'DeploymentConfigError';
}

// Values given on the command line (`-c mitwirken:rateLimitPer5Min=500`) arrive as strings.
const emptyIsMissing = (value: unknown) => (value === '' ? undefined : value);
// An object in cdk.json, a JSON text on the command line (`-c 'mitwirken:reservedConcurrency={"submit":80}'`).
const jsonText = (value: unknown) => {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

const functionNames = Object.keys(FUNCTIONS) as [FunctionName, ...FunctionName[]];
const reservedOverrides = z.partialRecord(
  z.enum(functionNames),
  z.coerce.number().int().min(1, 'must be at least 1 (0 would switch the function off)').max(10_000),
);

const deploymentConfigSchema = z.object({
  stage: z
    .string()
    .regex(
      /^[a-z][a-z0-9-]{0,19}$/,
      'must be lowercase letters, digits and dashes (at most 20), e.g. "prod"',
    ),
  senderAddress: z.email('must be an email address the confirmation emails are sent from'),
  sesConfigurationSet: z.preprocess(
    emptyIsMissing,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be the name of an existing SES configuration set')
      .optional(),
  ),
  // WAF accepts 10 … 2,000,000,000 requests per IP and evaluation window.
  rateLimitPer5Min: z.coerce.number().int().min(10).max(2_000_000_000),
  // API Gateway throttling of each POST route, for all clients together (README.md, "Front door"):
  // steady requests per second and the burst above it. Below the stage's own 100/200.
  postRateLimit: z.preprocess(emptyIsMissing, z.coerce.number().int().min(1).max(10_000).default(20)),
  postBurstLimit: z.preprocess(emptyIsMissing, z.coerce.number().int().min(1).max(5_000).default(40)),
  // Pins where the table (residents' personal data) lives, whatever region the operator's AWS
  // profile names; the CDK CLI otherwise falls back to us-east-1 when none is configured.
  region: z.preprocess(
    emptyIsMissing,
    z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as "eu-central-1"')
      .optional(),
  ),
  // Who may sign in to the staff admin without a stored staff record (shared/admin/allow-list.ts,
  // e.g. "admin@city.example admin; @city.example viewer citizens"). Empty: only stored staff, and
  // there are none until an admin from this list adds them. Checked here with the functions' own
  // parser: a bad entry would otherwise fail every staff function at start.
  staffAllowList: z
    .string()
    .trim()
    .default('')
    .superRefine((text, context) => {
      const parsed = parseAllowList(text);
      if (!parsed.ok) context.addIssue({ code: 'custom', message: `is invalid: ${parsed.problem}` });
    }),
  // The account's Lambda quota "Concurrent executions"; only to check the reservations fit in it.
  accountConcurrency: z.preprocess(
    emptyIsMissing,
    z.coerce.number().int().min(MIN_UNRESERVED_CONCURRENCY).default(DEFAULT_ACCOUNT_CONCURRENCY),
  ),
  // Reserved concurrency per function (infra/constructs/concurrency.ts says why the defaults);
  // a stage names only the functions it changes, e.g. {"form": 100, "submit": 100}.
  reservedConcurrency: z.preprocess(
    jsonText,
    reservedOverrides
      .default({})
      .transform((overrides): ReservedConcurrency => ({ ...DEFAULT_RESERVED_CONCURRENCY, ...overrides })),
  ),
});

/** The settings, and across them: the reservations fit into the account (CloudFormation would refuse them only mid-deploy). */
const checkedConfigSchema = deploymentConfigSchema.superRefine((config, context) => {
  const available = config.accountConcurrency - MIN_UNRESERVED_CONCURRENCY;
  const total = totalReserved(config.reservedConcurrency);
  if (total > available) {
    context.addIssue({
      code: 'custom',
      path: ['reservedConcurrency'],
      message: `reserves ${total} concurrent executions in all, but an account quota of ${config.accountConcurrency} leaves only ${available} to reserve (AWS keeps ${MIN_UNRESERVED_CONCURRENCY} unreserved); lower them or raise mitwirken:accountConcurrency after raising the quota`,
    });
  }
});

/** Per-stage settings of a deployment, from the `mitwirken:*` context keys (cdk.json or `-c`). */
export type DeploymentConfig = z.infer<typeof deploymentConfigSchema>;

const CONTEXT_KEYS = {
  stage: 'mitwirken:stage',
  senderAddress: 'mitwirken:senderAddress',
  sesConfigurationSet: 'mitwirken:sesConfigurationSet',
  rateLimitPer5Min: 'mitwirken:rateLimitPer5Min',
  postRateLimit: 'mitwirken:postRateLimit',
  postBurstLimit: 'mitwirken:postBurstLimit',
  region: 'mitwirken:region',
  staffAllowList: 'mitwirken:staffAllowList',
  accountConcurrency: 'mitwirken:accountConcurrency',
  reservedConcurrency: 'mitwirken:reservedConcurrency',
} as const satisfies Record<keyof DeploymentConfig, string>;

/** Reads and validates the deployment settings once; throws DeploymentConfigError naming each bad key. */
export function readDeploymentConfig(node: Node): DeploymentConfig {
  const raw = Object.fromEntries(
    Object.entries(CONTEXT_KEYS).map(([name, key]) => [name, node.tryGetContext(key) as unknown]),
  );
  const result = checkedConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const key = Object.entries(CONTEXT_KEYS).find(([field]) => field === name)?.[1] ?? name;
    return `${key} ${issue.message}`;
  });
  throw new DeploymentConfigError(`Invalid CDK context: ${problems.join('; ')}`, { cause: result.error });
}
