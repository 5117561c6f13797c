import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  DynamoDBBatchResponse,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../../../shared/admin/session-cookie.ts';
import { signInWindow } from '../../../../shared/admin/sign-in.ts';
import { signInLinkExpiry, signSignInToken } from '../../../../shared/admin/sign-in-token.ts';
import { type Keyring, loadKeyring } from '../../../../shared/links/index.ts';
import {
  type AdminRepository,
  createAdminRepository,
  signInMailKey,
} from '../../../../shared/storage/index.ts';
import { httpEvent, lambdaContext, streamEvent, streamRecord, urlencoded } from '../../../support/events.ts';
import { emailsTo } from '../../../support/local-aws.ts';
import { type FunctionEnvironment, functionEnvironment } from '../../functions/function-environment.ts';

type HttpHandler = (
  event: APIGatewayProxyEventV2,
  context: unknown,
) => Promise<APIGatewayProxyStructuredResultV2>;
type StreamHandler = (event: DynamoDBStreamEvent, context: unknown) => Promise<DynamoDBBatchResponse>;
type Answer = APIGatewayProxyStructuredResultV2 & { headers: Record<string, string> };

// Each run its own domain: the local SES keeps every email of the run.
const DOMAIN = `signin-${randomUUID().slice(0, 8)}.test`;
const EDITOR = `chefin@${DOMAIN}`;

let env: FunctionEnvironment;
let admin: AdminRepository;
let keyring: Keyring;
/** The resident functions' key (approver and status links): it must open nothing of the staff's. */
let linkKeyring: Keyring;
let signIn: HttpHandler;
let createHandler: typeof import('../../../../functions/admin-sign-in/handler.ts').createAdminSignInHandler;
let mailer: StreamHandler;

beforeAll(async () => {
  env = await functionEnvironment('admin-sign-in');
  Object.assign(process.env, {
    PUBLIC_BASE_URL: 'https://mitwirken.test',
    STAFF_ALLOW_LIST: `${EDITOR} editor integration; @${DOMAIN} viewer kultur`,
  });
  admin = createAdminRepository({ client: env.client, tableName: env.tableName });
  keyring = await loadKeyring({ kind: 'file', path: String(process.env.STAFF_SECRET_FILE) });
  linkKeyring = await loadKeyring({ kind: 'file', path: String(process.env.LINK_SECRET_FILE) });
  const signInModule = await import('../../../../functions/admin-sign-in/handler.ts');
  signIn = signInModule.handler as unknown as HttpHandler;
  createHandler = signInModule.createAdminSignInHandler;
  mailer = (await import('../../../../functions/mailer/handler.ts')).handler as unknown as StreamHandler;
});

const call = async (event: APIGatewayProxyEventV2) => (await signIn(event, lambdaContext())) as Answer;

/**
 * A browser's same-origin form post: the staff pages send Referrer-Policy same-origin, so the
 * browser names our origin (the host of `httpEvent`); Origin null is refused.
 */
function formPost(
  route: string,
  fields: Record<string, string>,
  options: { token?: string; cookie?: string } = {},
) {
  return {
    ...httpEvent({
      method: 'POST',
      route,
      ...(options.token ? { pathParameters: { token: options.token } } : {}),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://mitwirken.test',
        'sec-fetch-site': 'same-origin',
        'x-forwarded-proto': 'https',
      },
      body: Buffer.from(urlencoded(fields)).toString('base64'),
      isBase64Encoded: true,
    }),
    ...(options.cookie ? { cookies: [options.cookie] } : {}),
  };
}

const requestLink = (email: string) => call(formPost('/admin/sign-in', { email }));
const linkPage = (token: string, query?: Record<string, string>) =>
  call(
    httpEvent({ route: '/admin/sign-in/{token}', pathParameters: { token }, ...(query ? { query } : {}) }),
  );
const spendLink = (token: string, fields: Record<string, string> = { next: '' }) =>
  call(formPost('/admin/sign-in/{token}', fields, { token }));
const adminPage = (cookie?: string) =>
  call({ ...httpEvent({ route: '/admin' }), ...(cookie ? { cookies: [cookie] } : {}) });

let sequence = 0;

