import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { expect } from 'vitest';
import { parseAllowList } from '../../../../shared/admin/allow-list.ts';
import type { StaffMember } from '../../../../shared/admin/roles.ts';
import { type Keyring, loadKeyring } from '../../../../shared/links/index.ts';
import type { AdminRepository } from '../../../../shared/storage/admin-types.ts';
import { createAdminRepository, createCodeRepository } from '../../../../shared/storage/index.ts';
import type { Submission } from '../../../../shared/storage/types.ts';
import { newSubmissionId, referenceOf } from '../../../../shared/submissions/ids.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../../support/events.ts';
import { staffSession } from '../../../support/staff-session.ts';
import { type FunctionEnvironment, functionEnvironment } from '../../functions/function-environment.ts';

/**
 * Drives the admin-consultations function the way API Gateway and a browser do: events with the
 * route key, the session cookie and (for POSTs) the CSRF token, and forms posted back from the
 * rendered pages themselves, so a test also proves that the page's inputs say what the handler reads.
 */

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;
export type Fields = Record<string, string | string[]>;

export interface SignedIn {
  member: StaffMember;
  cookie: string;
  csrfToken: string;
}

export interface Harness {
  env: FunctionEnvironment;
  admin: AdminRepository;
  keyring: Keyring;
  sign(member: StaffMember): Promise<SignedIn>;
  get(
    route: string,
    as: SignedIn,
    options?: { pathParameters?: Record<string, string>; query?: Record<string, string> },
  ): Promise<Result>;
  post(
    route: string,
    as: SignedIn,
    fields: Fields,
    options?: { pathParameters?: Record<string, string>; csrf?: string | null },
  ): Promise<Result>;
  /**
   * Presses "Publish" on the consultation's page as `as` sees it: the page's publish form (with the
   * draft revision it shows) posted back.
   */
  publish(id: string, as: SignedIn): Promise<Result>;
  /**
   * Presses "Discard" on the consultation's page as `as` sees it: the page's discard form (with the
   * draft revision it shows, the confirmation unticked) posted back with `changes` (e.g. `confirm`).
   */
  discard(id: string, as: SignedIn, changes?: Fields): Promise<Result>;
  /** A multipart/form-data POST of the create form (a file part named `file` when given). */
  postMultipart(
    as: SignedIn,
    fields: Record<string, string>,
    file?: { name: string; text: string },
  ): Promise<Result>;
}

