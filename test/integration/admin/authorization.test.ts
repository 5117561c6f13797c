import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMember } from '../../../shared/admin/roles.ts';
import { SESSION_COOKIE, signSessionCookie } from '../../../shared/admin/session-cookie.ts';
import { generateCodeBatch } from '../../../shared/participation/code-batches.ts';
import {
  ADMIN_ROUTE_KEYS,
  type AdminRouteKey,
  type AuthorizationWorld,
  authorizationWorld,
  cellOf,
  MEMBERS,
  ROLE_NAMES,
  type RoleName,
  type SignedIn,
  type StaffRequest,
} from './authorization-support.ts';

/**
 * Issue 4, "Authorization table test": every staff route of functions/routes.ts × {anonymous,
 * viewer, editor of another department, editor, admin} → the expected answer, through the real
 * handlers on DynamoDB Local; then the CSRF token of every session POST, and cookies that must not
 * count as a session. A cell is the status, and for a 303 where it leads (`{id}` the row's
 * consultation). A refusal and a GET must change nothing in the table: such a cell says so when
 * one did.
 */

type Row = Record<RoleName, string>;

const OK = '200';
const NO = '403';
/** An anonymous GET of a staff page goes to the sign-in page, and back to where it was afterwards. */
const signIn = (path: string) => `303 → /admin?next=${path}`;
const to = (location: string) => `303 → ${location}`;
/** The columns in the order of ROLE_NAMES: anonymous, viewer, editor (other dept), editor, admin. */
const row = (...cells: [string, string, string, string, string]): Row =>
  Object.fromEntries(ROLE_NAMES.map((role, i) => [role, cells[i]])) as Row;

const C = '/admin/consultations';
const ID = `${C}/{id}`;

// biome-ignore format: one line per route reads as the grid it is
const EXPECTED = {
  //                                                             anonymous                                   viewer        editor (other dept)             editor                           admin
  // Signing in is for visitors without a session by design; signed-in staff are sent on.
  'GET /admin':                                               row(OK,                                         to(C),        to(C),                          to(C),                           to(C)),
  'POST /admin/sign-in':                                      row(OK,                                         OK,           OK,                             OK,                              OK),
  'GET /admin/sign-in/{token}':                               row(OK,                                         OK,           OK,                             OK,                              OK),
  'POST /admin/sign-in/{token}':                              row(to(C),                                      to(C),        to(C),                          to(C),                           to(C)),
  'POST /admin/sign-out':                                     row(NO,                                         to('/admin'), to('/admin'),                   to('/admin'),                    to('/admin')),
  // Consultations: reading needs `read`, changing `edit`, both in the consultation's department.
  'GET /admin/consultations':                                 row(signIn(C),                                  OK,           OK,                             OK,                              OK),
  // An editor of another department creates in their own department.
  'POST /admin/consultations':                                row(NO,                                         NO,           to(`${C}/{new}/edit/settings`), to(`${C}/{new}/edit/settings`),  to(`${C}/{new}/edit/settings`)),
  'GET /admin/consultations/new':                             row(signIn(`${C}/new`),                         NO,           OK,                             OK,                              OK),
  'GET /admin/consultations/{id}':                            row(signIn(ID),                                 OK,           NO,                             OK,                              OK),
  'GET /admin/consultations/{id}/edit/{section}':             row(signIn(`${ID}/edit/texts`),                 NO,           NO,                             OK,                              OK),
  'POST /admin/consultations/{id}/edit/{section}':            row(NO,                                         NO,           NO,                             to(`${ID}/edit/texts?saved=1`),  to(`${ID}/edit/texts?saved=1`)),
  'GET /admin/consultations/{id}/preview':                    row(signIn(`${ID}/preview?lang=en`),            OK,           NO,                             OK,                              OK),
  'POST /admin/consultations/{id}/publish':                   row(NO,                                         NO,           NO,                             to(`${ID}?published={version}`), to(`${ID}?published={version}`)),
  // A draft never published is deleted: back to the list, which says so.
  'POST /admin/consultations/{id}/discard':                   row(NO,                                         NO,           NO,                             to(`${C}?discarded={id}`),       to(`${C}?discarded={id}`)),
  'POST /admin/consultations/{id}/close':                     row(NO,                                         NO,           NO,                             to(ID),                          to(ID)),
  'POST /admin/consultations/{id}/reopen':                    row(NO,                                         NO,           NO,                             to(ID),                          to(ID)),
  // Moving a consultation between departments is the admins'.
  'POST /admin/consultations/{id}/department':                row(NO,                                         NO,           NO,                             NO,                              to(ID)),
  'GET /admin/consultations/{id}/export':                     row(signIn(`${ID}/export`),                     OK,           NO,                             OK,                              OK),
  // Participation codes: viewers see the batches' counts; generating (200: the codes, shown once) and voiding are the editors'.
  'GET /admin/consultations/{id}/codes':                      row(signIn(`${ID}/codes`),                      OK,           NO,                             OK,                              OK),
  'POST /admin/consultations/{id}/codes':                     row(NO,                                         NO,           NO,                             OK,                              OK),
  'POST /admin/consultations/{id}/codes/void':                row(NO,                                         NO,           NO,                             to(`${ID}/codes?done=batch`),    to(`${ID}/codes?done=batch`)),
  'GET /admin/consultations/{id}/submissions':                row(signIn(`${ID}/submissions`),                OK,           NO,                             OK,                              OK),
  'GET /admin/consultations/{id}/submissions/{submissionId}': row(signIn(`${ID}/submissions/{submissionId}`), OK,           NO,                             OK,                              OK),
  // Staff and roles are the admins'.
  'GET /admin/staff':                                         row(signIn('/admin/staff'),                     NO,           NO,                             NO,                              OK),
  'POST /admin/staff':                                        row(NO,                                         NO,           NO,                             NO,                              to('/admin/staff')),
  'POST /admin/staff/remove':                                 row(NO,                                         NO,           NO,                             NO,                              to('/admin/staff')),
} satisfies Record<AdminRouteKey, Row>;