/** What the table's stream gives the mailer for the queued sign-in mail: the INSERT of its item. */
async function deliverQueuedMail(email: string) {
  // The newest queued mail of the address (read back raw, as the stream carries it).
  const { pk } = signInMailKey(email, 'any');
  const Item = (await env.scan())
    .filter((item) => item.pk?.S === pk && item.sk?.S?.startsWith('MAIL#'))
    .at(-1);
  expect(Item).toBeDefined();
  const record = streamRecord({ newImage: Item as any, sequenceNumber: String(5000 + ++sequence) });
  return mailer(streamEvent([record]), lambdaContext());
}

const LINK = /https:\/\/mitwirken\.test\/admin\/sign-in\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/;

async function linkFromInbox(email: string): Promise<string> {
  const [mail] = await emailsTo(email);
  const token = LINK.exec(mail?.body.text ?? '')?.[1];
  if (!token) throw new Error(`no sign-in link in the mail to ${email}`);
  return token;
}

/** Signs in `email` through the whole flow and returns the answer of the link's POST. */
async function signedInVia(email: string, fields?: Record<string, string>) {
  await requestLink(email);
  await deliverQueuedMail(email);
  const token = await linkFromInbox(email);
  return { token, answer: await spendLink(token, fields) };
}

const cookieOf = (answer: Answer) => String(answer.cookies?.[0]).split(';')[0] ?? '';
/** The browser-binding cookie pair the sign-in POST set (`__Host-mw_signin=<value>`). */
const bindingOf = (answer: Answer) =>
  String(answer.cookies?.find((cookie) => cookie.startsWith('__Host-mw_signin='))).split(';')[0] ?? '';