/** A table of the test file's own, the function built on it, and a request helper per kind of request. */
export async function consultationsHarness(name: string): Promise<Harness> {
  const env = await functionEnvironment(name);
  const admin = createAdminRepository({ client: env.client, tableName: env.tableName });
  const keyring = await loadKeyring({ kind: 'file', path: process.env.LINK_SECRET_FILE ?? '' });
  const allowList = parseAllowList('');
  if (!allowList.ok) throw new Error(allowList.problem);
  const { createAdminConsultationsHandler } = await import(
    '../../../../functions/admin-consultations/handler.ts'
  );
  const handler = createAdminConsultationsHandler({
    admin,
    repository: env.repository,
    keyring: async () => keyring,
    allowList: allowList.allowList,
    now: () => new Date(),
    codes: {
      keyring: () => loadKeyring({ kind: 'file', path: process.env.PARTICIPATION_SECRET_FILE ?? '' }),
      repository: createCodeRepository({ client: env.client, TableName: env.tableName }),
    },
  }) as Handler;
  const withCookie = (event: APIGatewayProxyEventV2, as: SignedIn) => ({ ...event, cookies: [as.cookie] });
  const harness: Harness = {
    env,
    admin,
    keyring,
    async sign(member) {
      const session = await staffSession({ admin, keyring }, member);
      return { member, cookie: session.cookie, csrfToken: session.csrfToken };
    },
    get(route, as, options = {}) {
      const event = httpEvent({ method: 'GET', route, ...options });
      return handler(withCookie(event, as), lambdaContext());
    },
    post(route, as, fields, options = {}) {
      const csrf = options.csrf === undefined ? as.csrfToken : options.csrf;
      const body = csrf === null ? fields : { _csrf: csrf, ...fields };
      const event = httpEvent({
        method: 'POST',
        route,
        ...(options.pathParameters ? { pathParameters: options.pathParameters } : {}),
        body: Buffer.from(urlencoded(body), 'utf8').toString('base64'),
        isBase64Encoded: true,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      return handler(withCookie(event, as), lambdaContext());
    },
    async publish(id, as) {
      const pathParameters = { id };
      const page = await harness.get('/admin/consultations/{id}', as, { pathParameters });
      expect(page.statusCode, page.body?.slice(0, 2000)).toBe(200);
      const fields = formFields(page.body ?? '', 'publish-form');
      const { _csrf: _token, ...rest } = fields;
      return harness.post('/admin/consultations/{id}/publish', as, rest, { pathParameters });
    },
    async discard(id, as, changes = {}) {
      const pathParameters = { id };
      const page = await harness.get('/admin/consultations/{id}', as, { pathParameters });
      expect(page.statusCode, page.body?.slice(0, 2000)).toBe(200);
      const { _csrf: _token, ...rest } = formFields(page.body ?? '', 'discard-form');
      return harness.post(
        '/admin/consultations/{id}/discard',
        as,
        { ...rest, ...changes },
        { pathParameters },
      );
    },
    postMultipart(as, fields, file) {
      const boundary = '----mitwirken-test-boundary';
      const parts = Object.entries({ _csrf: as.csrfToken, ...fields }).map(
        ([key, value]) =>
          `--${boundary}\r\ncontent-disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`,
      );
      if (file)
        parts.push(
          `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: application/yaml\r\n\r\n${file.text}\r\n`,
        );
      const body = `${parts.join('')}--${boundary}--\r\n`;
      const event = httpEvent({
        method: 'POST',
        route: '/admin/consultations',
        body: Buffer.from(body, 'utf8').toString('base64'),
        isBase64Encoded: true,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      return handler(withCookie(event, as), lambdaContext());
    },
  };
  return harness;
}

/** `/admin/consultations/{id}/edit/{section}` as an event route with its parameters. */
export const EDIT_ROUTE = '/admin/consultations/{id}/edit/{section}';

/** Expects a 303 and returns where it points. */
export function redirectOf(response: Result): string {
  expect(response.statusCode, response.body?.slice(0, 2000)).toBe(303);
  return String(response.headers?.location ?? '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** HTML text decoded (entities), for attribute values and textarea contents. */
export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Markup as a person reads it: tags dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The opening tag of the element with this id. */
export function tagWithId(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+\\b[^>]*\\sid="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element with id "${id}"`);
  return match[0];
}

/** The text of the element with this id (up to its first closing tag of the same name). */
export function textOfId(html: string, id: string): string | undefined {
  const match = new RegExp(`<(\\w+)\\b[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return match ? textOf(match[2] ?? '') : undefined;
}

/** An attribute's value in an opening tag (decoded); undefined when absent. */
export function attributeOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`).exec(tag);
  return match ? decode(match[1] ?? '') : undefined;
}

/**
 * What a browser posts for the form with this id as the page shows it (hidden, text and checked
 * inputs, textareas, selects; no buttons), so a test can change some values and post the rest back.
 */
export function formFields(html: string, formId: string): Fields {
  const start = html.indexOf(`id="${formId}"`);
  if (start < 0) throw new Error(`no form "${formId}"`);
  const form = html.slice(html.lastIndexOf('<form', start), html.indexOf('</form>', start));
  const fields: [string, string][] = [];
  const controls =
    /<input\b([^>]*)>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g;
  for (const [, input, textarea, text = '', select, options = ''] of form.matchAll(controls)) {
    const attributes = ` ${input ?? textarea ?? select ?? ''}>`;
    const name = attributeOf(attributes, 'name');
    if (!name) continue;
    if (input !== undefined) {
      const type = attributeOf(attributes, 'type') ?? 'text';
      if (type === 'file' || type === 'submit') continue;
      if ((type === 'checkbox' || type === 'radio') && attributeOf(attributes, 'checked') === undefined)
        continue;
      fields.push([name, attributeOf(attributes, 'value') ?? '']);
    } else if (textarea !== undefined) {
      fields.push([name, decode(text)]);
    } else {
      const all = [...options.matchAll(/<option\b([^>]*)>/g)].map((o) => ` ${o[1] ?? ''}>`);
      const chosen = all.find((o) => attributeOf(o, 'selected') !== undefined) ?? all[0];
      fields.push([name, chosen === undefined ? '' : (attributeOf(chosen, 'value') ?? '')]);
    }
  }
  const body: Fields = {};
  for (const [name, value] of fields) {
    const before = body[name];
    body[name] = before === undefined ? value : [...[before].flat(), value];
  }
  return body;
}

/** A stored submission of the poll-style factory consultation, `n` seconds old. */
export function aSubmission(consultationId: string, n: number): Submission {
  const id = newSubmissionId(new Date(Date.now() - n * 1000));
  return {
    id,
    reference: referenceOf(id),
    consultationId,
    definitionVersion: '0123456789ab',
    locale: 'de',
    submittedAt: new Date().toISOString(),
    answers: { name_choice: 'zusammen' },
    personal: {},
    expiresAt: Math.floor(Date.now() / 1000) + 86_400,
  };
}

/** The list's rows as their cells' text, keyed by slug. */
export function rows(html: string): Record<string, string[]> {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const cells = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1] ?? '')),
  );
  return Object.fromEntries(cells.map((row) => [row[1] ?? '', row]));
}