/** POSTs without a session by design (their own same-origin check guards them); every other POST needs `_csrf`. */
const ANONYMOUS_POSTS: readonly AdminRouteKey[] = ['POST /admin/sign-in', 'POST /admin/sign-in/{token}'];

/** A row's request (without cookie and `_csrf`) and the names its ids have in the grid. */
interface Plan {
  request: Omit<StaffRequest, 'key' | 'cookie' | 'csrf'>;
  placeholders?: Record<string, string>;
}

let world: AuthorizationWorld;

/**
 * What each route is asked in a row: a valid, meaningful request, so that a permitted POST does
 * its work (303). A row that changes a consultation gets a fresh one of "integration".
 */
const PLANS: Record<AdminRouteKey, () => Promise<Plan>> = {
  'GET /admin': async () => ({ request: {} }),
  'POST /admin/sign-in': async () => ({ request: { fields: { email: MEMBERS.viewer.email } } }),
  'GET /admin/sign-in/{token}': async () => ({
    request: { pathParameters: { token: await world.signInToken(MEMBERS.viewer) } },
  }),
  'POST /admin/sign-in/{token}': async () => ({
    request: { pathParameters: { token: await world.signInToken(MEMBERS.viewer) }, fields: { next: '' } },
  }),
  'POST /admin/sign-out': async () => ({ request: { fields: {} } }),
  'GET /admin/consultations': async () => ({ request: {} }),
  'POST /admin/consultations': async () => {
    const id = world.unique('authz-new');
    const fields = {
      _mode: 'scratch',
      id,
      slug: id,
      department: 'integration',
      languages: ['', 'de', 'en'],
      defaultLanguage: 'de',
    };
    return { request: { fields }, placeholders: { [id]: '{new}' } };
  },
  'GET /admin/consultations/new': async () => ({ request: {} }),
  'GET /admin/consultations/{id}': async () => main({}),
  'GET /admin/consultations/{id}/edit/{section}': async () => main({ section: 'texts' }),
  'POST /admin/consultations/{id}/edit/{section}': async () => {
    const id = await world.freshConsultation('published');
    const revision = (await world.admin.getAdminConsultation(id)).draft?.revision;
    const fields = { _rev: String(revision), _action: 'save', 't:title.en': 'We are Hanover, edited' };
    return fresh(id, { section: 'texts' }, fields);
  },
  'GET /admin/consultations/{id}/preview': async () => main({}, { lang: 'en' }),
  'POST /admin/consultations/{id}/publish': async () => {
    // The publish form posts the draft revision the page showed.
    const id = await world.freshConsultation('draftChanged');
    const revision = (await world.admin.getAdminConsultation(id)).draft?.revision ?? 0;
    return fresh(id, {}, { _rev: String(revision) });
  },
  'POST /admin/consultations/{id}/discard': async () => {
    // A draft created by mistake, never published: the form posts its revision and the confirmation.
    const id = await world.freshConsultation('neverPublished');
    const revision = (await world.admin.getAdminConsultation(id)).draft?.revision ?? 0;
    return fresh(id, {}, { _rev: String(revision), confirm: 'yes' });
  },
  'POST /admin/consultations/{id}/close': async () => fresh(await world.freshConsultation('published')),
  'POST /admin/consultations/{id}/reopen': async () => fresh(await world.freshConsultation('closed')),
  'POST /admin/consultations/{id}/department': async () =>
    fresh(await world.freshConsultation('published'), {}, { department: 'mobility' }),
  'GET /admin/consultations/{id}/export': async () => main({}),
  'GET /admin/consultations/{id}/codes': async () => main({}),
  'POST /admin/consultations/{id}/codes': async () =>
    fresh(await world.freshConsultation('published'), {}, { count: '3', deliver: 'page' }),
  'POST /admin/consultations/{id}/codes/void': async () => {
    const id = await world.freshConsultation('published');
    const { batchId } = await generateCodeBatch(world.codes, {
      consultationId: id,
      count: 2,
      actor: 'authz-setup@example.org',
      now: new Date(),
      change: () => ({
        scope: { kind: 'consultation', consultationId: id },
        actor: 'authz-setup@example.org',
        action: 'codesGenerated',
        summary: 'Test setup: codes',
        at: new Date().toISOString(),
      }),
    });
    return fresh(id, {}, { batch: batchId });
  },
  'GET /admin/consultations/{id}/submissions': async () => main({}),
  'GET /admin/consultations/{id}/submissions/{submissionId}': async () =>
    main({ submissionId: world.main.submissionId }),
  'GET /admin/staff': async () => ({ request: {} }),
  'POST /admin/staff': async () => ({
    request: {
      fields: { email: `${world.unique('added')}@example.org`, role: 'viewer', department: 'culture' },
    },
  }),
  'POST /admin/staff/remove': async () => {
    const email = `${world.unique('leaving')}@example.org`;
    await world.sign({ email, role: 'viewer', department: 'culture' });
    return { request: { fields: { email } } };
  },
};

