import { randomBytes } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { expect } from 'vitest';
import type { LambdaHandler } from '../../../functions/admin/http/index.ts';
import { ROUTES } from '../../../functions/routes.ts';
import type { StaffMember } from '../../../shared/admin/roles.ts';
import { signInWindow } from '../../../shared/admin/sign-in.ts';
import { signInLinkExpiry, signSignInToken } from '../../../shared/admin/sign-in-token.ts';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { type Keyring, loadKeyring } from '../../../shared/links/index.ts';
import type { CodeBatchDeps } from '../../../shared/participation/code-batches.ts';
import type { AdminAction, AdminChange, AdminRepository } from '../../../shared/storage/admin-types.ts';
import {
  createAdminRepository,
  createCodeRepository,
  createDefinitionCache,
} from '../../../shared/storage/index.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { aConsultationWithWorkflow, aStage } from '../../support/consultation-factory.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../support/events.ts';
import { participationKeyring, signedFormIdFor } from '../../support/form-ids.ts';
import { staffSession } from '../../support/staff-session.ts';
import {
  type FunctionEnvironment,
  functionEnvironment,
  type RawItem,
  schedules,
} from '../functions/function-environment.ts';

/**
 * The world of the authorization table test: the four staff functions built on one table of the
 * file's own, a member per role, a consultation of department "integration" (published, with a
 * workflow and one submission) and fresh consultations for the rows that change one.
 */

type Result = APIGatewayProxyStructuredResultV2;

type AdminRoute = Extract<(typeof ROUTES)[number], { path: `/admin${string}` }>;
type KeyOf<R> = R extends { method: infer M extends string; path: infer P extends string }
  ? `${M} ${P}`
  : never;
/** `METHOD path` of every staff route in functions/routes.ts, e.g. `GET /admin/consultations/{id}`. */
export type AdminRouteKey = KeyOf<AdminRoute>;
type AdminFunction = AdminRoute['fn'];

/** Every route of functions/routes.ts under /admin, as `METHOD path`, in the file's order. */
export const ADMIN_ROUTE_KEYS: readonly AdminRouteKey[] = ROUTES.filter((route): route is AdminRoute =>
  route.path.startsWith('/admin'),
).map((route) => `${route.method} ${route.path}` as AdminRouteKey);

const FUNCTION_OF = new Map<string, AdminFunction>(
  ROUTES.filter((route): route is AdminRoute => route.path.startsWith('/admin')).map((route) => [
    `${route.method} ${route.path}`,
    route.fn,
  ]),
);

/** Who asks: nobody, or a member of one of the roles (the department decides as much as the role). */
export const ROLE_NAMES = ['anonymous', 'viewer', 'editor (other dept)', 'editor', 'admin'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];
export type MemberRole = Exclude<RoleName, 'anonymous'>;

/** The consultations under test belong to "integration"; the other editor is of "culture". */
export const MEMBERS: Record<MemberRole, StaffMember> = {
  viewer: { email: 'authz-viewer@integration.example', role: 'viewer', department: 'integration' },
  'editor (other dept)': { email: 'authz-editor@culture.example', role: 'editor', department: 'culture' },
  editor: { email: 'authz-editor@integration.example', role: 'editor', department: 'integration' },
  admin: { email: 'authz-admin@example.org', role: 'admin' },
};

export const DEPARTMENT = 'integration';

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  sessionId: string;
}

export interface StaffRequest {
  key: AdminRouteKey;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  /** The form of a POST, without `_csrf` (see `csrf`). */
  fields?: Record<string, string | string[]>;
  /** Sent as the `mw_session` cookie pair when given. */
  cookie?: string | undefined;
  /** The `_csrf` field of a POST; left out when undefined. */
  csrf?: string | undefined;
  /** multipart/form-data instead of urlencoded. */
  multipart?: boolean;
}

