import * as z from 'zod';

/**
 * Configuration from environment variables, read once at module load of a handler and validated
 * here. AWS endpoints are not configuration: the SDK reads AWS_ENDPOINT_URL_DYNAMODB and
 * AWS_ENDPOINT_URL_SES itself (set by the local platform).
 */

/** A required variable is missing or has a bad value; the message names it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const emptyIsMissing = (value: unknown) => (value === '' ? undefined : value);

const publicBaseUrl = z.url({ protocol: /^https?$/ });

const configSchema = z.object({
  TABLE_NAME: z.string().min(1),
  DEFINITION_CACHE_SECONDS: z.preprocess(
    emptyIsMissing,
    z.coerce.number().int().min(0).max(86_400).default(60),
  ),
  PUBLIC_BASE_URL: z.preprocess(emptyIsMissing, publicBaseUrl.optional()),
  // A rendered form's signed id is accepted this long (default one day).
  FORM_ID_MAX_AGE_SECONDS: z.preprocess(
    emptyIsMissing,
    z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 86_400)
      .default(86_400),
  ),
  // After a newer version is published, forms of the previous one are still accepted this long.
  VERSION_GRACE_SECONDS: z.preprocess(
    emptyIsMissing,
    z.coerce
      .number()
      .int()
      .min(0)
      .max(7 * 86_400)
      .default(2 * 60 * 60),
  ),
});

const mailConfigSchema = z.object({
  MAIL_FROM: z.email(),
  SES_CONFIGURATION_SET: z.preprocess(emptyIsMissing, z.string().min(1).optional()),
  // Workflow emails carry absolute links, so the mailer cannot start without the public origin.
  PUBLIC_BASE_URL: z.preprocess(emptyIsMissing, publicBaseUrl),
});

// Printable ASCII without spaces: it travels as an HTTP header value. 32+ characters: unguessable.
const frontDoorConfigSchema = z.object({
  ORIGIN_VERIFY_SECRET: z.string().regex(/^[\x21-\x7e]{32,256}$/, 'must be 32 to 256 printable characters'),
});

/** What every function needs. */
export interface Config {
  tableName: string;
  /** How long a warm function reuses a slug lookup (seconds). */
  definitionCacheSeconds: number;
  /** The public origin, e.g. https://mitwirken.example.org, for absolute links; optional. */
  publicBaseUrl?: string | undefined;
  /** How long a rendered form's signed submission id is accepted (seconds). */
  formIdMaxAgeSeconds: number;
  /** How long after a newer publish a form of an older version is still accepted (seconds). */
  versionGraceSeconds: number;
}

/**
 * What the mailer needs in addition. The link-signing keys are configured too (LINK_SECRET_ARN or
 * LINK_SECRET_FILE) and read by keyringSourceFromEnv in shared/links.
 */
export interface MailConfig {
  from: string;
  configurationSet?: string | undefined;
  /** The public origin the emails' links point to, without a trailing slash. */
  publicBaseUrl: string;
}

/**
 * What every HTTP function needs to refuse requests that did not come through CloudFront: the value
 * CloudFront sends in the origin-verification header (README.md, "Front door"). In AWS it is a
 * Secrets Manager value resolved at deploy time into the environment, so no function reads Secrets
 * Manager at start; locally the platform generates one per start.
 */
export interface FrontDoorConfig {
  originSecret: string;
}

function parse<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    return env[name] === undefined || env[name] === ''
      ? `${name} is not set`
      : `${name} is invalid (${issue.message})`;
  });
  throw new ConfigError(`Configuration error: ${problems.join('; ')}`, { cause: result.error });
}

/** Reads the common configuration; throws ConfigError naming each missing or invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const data = parse(configSchema, env);
  return {
    tableName: data.TABLE_NAME,
    definitionCacheSeconds: data.DEFINITION_CACHE_SECONDS,
    formIdMaxAgeSeconds: data.FORM_ID_MAX_AGE_SECONDS,
    versionGraceSeconds: data.VERSION_GRACE_SECONDS,
    publicBaseUrl:
      data.PUBLIC_BASE_URL === undefined ? undefined : withoutTrailingSlash(data.PUBLIC_BASE_URL),
  };
}

/** Reads the origin-verification value; throws ConfigError when ORIGIN_VERIFY_SECRET is missing or invalid. */
export function loadFrontDoorConfig(env: NodeJS.ProcessEnv): FrontDoorConfig {
  return { originSecret: parse(frontDoorConfigSchema, env).ORIGIN_VERIFY_SECRET };
}

/** Reads the mailer's sender settings; throws ConfigError naming each missing or invalid variable. */
export function loadMailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const data = parse(mailConfigSchema, env);
  return {
    from: data.MAIL_FROM,
    configurationSet: data.SES_CONFIGURATION_SET,
    publicBaseUrl: withoutTrailingSlash(data.PUBLIC_BASE_URL),
  };
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

const participationConfigSchema = z.object({
  PENDING_ANSWER_HOURS: z.preprocess(emptyIsMissing, z.coerce.number().int().min(1).max(336).default(48)),
  CONFIRMATION_MAILS_PER_DAY: z.preprocess(
    emptyIsMissing,
    z.coerce.number().int().min(1).max(100).default(5),
  ),
  CONFIRMATION_MAILS_PER_HOUR: z.preprocess(
    emptyIsMissing,
    z.coerce.number().int().min(1).max(100).default(3),
  ),
});

/** Email double opt-in: how long a pending answer waits, and the confirmation-mail caps per address. */
export interface ParticipationConfig {
  /** Hours a pending answer (and its confirmation link) lives. */
  pendingHours: number;
  /** Confirmation mails per address and UTC day, platform-wide. */
  mailsPerDay: number;
  /** Confirmation mails per address, consultation and hour. */
  mailsPerConsultationHour: number;
}

/** Reads the double opt-in settings (all optional, with defaults 48 h, 5 a day, 3 an hour). */
export function loadParticipationConfig(env: NodeJS.ProcessEnv): ParticipationConfig {
  const data = parse(participationConfigSchema, env);
  return {
    pendingHours: data.PENDING_ANSWER_HOURS,
    mailsPerDay: data.CONFIRMATION_MAILS_PER_DAY,
    mailsPerConsultationHour: data.CONFIRMATION_MAILS_PER_HOUR,
  };
}