/** A read of the shared consultation (published, with a workflow and one submission). */
async function main(parameters: Record<string, string>, query?: Record<string, string>): Promise<Plan> {
  return {
    request: { pathParameters: { id: world.main.id, ...parameters }, ...(query ? { query } : {}) },
    placeholders: { [world.main.submissionId]: '{submissionId}', [world.main.id]: '{id}' },
  };
}

/** A change to a fresh consultation of its own. */
function fresh(
  id: string,
  parameters: Record<string, string> = {},
  fields: Record<string, string> = {},
): Plan {
  return { request: { pathParameters: { id, ...parameters }, fields }, placeholders: { [id]: '{id}' } };
}

const isGet = (key: AdminRouteKey) => key.startsWith('GET ');
const refused = (cell: string) => /^4\d\d$/.test(cell);

/** A row's request as `as` (a fresh session; anonymous: no cookie); the cell, noting a change the row must not make. */
async function ask(key: AdminRouteKey, role: RoleName, expected: string): Promise<string> {
  // Prepare
  const as = role === 'anonymous' ? undefined : await world.sign(MEMBERS[role]);
  // Anonymous POSTs carry a real token of someone else's session: the token alone is no session.
  const csrf = isGet(key) ? undefined : (as ?? (await world.sign(MEMBERS.admin))).csrfToken;
  const plan = await PLANS[key]();
  const mustNotChange = isGet(key) || refused(expected);
  const before = mustNotChange ? await world.scan() : [];
  // Act
  const response = await world.send({ key, ...plan.request, cookie: as?.cookie, csrf });
  // Assess
  const cell = cellOf(response, plan.placeholders ?? {});
  if (!mustNotChange) return cell;
  const after = await world.scan();
  return isDeepStrictEqual(after, before) ? cell : `${cell} (and changed the table)`;
}