export interface AuthorizationWorld {
  env: FunctionEnvironment;
  admin: AdminRepository;
  keyring: Keyring;
  /** The participation codes' store and keyring, as the consultations function has them. */
  codes: CodeBatchDeps;
  /** The published consultation of "integration" with a workflow and one submission. */
  main: { id: string; submissionId: string };
  /** A fresh session of the member (the staff record stored as well). */
  sign(member: StaffMember, now?: Date): Promise<SignedIn>;
  /** Sends the request to the function that serves its route, as API Gateway would. */
  send(request: StaffRequest): Promise<Result>;
  /**
   * A fresh consultation of "integration", published once; `draftChanged`: its draft edited since
   * (so publishing makes a new version); `closed`: closed by hand; `neverPublished`: only created
   * (entry and draft revision 1).
   */
  freshConsultation(state: 'published' | 'draftChanged' | 'closed' | 'neverPublished'): Promise<string>;
  /** A name no other row used (ids, addresses). */
  unique(prefix: string): string;
  /**
   * A sign-in link's token for a fresh member with the role (and department) of `like`: the request
   * stored and marked mailed as the mailer would, valid for 15 minutes, never spent. Fresh, because
   * only one request per address and window exists, and a token is valid only for a stored one.
   */
  signInToken(like: StaffMember): Promise<string>;
  /** Every item of the table, raw and sorted. */
  scan(): Promise<RawItem[]>;
}

const SETUP_ACTOR = 'authz-setup@example.org';