describe('staff sign-in by emailed link', () => {
  it('mails a link, whose page changes nothing and whose button signs in once', async () => {
    // Request: the answer page, one queued mail.
    const requested = await requestLink(` Chefin@${DOMAIN.toUpperCase()}`);
    expect(requested.statusCode).toBe(200);
    expect(requested.body).toContain('a link is on its way');

    // The mailer sends it once, with the configured origin, in English and German.
    expect(await deliverQueuedMail(EDITOR)).toEqual({ batchItemFailures: [] });
    expect(await deliverQueuedMail(EDITOR)).toEqual({ batchItemFailures: [] });
    const mails = await emailsTo(EDITOR);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Sign in to Mitwirken / Anmeldung bei Mitwirken');
    expect(mails[0]?.body.text).toContain('Gültig bis');
    const token = await linkFromInbox(EDITOR);

    // GET of the link: a button, and nothing in the table changes (mail scanners open links).
    const before = await env.scan();
    const page = await linkPage(token);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`Sign in as ${EDITOR}`);
    expect(page.body).toContain(`action="/admin/sign-in/${token}"`);
    expect(page.headers['cache-control']).toBe('no-store');
    // Opened from a mail client (a cross-site navigation), the button's POST is still same-origin
    // and carries our Origin, since the page says so.
    expect(page.headers['referrer-policy']).toBe('same-origin');
    expect(await env.scan()).toEqual(before);

    // POST: signed in, the cookie set with every attribute, 303 to the staff pages.
    const signedIn = await spendLink(token);
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers['referrer-policy']).toBe('same-origin');
    expect(signedIn.headers.location).toBe('/admin/consultations');
    // The session, and the end of the browser binding (sign-in-browser.ts).
    expect(signedIn.cookies).toHaveLength(2);
    expect(signedIn.cookies?.[1]).toMatch(/^__Host-mw_signin=; .*Max-Age=0/);
    const setCookie = String(signedIn.cookies?.[0]);
    expect(SESSION_COOKIE).toBe('__Host-mw_session');
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}; `));
    expect(setCookie.split('; ').slice(1).sort()).toEqual(
      ['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax', 'Secure'].sort(),
    );
    const cookie = cookieOf(signedIn);
    expect((await adminPage(cookie)).headers.location).toBe('/admin/consultations');

    // The same link again: spent.
    const again = await spendLink(token);
    expect(again.statusCode).toBe(409);
    expect(again.cookies).toBeUndefined();
  });

  it('ends the session on sign-out (with the CSRF token only), after which the cookie is worthless', async () => {
    // Prepare
    const { answer } = await signedInVia(`abmelden@${DOMAIN}`);
    const cookie = cookieOf(answer);
    const sessionId = cookie.slice(`${SESSION_COOKIE}=`.length).split('.')[0] ?? '';
    const session = await admin.getSession(sessionId, new Date());
    expect(session?.email).toBe(`abmelden@${DOMAIN}`);
    // Act: without the token, then with it.
    const forged = await call(formPost('/admin/sign-out', { _csrf: 'guess' }, { cookie }));
    const stillIn = await admin.getSession(sessionId, new Date());
    const signedOut = await call(
      formPost('/admin/sign-out', { _csrf: session?.csrfToken ?? '' }, { cookie }),
    );
    // Assess
    expect(forged.statusCode).toBe(403);
    expect(stillIn).toBeDefined();
    expect(signedOut.statusCode).toBe(303);
    expect(signedOut.headers.location).toBe('/admin');
    expect(signedOut.cookies).toEqual([
      `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0; Secure`,
    ]);
    expect(await admin.getSession(sessionId, new Date())).toBeUndefined();
    const afterwards = await adminPage(cookie);
    expect(afterwards.statusCode).toBe(200);
    expect(afterwards.body).toContain('Email me a sign-in link');
  });

  it('ends the session the browser had before when another link is spent in it', async () => {
    // Prepare: signed in as one member, then a second member's link is opened in the same browser.
    const first = cookieOf((await signedInVia(`erste@${DOMAIN}`)).answer);
    const firstId = first.slice(`${SESSION_COOKIE}=`.length).split('.')[0] ?? '';
    await requestLink(`zweite@${DOMAIN}`);
    await deliverQueuedMail(`zweite@${DOMAIN}`);
    const token = await linkFromInbox(`zweite@${DOMAIN}`);
    // Act
    const second = await call(formPost('/admin/sign-in/{token}', { next: '' }, { token, cookie: first }));
    // Assess: the new session is set, the old one is gone.
    expect(second.statusCode).toBe(303);
    expect(cookieOf(second)).not.toBe(first);
    expect(await admin.getSession(firstId, new Date())).toBeUndefined();
    expect((await adminPage(first)).statusCode).toBe(200);
  });

  it('goes on to the staff page asked for only in the browser that asked, whatever the form posts', async () => {
    // Prepare: asked for with `next` in one browser (which gets the binding cookie).
    const email = `weiter@${DOMAIN}`;
    const next = '/admin/consultations/umfrage?lang=de';
    const asked = await call(formPost('/admin/sign-in', { email, next }));
    const binding = bindingOf(asked);
    await deliverQueuedMail(email);
    const token = await linkFromInbox(email);
    // Act: the posted `next` says elsewhere; the browser is the one that asked.
    const answer = await call(
      formPost('/admin/sign-in/{token}', { next: '/admin/staff' }, { token, cookie: binding }),
    );
    // Assess: the stored `next`, not the posted one; the binding cookie is cleared.
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe(next);
    expect(answer.cookies?.[1]).toBe('__Host-mw_signin=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0; Secure');
    // Without a stored `next`, a posted one is ignored too.
    const plain = await signedInVia(`woanders@${DOMAIN}`, { next: '/admin/staff' });
    expect(plain.answer.headers.location).toBe('/admin/consultations');
  });

  it("ignores the `next` someone else asked a member's mail with (the member's browser never asked)", async () => {
    // Prepare: the attacker asks for the member's link, naming the page they want the member on.
    const member = `opfer@${DOMAIN}`;
    const asked = await call(formPost('/admin/sign-in', { email: member, next: '/admin/staff?remove=x' }));
    expect(bindingOf(asked)).toMatch(/^__Host-mw_signin=[A-Za-z0-9_-]{43}$/);
    expect(String(asked.cookies?.[0])).toContain('; Path=/; Max-Age=900; Secure');
    await deliverQueuedMail(member);
    const [mail] = await emailsTo(member);
    const url = new URL(
      String(/https:\/\/mitwirken\.test\/admin\/sign-in\/\S+/.exec(mail?.body.text ?? '')?.[0]),
    );
    const token = url.pathname.slice('/admin/sign-in/'.length);
    // Act: the member opens the mail in their own browser (no binding, or one of their own) and
    // presses the button of the link's page, whose form carries the `next` of the link.
    const own = bindingOf(await call(formPost('/admin/sign-in', { email: `anderer@${DOMAIN}` })));
    const page = await linkPage(token, Object.fromEntries(url.searchParams));
    const formNext = String(/name="next" value="([^"]*)"/.exec(page.body ?? '')?.[1]);
    const answer = await call(formPost('/admin/sign-in/{token}', { next: formNext }, { token, cookie: own }));
    // Assess: signed in, but on the start page.
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/admin/consultations');
  });

  it('carries the staff page asked for through the mailed link, and never a page elsewhere', async () => {
    // Prepare: asked for from /admin?next=…, whose form posts `next` with the address.
    const email = `postfach@${DOMAIN}`;
    const next = '/admin/consultations/x/submissions';
    const asked = await call(formPost('/admin/sign-in', { email, next }));
    await deliverQueuedMail(email);
    // Act: the link in the mail, its page, then the page's form posted as it is, from the browser that asked.
    const [mail] = await emailsTo(email);
    const mailed = /https:\/\/mitwirken\.test\/admin\/sign-in\/\S+/.exec(mail?.body.text ?? '')?.[0];
    const url = new URL(String(mailed));
    const token = url.pathname.slice('/admin/sign-in/'.length);
    const page = await linkPage(token, Object.fromEntries(url.searchParams));
    const formNext = /name="next" value="([^"]*)"/.exec(page.body ?? '')?.[1];
    const answer = await call(
      formPost('/admin/sign-in/{token}', { next: String(formNext) }, { token, cookie: bindingOf(asked) }),
    );
    // Assess
    expect(url.search).toBe(`?next=${encodeURIComponent(next)}`);
    expect(mail?.body.html).toContain(`href="${url.href}"`);
    expect(formNext).toBe(next);
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe(next);

    // A page elsewhere is neither stored nor mailed: the link is the plain one, home after signing in.
    for (const [index, elsewhere] of ['https://evil.example/', '//evil.example'].entries()) {
      const address = `anderswo-${index}@${DOMAIN}`;
      await call(formPost('/admin/sign-in', { email: address, next: elsewhere }));
      const queued = (await env.scan()).filter((item) => item.pk?.S === `SIGNIN#${address}`);
      expect(queued).toHaveLength(1);
      expect(queued[0]).not.toHaveProperty('next');
      await deliverQueuedMail(address);
      const [plain] = await emailsTo(address);
      for (const part of [plain?.body.text, plain?.body.html]) {
        expect(part).toContain('https://mitwirken.test/admin/sign-in/');
        expect(part).not.toContain('next=');
        expect(part).not.toContain('evil.example');
      }
    }
  });

  it('answers every address alike, with the same work, and mails only staff, once per ten minutes', async () => {
    // Prepare
    const stranger = `fremd-${randomUUID().slice(0, 8)}@elsewhere.test`;
    const member = `einmal@${DOMAIN}`;
    const withoutAddress = (body: string | undefined, email: string) =>
      String(body).replaceAll(email, '<email>');
    // Act
    const forStranger = await requestLink(stranger);
    const first = await requestLink(member);
    const second = await requestLink(member);
    // Assess
    expect(forStranger.statusCode).toBe(200);
    expect(withoutAddress(forStranger.body, stranger)).toBe(withoutAddress(first.body, member));
    expect(second.body).toBe(first.body);
    // A request is queued for the stranger too (the POST cannot tell), but the mailer sends nothing.
    const queued = (await env.scan()).filter((item) => item.pk?.S?.startsWith('SIGNIN#'));
    expect(queued.filter((item) => item.pk?.S === `SIGNIN#${stranger}`)).toHaveLength(1);
    expect(queued.filter((item) => item.pk?.S === `SIGNIN#${member}`)).toHaveLength(1);
    expect(await deliverQueuedMail(stranger)).toEqual({ batchItemFailures: [] });
    expect(await emailsTo(stranger)).toEqual([]);
    expect((await env.scan()).find((item) => item.pk?.S === `SIGNIN#${stranger}`)?.sentAt?.S).toEqual(
      expect.any(String),
    );
  });

  it('refuses a malformed address with 400 and the form again', async () => {
    const answer = await requestLink('not an address');
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('aria-invalid="true"');
    expect(answer.body).toContain('value="not an address"');
  });

  it('offers a new link for an expired one (410) and refuses a forged one (403)', async () => {
    // Prepare
    const claims = {
      email: EDITOR,
      nonce: randomBytes(16).toString('base64url'),
      expiresAt: Math.floor(Date.now() / 1000) - 1,
    };
    const expired = signSignInToken(claims, keyring.current);
    const forged = signSignInToken(
      { ...claims, expiresAt: claims.expiresAt + 3600 },
      {
        id: keyring.current.id,
        secret: randomBytes(32),
      },
    );
    const before = await env.scan();
    // Act + Assess
    for (const answer of [await linkPage(expired), await spendLink(expired)]) {
      expect(answer.statusCode).toBe(410);
      expect(answer.body).toContain('Email me a sign-in link');
      expect(answer.body).toContain(`value="${EDITOR}"`);
    }
    expect((await linkPage(forged)).statusCode).toBe(403);
    expect((await spendLink(forged)).statusCode).toBe(403);
    expect((await spendLink('garbage')).statusCode).toBe(403);
    expect(await env.scan()).toEqual(before);
  });

  it('does not mail a link that would already be dead when the mail waited too long', async () => {
    // Prepare: a mail asked for 20 minutes ago whose delivery failed until now.
    const email = `spaet@${DOMAIN}`;
    const requestedAt = new Date(Date.now() - 20 * 60_000);
    const window = '2000-01-01T00:00:00.000Z';
    await admin.queueSignInMail({
      email,
      window,
      nonce: randomBytes(16).toString('base64url'),
      requestedAt: requestedAt.toISOString(),
      expiresAt: Math.floor(requestedAt.getTime() / 1000) + 900,
    });
    // Act
    expect(await deliverQueuedMail(email)).toEqual({ batchItemFailures: [] });
    // Assess
    expect(await emailsTo(email)).toEqual([]);
    expect((await admin.getSignInMail(email, window))?.sentAt).toEqual(expect.any(String));
  });

  it('refuses cross-site posts of the sign-in forms', async () => {
    const crossSite = formPost('/admin/sign-in', { email: `quer@${DOMAIN}` });
    crossSite.headers['sec-fetch-site'] = 'cross-site';
    const foreignOrigin = formPost('/admin/sign-in', { email: `quer@${DOMAIN}` });
    foreignOrigin.headers.origin = 'https://evil.example';
    delete foreignOrigin.headers['sec-fetch-site'];
    expect((await call(crossSite)).statusCode).toBe(403);
    expect((await call(foreignOrigin)).statusCode).toBe(403);
    expect((await env.scan()).some((item) => item.pk?.S === `SIGNIN#quer@${DOMAIN}`)).toBe(false);
  });

  it('refuses Origin null (a cross-site page with no-referrer), also without Sec-Fetch-Site', async () => {
    // Prepare: a valid link of the attacker's own account (login CSRF would sign the victim in as them).
    const email = `angreifer@${DOMAIN}`;
    await requestLink(email);
    await deliverQueuedMail(email);
    const token = await linkFromInbox(email);
    const nullOrigin = (event: ReturnType<typeof formPost>) => {
      event.headers.origin = 'null';
      delete event.headers['sec-fetch-site'];
      return event;
    };
    const before = await env.scan();
    // Act
    const asked = await call(nullOrigin(formPost('/admin/sign-in', { email: `leer@${DOMAIN}` })));
    const spent = await call(nullOrigin(formPost('/admin/sign-in/{token}', { next: '' }, { token })));
    // Assess: refused before anything is stored; the link is still good for its owner.
    expect(asked.statusCode).toBe(403);
    expect(asked.headers['referrer-policy']).toBe('same-origin');
    expect(spent.statusCode).toBe(403);
    expect(spent.cookies).toBeUndefined();
    expect(await env.scan()).toEqual(before);
    expect((await spendLink(token)).statusCode).toBe(303);
  });

  it('shows the sign-in form to anonymous visitors and keeps where they wanted to go', async () => {
    const answer = await call(httpEvent({ route: '/admin', query: { next: '/admin/staff' } }));
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain('<html lang="en" dir="ltr">');
    expect(answer.body).toContain('name="next" value="/admin/staff"');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['referrer-policy']).toBe('same-origin');
  });
});