beforeAll(async () => {
  world = await authorizationWorld();
  // The members exist before any row (the sign-in links are for the viewer).
  for (const member of Object.values(MEMBERS)) await world.sign(member);
});

afterAll(() => world.env.client.destroy());

describe('the authorization table', () => {
  it('has an expectation and a request for every staff route of functions/routes.ts, and no other', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ADMIN_ROUTE_KEYS].sort());
    expect(Object.keys(PLANS).sort()).toEqual([...ADMIN_ROUTE_KEYS].sort());
  });

  it('answers every staff route for every role as expected, and refusals change nothing', async () => {
    const actual: Record<string, Row> = {};
    for (const key of ADMIN_ROUTE_KEYS) {
      const expected: Row | undefined = (EXPECTED as Record<string, Row>)[key];
      const cells: Partial<Row> = {};
      for (const role of ROLE_NAMES) cells[role] = await ask(key, role, expected?.[role] ?? '');
      actual[key] = cells as Row;
    }

    expect(actual).toEqual(EXPECTED);
  }, 180_000);
});

describe('the consultations list', () => {
  it.each([
    ['viewer', true],
    ['editor (other dept)', false],
    ['editor', true],
    ['admin', true],
  ] as const)('lists the consultation of "integration" to the %s: %s', async (role, listed) => {
    const as = await world.sign(MEMBERS[role]);

    const response = await world.send({ key: 'GET /admin/consultations', cookie: as.cookie });

    expect(response.statusCode).toBe(200);
    expect(response.body?.includes(`href="${C}/${world.main.id}"`)).toBe(listed);
  });
});