/** The table, the functions built on it, the members and the shared consultation. */
export async function authorizationWorld(): Promise<AuthorizationWorld> {
  const env = await functionEnvironment('admin-authz');
  const admin = createAdminRepository({ client: env.client, tableName: env.tableName });
  const keyring = await loadKeyring({ kind: 'file', path: process.env.LINK_SECRET_FILE ?? '' });
  const participation = await loadKeyring({
    kind: 'file',
    path: process.env.PARTICIPATION_SECRET_FILE ?? '',
  });
  const codes: CodeBatchDeps = {
    keyring: async () => participation,
    repository: createCodeRepository({ client: env.client, TableName: env.tableName }),
  };
  const deps = {
    admin,
    repository: env.repository,
    keyring: async () => keyring,
    allowList: [],
    now: () => new Date(),
    codes,
  };
  const [signIn, consultations, submissions, staff] = await Promise.all([
    import('../../../functions/admin-sign-in/handler.ts'),
    import('../../../functions/admin-consultations/handler.ts'),
    import('../../../functions/admin-submissions/handler.ts'),
    import('../../../functions/admin-staff/handler.ts'),
  ]);
  const handlers: Record<AdminFunction, LambdaHandler> = {
    adminSignIn: signIn.createAdminSignInHandler(deps),
    adminConsultations: consultations.createAdminConsultationsHandler(deps),
    adminSubmissions: submissions.createAdminSubmissionsHandler(deps),
    adminStaff: staff.createAdminStaffHandler(deps),
  };

  let counter = 0;
  const unique = (prefix: string) => `${prefix}-${++counter}`;

  const change = (id: string, action: AdminAction): AdminChange => ({
    scope: { kind: 'consultation', consultationId: id },
    actor: SETUP_ACTOR,
    action,
    summary: `Test setup: ${action}`,
    at: new Date().toISOString(),
  });

  /** Created as the admin UI does (entry and draft), then published once unless `publish` is false. */
  async function createPublished(definition: Consultation, publish = true): Promise<void> {
    const at = new Date().toISOString();
    const created = await admin.createConsultation(
      {
        consultationId: definition.id,
        department: DEPARTMENT,
        createdAt: at,
        createdBy: SETUP_ACTOR,
        slug: definition.slug,
        title: definition.title,
        defaultLanguage: definition.defaultLanguage,
        opens: definition.opens,
        closes: definition.closes,
      },
      {
        consultationId: definition.id,
        definition: { ...definition },
        revision: 1,
        updatedAt: at,
        updatedBy: SETUP_ACTOR,
      },
      change(definition.id, 'created'),
    );
    expect(created).toBe('created');
    if (publish) await admin.publishWithChange(definition, change(definition.id, 'published'));
  }

  const definitionOf = (id: string) =>
    aConsultationWithWorkflow(id, [aStage('experts', 1), aStage('steering', 1)], schedules.open());

  const main = definitionOf('authz-main');
  await createPublished(main);
  const now = new Date();
  const definitions = createDefinitionCache(env.repository, { ttlSeconds: 60 });
  const submitted = await submitAnswers(
    { repository: env.repository, definitions, participationKeyring },
    {
      slug: main.slug,
      now,
      body: {
        _sid: await signedFormIdFor(definitions, main.slug, now),
        _lang: 'en',
        name_choice: 'zusammen',
        comment: 'More language cafés',
        full_name: 'Amira Yılmaz',
        email: 'amira@example.org',
      },
    },
  );
  if (submitted.kind !== 'stored') throw new Error(`the submission was not stored: ${submitted.kind}`);

  return {
    env,
    admin,
    keyring,
    codes,
    main: { id: main.id, submissionId: submitted.submission.id },
    unique,

    async sign(member, at) {
      const signed = await staffSession({ admin, keyring, ...(at ? { now: at } : {}) }, member);
      return { cookie: signed.cookie, csrfToken: signed.csrfToken, sessionId: signed.session.id };
    },

    send(request) {
      const fn = FUNCTION_OF.get(request.key);
      if (!fn) throw new Error(`${request.key} is no staff route`);
      const [method = 'GET', route = '/'] = request.key.split(' ');
      const fields = {
        ...(request.csrf === undefined ? {} : { _csrf: request.csrf }),
        ...request.fields,
      };
      const post = method === 'POST' ? postBody(fields, request.multipart ?? false) : undefined;
      const event: APIGatewayProxyEventV2 = {
        ...httpEvent({
          method,
          route,
          ...(request.pathParameters ? { pathParameters: request.pathParameters } : {}),
          ...(request.query ? { query: request.query } : {}),
          // What a browser sends with a form of our own pages (Referrer-Policy same-origin: our Origin).
          ...(post
            ? {
                body: post.body,
                isBase64Encoded: true,
                headers: {
                  'content-type': post.contentType,
                  origin: 'https://mitwirken.test',
                  'sec-fetch-site': 'same-origin',
                },
              }
            : {}),
        }),
        ...(request.cookie ? { cookies: [request.cookie] } : {}),
      };
      return handlers[fn](event, lambdaContext());
    },

    async freshConsultation(state) {
      const definition = definitionOf(unique('authz-row'));
      await createPublished(definition, state !== 'neverPublished');
      const { id } = definition;
      if (state === 'draftChanged') {
        const edited = { ...definition, title: { ...definition.title, en: 'We are Hanover, renamed' } };
        const draft = {
          consultationId: id,
          definition: edited,
          revision: 2,
          updatedAt: new Date().toISOString(),
          updatedBy: SETUP_ACTOR,
        };
        expect(await admin.saveDraft(draft, 1, change(id, 'edited'))).toBe('saved');
      }
      if (state === 'closed')
        expect(await admin.setClosed(id, new Date().toISOString(), change(id, 'closed'))).toBe('done');
      return id;
    },

    async signInToken(like) {
      const email = `${unique('signin')}@${like.email.split('@')[1]}`;
      const at = new Date().toISOString();
      await admin.putStaff(
        {
          email,
          role: like.role,
          ...(like.department ? { department: like.department } : {}),
          updatedAt: at,
          updatedBy: SETUP_ACTOR,
        },
        {
          scope: { kind: 'staff' },
          actor: SETUP_ACTOR,
          action: 'staffSaved',
          summary: `Setup: ${email}`,
          at,
        },
      );
      const requestedAt = new Date();
      const nonce = randomBytes(16).toString('base64url');
      const expiresAt = signInLinkExpiry(requestedAt);
      const window = signInWindow(requestedAt);
      await admin.queueSignInMail({
        email,
        window,
        nonce,
        requestedAt: requestedAt.toISOString(),
        expiresAt,
      });
      await admin.markSignInMailSent(email, window, requestedAt.toISOString());
      return signSignInToken({ email, nonce, expiresAt }, keyring.current);
    },

    scan: () => env.scan(),
  };
}

/** A form body as API Gateway delivers it (base64), urlencoded or multipart/form-data. */
function postBody(
  fields: Record<string, string | string[]>,
  multipart: boolean,
): { body: string; contentType: string } {
  if (!multipart) {
    return {
      body: Buffer.from(urlencoded(fields), 'utf8').toString('base64'),
      contentType: 'application/x-www-form-urlencoded',
    };
  }
  const boundary = '----mitwirken-authz-boundary';
  const parts = Object.entries(fields).flatMap(([name, value]) =>
    [value]
      .flat()
      .map((v) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`),
  );
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8').toString('base64'),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/**
 * An answer as one cell of the grid: the status, and for a 303 where it leads (decoded, with the
 * row's ids as placeholders, e.g. `303 → /admin?next=/admin/consultations/{id}`).
 */
export function cellOf(response: Result, placeholders: Record<string, string>): string {
  const status = String(response.statusCode);
  if (response.statusCode !== 303) return status;
  let location = decodeURIComponent(String(response.headers?.location ?? '(no location)'));
  for (const [value, name] of Object.entries(placeholders)) location = location.replaceAll(value, name);
  return `303 → ${location.replace(/([?&]published=)[^&]+/, '$1{version}')}`;
}
