import { randomBytes } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import {
  adminPageRoute,
  anonymousPostRoute,
  dispatchByRouteKey,
  requireConsultationAccess,
  type StaffAuthDeps,
  staffOf,
  staffPageRoute,
  staffPostRoute,
} from '../../../../functions/admin/http/index.ts';
import { parseAllowList } from '../../../../shared/admin/allow-list.ts';
import { newAdminSession } from '../../../../shared/admin/new-session.ts';
import type { StaffMember } from '../../../../shared/admin/roles.ts';
import { SESSION_COOKIE, signSessionCookie } from '../../../../shared/admin/session-cookie.ts';
import type { Keyring } from '../../../../shared/links/token.ts';
import type { AdminRepository, AdminSession, StaffRecord } from '../../../../shared/storage/admin-types.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../../support/events.ts';

const NOW = new Date('2026-05-01T10:00:00Z');
const keyring: Keyring = { current: { id: 'k1', secret: randomBytes(32) }, previous: [] };

/** Just the reads the staff middleware makes, over plain maps. */
function fakeAdmin(staff: StaffRecord[] = [], sessions: AdminSession[] = []) {
  const staffByEmail = new Map(staff.map((s) => [s.email, s]));
  const sessionsById = new Map(sessions.map((s) => [s.id, s]));
  const admin = {
    getStaff: vi.fn(async (email: string) => staffByEmail.get(email)),
    getSession: vi.fn(async (id: string, now: Date) => {
      const session = sessionsById.get(id);
      return session && now.getTime() < session.expiresAt * 1000 ? session : undefined;
    }),
  };
  return { admin, sessionsById, staffByEmail };
}

function depsWith(
  options: { staff?: StaffRecord[]; sessions?: AdminSession[]; allowList?: string } = {},
): StaffAuthDeps & { fake: ReturnType<typeof fakeAdmin> } {
  const fake = fakeAdmin(options.staff, options.sessions);
  const parsed = parseAllowList(options.allowList ?? '');
  if (!parsed.ok) throw new Error(parsed.problem);
  return {
    admin: fake.admin as unknown as AdminRepository,
    keyring: async () => keyring,
    allowList: parsed.allowList,
    now: () => NOW,
    fake,
  };
}

const record = (member: StaffMember): StaffRecord => ({
  ...member,
  updatedAt: NOW.toISOString(),
  updatedBy: 'admin@example.org',
});

function signedIn(email: string) {
  const session = newAdminSession(email, NOW);
  return { session, cookie: `${SESSION_COOKIE}=${signSessionCookie(session.id, keyring)}` };
}

const ok = async (): Promise<APIGatewayProxyStructuredResultV2> => ({ statusCode: 200, body: 'ok' });

const page = (cookies: string[] = [], query?: Record<string, string>) => ({
  ...httpEvent({
    route: '/admin/consultations/{id}',
    pathParameters: { id: 'wir-sind-hannover' },
    ...(query ? { query } : {}),
  }),
  cookies,
});

const post = (cookies: string[], fields: Record<string, string>) => ({
  ...httpEvent({
    method: 'POST',
    route: '/admin/consultations/{id}/publish',
    pathParameters: { id: 'wir-sind-hannover' },
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: urlencoded(fields),
  }),
  cookies,
});

type Result = APIGatewayProxyStructuredResultV2 & { headers: Record<string, string> };
/** Calls a route; `any` so middy's handler generics are inferred from the route, not from here. */
const run = async (handler: any, event: unknown) => (await handler(event, lambdaContext())) as Result;