describe('the CSRF token of every session POST', () => {
  const SESSION_POSTS = ADMIN_ROUTE_KEYS.filter((key) => !isGet(key) && !ANONYMOUS_POSTS.includes(key));
  const CREATE_MULTIPART = 'POST /admin/consultations (multipart/form-data)';
  type Attempts = Record<'missing' | 'wrong' | 'of another session' | 'right (last)', string>;

  /** Each wrong token against the same request, the table compared around each; the right one last. */
  async function attempts(key: AdminRouteKey, multipart: boolean): Promise<Attempts> {
    const as = await world.sign(MEMBERS.admin);
    const other = await world.sign(MEMBERS.admin);
    const plan = await PLANS[key]();
    const send = (csrf: string | undefined) =>
      world.send({ key, ...plan.request, multipart, cookie: as.cookie, csrf });
    const refusal = async (csrf: string | undefined) => {
      const before = await world.scan();
      const cell = cellOf(await send(csrf), plan.placeholders ?? {});
      const changed = !isDeepStrictEqual(await world.scan(), before);
      return changed ? `${cell} (and changed the table)` : cell;
    };
    return {
      missing: await refusal(undefined),
      wrong: await refusal(randomBytes(32).toString('base64url')),
      'of another session': await refusal(other.csrfToken),
      'right (last)': cellOf(await send(as.csrfToken), plan.placeholders ?? {}),
    };
  }

  it('refuses a missing, wrong or foreign token with 403 and changes nothing; the right one works', async () => {
    const actual: Record<string, Attempts> = {};
    const expected: Record<string, Attempts> = {};
    const refusedAll = (right: string): Attempts => ({
      missing: NO,
      wrong: NO,
      'of another session': NO,
      'right (last)': right,
    });
    for (const key of SESSION_POSTS) {
      actual[key] = await attempts(key, false);
      expected[key] = refusedAll(EXPECTED[key].admin);
    }
    actual[CREATE_MULTIPART] = await attempts('POST /admin/consultations', true);
    expected[CREATE_MULTIPART] = refusedAll(EXPECTED['POST /admin/consultations'].admin);

    expect(SESSION_POSTS.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  }, 120_000);
});

describe('cookies that are no session', () => {
  /** What a visitor with this cookie gets: the sign-in page, a staff page, and a POST with a real token. */
  async function treatedAs(cookie: string, csrfToken: string) {
    const id = await world.freshConsultation('published');
    const before = await world.scan();
    const signInPage = await world.send({ key: 'GET /admin', cookie });
    const staffPage = await world.send({
      key: 'GET /admin/consultations/{id}',
      pathParameters: { id },
      cookie,
    });
    const post = await world.send({
      key: 'POST /admin/consultations/{id}/close',
      pathParameters: { id },
      cookie,
      csrf: csrfToken,
    });
    const changed = !isDeepStrictEqual(await world.scan(), before);
    const placeholders = { [id]: '{id}' };
    return {
      'GET /admin': cellOf(signInPage, placeholders),
      'GET a staff page': cellOf(staffPage, placeholders),
      'POST with the session’s token': cellOf(post, placeholders),
      'table changed': changed,
    };
  }

  const ANONYMOUS = {
    'GET /admin': OK,
    'GET a staff page': signIn(ID),
    'POST with the session’s token': NO,
    'table changed': false,
  };
  const parts = (signedIn: SignedIn) => {
    const value = signedIn.cookie.slice(`${SESSION_COOKIE}=`.length);
    const [id = '', signature = ''] = value.split('.');
    return { id, signature };
  };
  const flip = (text: string) => `${text[0] === 'A' ? 'B' : 'A'}${text.slice(1)}`;

  it('counts the admin’s own cookie as signed in (the cases below differ from it in one thing only)', async () => {
    const admin = await world.sign(MEMBERS.admin);

    const answers = await treatedAs(admin.cookie, admin.csrfToken);

    expect(answers).toEqual({
      'GET /admin': to(C),
      'GET a staff page': OK,
      'POST with the session’s token': to(ID),
      'table changed': true,
    });
  });

  it.each<[string, (admin: SignedIn) => Promise<string>]>([
    [
      'its MAC changed in one character',
      async (a) => `${SESSION_COOKIE}=${parts(a).id}.${flip(parts(a).signature)}`,
    ],
    [
      'its session id changed in one character',
      async (a) => `${SESSION_COOKIE}=${flip(parts(a).id)}.${parts(a).signature}`,
    ],
    [
      'the MAC of another session',
      async (a) => `${SESSION_COOKIE}=${parts(a).id}.${parts(await world.sign(MEMBERS.admin)).signature}`,
    ],
    [
      'a MAC by a key not in the keyring',
      async (a) =>
        `${SESSION_COOKIE}=${signSessionCookie(parts(a).id, {
          current: { id: world.keyring.current.id, secret: randomBytes(32) },
          previous: [],
        })}`,
    ],
    ['no MAC', async (a) => `${SESSION_COOKIE}=${parts(a).id}`],
  ])('treats a session cookie with %s as anonymous', async (_, tamper) => {
    // Prepare
    const admin = await world.sign(MEMBERS.admin);
    const cookie = await tamper(admin);
    // Act
    const answers = await treatedAs(cookie, admin.csrfToken);
    // Assess
    expect(cookie).not.toBe(admin.cookie);
    expect(answers).toEqual(ANONYMOUS);
  });

  it('treats the cookie of a session ended by signing out as anonymous', async () => {
    // Prepare
    const admin = await world.sign(MEMBERS.admin);
    const signedOut = await world.send({
      key: 'POST /admin/sign-out',
      cookie: admin.cookie,
      csrf: admin.csrfToken,
    });
    // Act
    const answers = await treatedAs(admin.cookie, admin.csrfToken);
    // Assess
    expect(cellOf(signedOut, {})).toBe(to('/admin'));
    expect(answers).toEqual(ANONYMOUS);
  });

  it('treats the cookie of an expired session (12 hours) as anonymous', async () => {
    const admin = await world.sign(MEMBERS.admin, new Date(Date.now() - 12 * 3_600_000 - 1_000));

    expect(await treatedAs(admin.cookie, admin.csrfToken)).toEqual(ANONYMOUS);
  });

  it('treats the session of a member removed from the staff as anonymous', async () => {
    // Prepare
    const member: StaffMember = { email: `${world.unique('removed-admin')}@example.org`, role: 'admin' };
    const removed = await world.sign(member);
    const change = {
      scope: { kind: 'staff' as const },
      actor: MEMBERS.admin.email,
      action: 'staffRemoved' as const,
      summary: `Test setup: removed ${member.email}`,
      at: new Date().toISOString(),
    };
    expect(await world.admin.removeStaff(member.email, change)).toBe(true);
    // Act + Assess
    expect(await treatedAs(removed.cookie, removed.csrfToken)).toEqual(ANONYMOUS);
  });
});