describe('staff sign-in withstands (issue 8)', () => {
  it('refuses a token signed with the right key whose nonce was never stored, and writes nothing', async () => {
    // Prepare: the handler with the key given here, so the token is signed with exactly its key; a
    // request was queued and mailed for the address, so only the nonce is made up.
    const direct = createHandler({
      admin,
      keyring: async () => keyring,
      allowList: [{ match: { kind: 'address', email: `ungefragt@${DOMAIN}` }, role: 'admin' }],
      now: () => new Date(),
    });
    const requestedAt = new Date();
    const expiresAt = signInLinkExpiry(requestedAt);
    const window = signInWindow(requestedAt);
    const email = `ungefragt@${DOMAIN}`;
    await admin.queueSignInMail({
      email,
      window,
      nonce: randomBytes(16).toString('base64url'),
      requestedAt: requestedAt.toISOString(),
      expiresAt,
    });
    await admin.markSignInMailSent(email, window, requestedAt.toISOString());
    const forged = signSignInToken(
      { email, nonce: randomBytes(16).toString('base64url'), expiresAt },
      keyring.current,
    );
    const before = await env.scan();
    // Act
    const answer = (await direct(
      formPost('/admin/sign-in/{token}', { next: '' }, { token: forged }),
      lambdaContext(),
    )) as Answer;
    // Assess: refused, no session, no spent mark: the table is unchanged.
    expect(answer.statusCode).toBe(403);
    expect(answer.cookies).toBeUndefined();
    expect(await env.scan()).toEqual(before);
  });

  it('refuses a sign-in token signed with the LINK key (the resident functions’ key)', async () => {
    // Prepare: even with the nonce of a real mailed request.
    const email = `linkschluessel@${DOMAIN}`;
    await requestLink(email);
    await deliverQueuedMail(email);
    const real = await linkFromInbox(email);
    const claims = JSON.parse(Buffer.from(real.split('.')[0] ?? '', 'base64url').toString('utf8'));
    const withLinkKey = signSignInToken(claims, linkKeyring.current);
    const before = await env.scan();
    // Act + Assess
    expect((await linkPage(withLinkKey)).statusCode).toBe(403);
    expect((await spendLink(withLinkKey)).statusCode).toBe(403);
    expect(await env.scan()).toEqual(before);
  });

  it('gives `Chef@…`, `chef+1@…` and ` chef+zwei@…` one window and one mail (an @domain entry included)', async () => {
    // Prepare: the address is staff through the `@domain` entry only.
    const base = `chef@${DOMAIN}`;
    // Act
    for (const typed of [`chef+1@${DOMAIN}`, `Chef@${DOMAIN.toUpperCase()}`, ` chef+zwei@${DOMAIN}`]) {
      expect((await requestLink(typed)).statusCode).toBe(200);
    }
    // Assess: one request, under the address without tag; one mail, to it.
    const queued = (await env.scan()).filter((item) => /^SIGNIN#chef[+@]/.test(item.pk?.S ?? ''));
    expect(queued.map((item) => item.pk?.S)).toEqual([`SIGNIN#${base}`]);
    await deliverQueuedMail(base);
    expect(await emailsTo(base)).toHaveLength(1);
    expect(await emailsTo(`chef+1@${DOMAIN}`)).toEqual([]);
    expect(await emailsTo(`chef+zwei@${DOMAIN}`)).toEqual([]);
  });

  it('stores the session only as the SHA-256 of the id its cookie carries', async () => {
    // Prepare + Act
    const { answer } = await signedInVia(`gehasht@${DOMAIN}`);
    const sessionId = cookieOf(answer).slice(`${SESSION_COOKIE}=`.length).split('.')[0] ?? '';
    // Assess: no item anywhere holds the id; the session item is keyed by its hash.
    const items = await env.scan();
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(items)).not.toContain(sessionId);
    const digest = createHash('sha256').update(sessionId).digest('base64url');
    expect(items.filter((item) => item.pk?.S === `SESSION#${digest}`)).toHaveLength(1);
    expect((await adminPage(cookieOf(answer))).headers.location).toBe('/admin/consultations');
  });
});