describe('a staff page', () => {
  it('sends an anonymous visitor to the sign-in page with the way back, with the security headers', async () => {
    // Prepare
    const handler = vi.fn(ok);
    const route = staffPageRoute(depsWith(), 'read').handler(handler);
    // Act
    const response = await run(route, page([], { lang: 'de' }));
    // Assess
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(
      `/admin?next=${encodeURIComponent('/admin/consultations/wir-sind-hannover?lang=de')}`,
    );
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(handler).not.toHaveBeenCalled();
  });

  it('runs the handler for a signed-in member with the member and the session, never cached', async () => {
    // Prepare
    const { session, cookie } = signedIn('leser@hannover.example');
    const deps = depsWith({
      sessions: [session],
      staff: [record({ email: 'leser@hannover.example', role: 'viewer', department: 'kultur' })],
    });
    let seen: unknown;
    const route = staffPageRoute(deps, 'read').handler(async (event) => {
      seen = staffOf(event);
      return { statusCode: 200, headers: { 'cache-control': 'max-age=600' }, body: 'ok' };
    });
    // Act
    const response = await run(route, page(['theme=dark', cookie]));
    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(seen).toEqual({
      member: { email: 'leser@hannover.example', role: 'viewer', department: 'kultur' },
      session,
    });
  });

  it('answers 403 to a member whose role lacks the permission', async () => {
    const { session, cookie } = signedIn('leser@hannover.example');
    const deps = depsWith({ sessions: [session], allowList: '@hannover.example viewer kultur' });
    const handler = vi.fn(ok);
    const response = await run(staffPageRoute(deps, 'edit').handler(handler), page([cookie]));
    expect(response.statusCode).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it('takes the member from the allow-list when no record is stored, and the record when one is', async () => {
    // Prepare
    const { session, cookie } = signedIn('chefin@hannover.example');
    const allowList = 'chefin@hannover.example admin';
    const fromList = depsWith({ sessions: [session], allowList });
    const fromRecord = depsWith({
      sessions: [session],
      allowList,
      staff: [record({ email: 'chefin@hannover.example', role: 'viewer', department: 'kultur' })],
    });
    // Act
    const listed = await run(staffPageRoute(fromList, 'manageStaff').handler(ok), page([cookie]));
    const stored = await run(staffPageRoute(fromRecord, 'manageStaff').handler(ok), page([cookie]));
    // Assess
    expect(listed.statusCode).toBe(200);
    expect(stored.statusCode).toBe(403);
  });

  it.each([
    ['a session of someone no longer staff', 'gone@hannover.example', true, true],
    ['an ended or unknown session', 'chefin@hannover.example', false, true],
    ['a cookie with a forged MAC', 'chefin@hannover.example', true, false],
  ])('treats %s as anonymous', async (_, email, stored, validMac) => {
    // Prepare
    const { session, cookie } = signedIn(email);
    const deps = depsWith({
      sessions: stored ? [session] : [],
      allowList: 'chefin@hannover.example admin',
    });
    const sent = validMac ? cookie : `${cookie.slice(0, -2)}AA`;
    const handler = vi.fn(ok);
    // Act
    const response = await run(staffPageRoute(deps, 'read').handler(handler), page([sent]));
    // Assess
    expect(response.statusCode).toBe(303);
    expect(handler).not.toHaveBeenCalled();
    if (!validMac) expect(deps.fake.admin.getSession).not.toHaveBeenCalled();
  });

  it('refuses a session past its expiry', async () => {
    const { session, cookie } = signedIn('chefin@hannover.example');
    const deps = { ...depsWith({ sessions: [session], allowList: 'chefin@hannover.example admin' }) };
    deps.now = () => new Date(session.expiresAt * 1000);
    expect((await run(staffPageRoute(deps, 'read').handler(ok), page([cookie]))).statusCode).toBe(303);
  });

  it('answers HEAD like GET, without a body', async () => {
    const event = page([]);
    event.requestContext.http.method = 'HEAD';
    const response = await run(staffPageRoute(depsWith(), 'read').handler(ok), event);
    expect(response.statusCode).toBe(303);
  });

  it('refuses POST with 405', async () => {
    const { session, cookie } = signedIn('chefin@hannover.example');
    const deps = depsWith({ sessions: [session], allowList: 'chefin@hannover.example admin' });
    const response = await run(staffPageRoute(deps, 'read').handler(ok), post([cookie], {}));
    expect(response.statusCode).toBe(405);
  });
});

describe('a staff POST', () => {
  const member = 'chefin@hannover.example';
  const setup = () => {
    const { session, cookie } = signedIn(member);
    const deps = depsWith({ sessions: [session], allowList: `${member} editor integration` });
    const handler = vi.fn(ok);
    return {
      session,
      cookie,
      deps,
      handler,
      route: staffPostRoute(deps, 'edit', { maxBytes: 1024 }).handler(handler),
    };
  };

  it('runs the handler with the right CSRF token', async () => {
    const { session, cookie, handler, route } = setup();
    const response = await run(route, post([cookie], { _csrf: session.csrfToken, x: '1' }));
    expect(response.statusCode).toBe(200);
    expect(handler).toHaveBeenCalledOnce();
  });

  it.each([
    ['without a token', {}],
    ['with an empty token', { _csrf: '' }],
    ['with another token', { _csrf: randomBytes(32).toString('base64url') }],
  ])('answers 403 %s and never runs the handler', async (_, fields) => {
    const { cookie, handler, route } = setup();
    const response = await run(route, post([cookie], fields));
    expect(response.statusCode).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers 403 when the token is posted twice', async () => {
    const { session, cookie, handler, route } = setup();
    const event = post([cookie], {});
    event.body = urlencoded({ _csrf: [session.csrfToken, session.csrfToken] });
    expect((await run(route, event)).statusCode).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers 403 to an anonymous POST, before reading its body', async () => {
    const { handler, route } = setup();
    const event = post([], { _csrf: 'x' });
    event.body = 'x'.repeat(10_000);
    expect((await run(route, event)).statusCode).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers 403 to a member without the permission, even with their token', async () => {
    const { session, cookie } = signedIn(member);
    const deps = depsWith({ sessions: [session], allowList: `${member} editor integration` });
    const handler = vi.fn(ok);
    const route = staffPostRoute(deps, 'manageStaff', { maxBytes: 1024 }).handler(handler);
    expect((await run(route, post([cookie], { _csrf: session.csrfToken }))).statusCode).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers 413 to a body over the limit and 415 to another media type', async () => {
    const { session, cookie, route } = setup();
    const large = post([cookie], { _csrf: session.csrfToken, text: 'x'.repeat(2000) });
    expect((await run(route, large)).statusCode).toBe(413);
    const json = post([cookie], {});
    json.headers['content-type'] = 'application/json';
    json.body = JSON.stringify({ _csrf: session.csrfToken });
    expect((await run(route, json)).statusCode).toBe(415);
  });

  it('refuses multipart bodies unless the route accepts them', async () => {
    const { session, cookie, route } = setup();
    const form = new FormData();
    form.append('_csrf', session.csrfToken);
    const request = new Request('http://local/', { method: 'POST', body: form });
    const event = post([cookie], {});
    event.headers['content-type'] = request.headers.get('content-type') ?? '';
    event.body = Buffer.from(await request.arrayBuffer()).toString('base64');
    event.isBase64Encoded = true;
    expect((await run(route, event)).statusCode).toBe(415);
  });
});

describe('the security headers of the pages under /admin', () => {
  it('send Referrer-Policy same-origin on every chain, answer and refusal, so our own posts carry our Origin', async () => {
    // Prepare
    const { session, cookie } = signedIn('chefin@hannover.example');
    const deps = depsWith({ sessions: [session], allowList: 'chefin@hannover.example admin' });
    const signInPage = { ...httpEvent({ route: '/admin' }), cookies: [] };
    const ownOrigin = post([], { email: 'chefin@hannover.example' });
    ownOrigin.headers.origin = 'https://mitwirken.test';
    // Act
    const answers = {
      staffPage: await run(staffPageRoute(deps, 'read').handler(ok), page([cookie])),
      anonymousStaffPage: await run(staffPageRoute(deps, 'read').handler(ok), page([])),
      staffPost: await run(
        staffPostRoute(deps, 'edit', { maxBytes: 1024 }).handler(ok),
        post([cookie], { _csrf: session.csrfToken }),
      ),
      refusedStaffPost: await run(
        staffPostRoute(deps, 'edit', { maxBytes: 1024 }).handler(ok),
        post([cookie], {}),
      ),
      signInPage: await run(adminPageRoute().handler(ok), signInPage),
      anonymousPost: await run(anonymousPostRoute(1024).handler(ok), ownOrigin),
      notFound: await run(dispatchByRouteKey({}), httpEvent({ route: '/admin/nothing' })),
    };
    // Assess
    const statuses = Object.fromEntries(Object.entries(answers).map(([name, a]) => [name, a.statusCode]));
    expect(statuses).toEqual({
      staffPage: 200,
      anonymousStaffPage: 303,
      staffPost: 200,
      refusedStaffPost: 403,
      signInPage: 200,
      anonymousPost: 200,
      notFound: 404,
    });
    for (const answer of Object.values(answers)) {
      expect(answer.headers['referrer-policy']).toBe('same-origin');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('requireConsultationAccess', () => {
  const session = newAdminSession('x@hannover.example', NOW);
  const as = (member: StaffMember) => ({ member, session });

  it('lets members act on their own department and admins on every consultation', () => {
    const editor = as({ email: 'x@hannover.example', role: 'editor', department: 'integration' });
    expect(() => requireConsultationAccess(editor, 'edit', { department: 'integration' })).not.toThrow();
    const admin = as({ email: 'x@hannover.example', role: 'admin' });
    expect(() => requireConsultationAccess(admin, 'edit', {})).not.toThrow();
  });

  it('throws 403 for another department, no department, or a lower role', () => {
    const editor = as({ email: 'x@hannover.example', role: 'editor', department: 'integration' });
    const viewer = as({ email: 'x@hannover.example', role: 'viewer', department: 'integration' });
    for (const [who, permission, department] of [
      [editor, 'edit', 'kultur'],
      [editor, 'read', undefined],
      [viewer, 'edit', 'integration'],
    ] as const) {
      expect(() => requireConsultationAccess(who, permission, { department })).toThrow(
        expect.objectContaining({ status: 403 }),
      );
    }
  });
});

describe('dispatchByRouteKey', () => {
  it('runs the handler of the matched route and answers an unknown one with the 404 page', async () => {
    const handler = dispatchByRouteKey({ 'GET /admin/consultations/{id}': async () => ok() });
    expect((await run(handler, page())).statusCode).toBe(200);
    const unknown = await run(handler, httpEvent({ route: '/admin/nothing' }));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-security-policy']).toContain("default-src 'none'");
    const prototype = await run(handler, { ...httpEvent(), routeKey: 'constructor' });
    expect(prototype.statusCode).toBe(404);
  });
});
