import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAllowList } from '../../../../shared/admin/allow-list.ts';
import type { StaffMember } from '../../../../shared/admin/roles.ts';
import { type Keyring, loadKeyring } from '../../../../shared/links/index.ts';
import type { AdminRepository } from '../../../../shared/storage/admin-types.ts';
import { createAdminRepository } from '../../../../shared/storage/index.ts';
import { lambdaContext } from '../../../support/events.ts';
import { staffSession } from '../../../support/staff-session.ts';
import { type FunctionEnvironment, functionEnvironment } from '../../functions/function-environment.ts';
import {
  elementText,
  linkHref,
  openingTag,
  staffGet,
  staffPost,
  tableRows,
  textOf,
} from '../submissions/page-html.ts';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: ReturnType<typeof lambdaContext>,
) => Promise<APIGatewayProxyStructuredResultV2>;

const ADMIN = 'boss@example.org';
const allowList = parseAllowList('boss@example.org admin; @integration.hannover.example editor integration');

let env: FunctionEnvironment;
let admin: AdminRepository;
let keyring: Keyring;
let handler: Handler;
let signedIn: { cookie: string; csrfToken: string };

const sign = (member: StaffMember) => staffSession({ admin, keyring }, member);

const getPage = (query?: Record<string, string>, cookie = signedIn.cookie) =>
  handler(staffGet('/admin/staff', { ...(query ? { query } : {}), cookie }), lambdaContext());

/** Posts a form with the session's token unless `_csrf` is given (or left out with `null`). */
const post = (
  route: '/admin/staff' | '/admin/staff/remove',
  fields: Record<string, string>,
  options: { csrf?: string | null; cookie?: string } = {},
) => {
  const csrf = options.csrf === undefined ? signedIn.csrfToken : options.csrf;
  const body = csrf === null ? fields : { _csrf: csrf, ...fields };
  return handler(staffPost(route, body, { cookie: options.cookie ?? signedIn.cookie }), lambdaContext());
};

const save = (email: string, role: string, department = '') =>
  post('/admin/staff', { email, role, department });

/** The stored staff, as email → "role department". */
async function stored(): Promise<Record<string, string>> {
  const staff = await admin.listStaff();
  return Object.fromEntries(staff.map((s) => [s.email, [s.role, s.department].filter(Boolean).join(' ')]));
}

beforeAll(async () => {
  // A table of its own: the staff list and its log are one partition each, shared by everyone.
  env = await functionEnvironment('admin-staff');
  admin = createAdminRepository({ client: env.client, tableName: env.tableName });
  keyring = await loadKeyring({ kind: 'file', path: process.env.LINK_SECRET_FILE ?? '' });
  if (!allowList.ok) throw new Error(allowList.problem);
  const { createAdminStaffHandler } = await import('../../../../functions/admin-staff/handler.ts');
  handler = createAdminStaffHandler({
    admin,
    keyring: async () => keyring,
    allowList: allowList.allowList,
    now: () => new Date(),
  }) as Handler;
  signedIn = await sign({ email: ADMIN, role: 'admin' });
});

afterAll(() => env.client.destroy());

describe('GET /admin/staff', () => {
  it('shows the stored staff, the allow-list (read-only) and the form', async () => {
    const response = await getPage();
    const body = response.body ?? '';

    expect(response.statusCode).toBe(200);
    expect(response.headers?.['cache-control']).toBe('no-store');
    expect(tableRows(body, { id: 'stored-staff' }).map((row) => row.slice(0, 3))).toContainEqual([
      ADMIN,
      'admin',
      '–',
    ]);
    expect(tableRows(body, { id: 'allow-list' }).slice(1)).toEqual([
      ['boss@example.org', 'admin', '–'],
      ['every address @integration.hannover.example', 'editor', 'integration'],
    ]);
    expect(body).toContain('<form method="post" action="/admin/staff"');
    expect(body).toContain(`name="_csrf" value="${signedIn.csrfToken}"`);
  });

  it('offers no remove button for the signed-in admin themselves', async () => {
    const row = tableRows((await getPage()).body ?? '', { id: 'stored-staff' }).find((r) => r[0] === ADMIN);

    expect(row?.[4]).toBe(`Change ${ADMIN} (you)`);
  });

  it('puts a member into the form to change them', async () => {
    await admin.putStaff(
      {
        email: 'edit-me@example.org',
        role: 'editor',
        department: 'culture',
        updatedAt: new Date().toISOString(),
        updatedBy: ADMIN,
      },
      {
        scope: { kind: 'staff' },
        actor: ADMIN,
        action: 'staffSaved',
        summary: 'setup',
        at: new Date().toISOString(),
      },
    );

    const body = (await getPage({ edit: 'Edit-Me@example.org' })).body ?? '';

    expect(openingTag(body, 'staff-email')).toContain('value="edit-me@example.org"');
    expect(body).toMatch(/<option value="editor" selected/);
    expect(openingTag(body, 'staff-department')).toContain('value="culture"');
  });

  it.each([
    ['an editor', { email: 'ed@example.org', role: 'editor', department: 'integration' }],
    ['a viewer', { email: 'vi@example.org', role: 'viewer', department: 'integration' }],
  ] as const)('refuses %s with 403', async (_, member) => {
    const { cookie, csrfToken } = await sign(member);

    expect((await getPage(undefined, cookie)).statusCode).toBe(403);
    expect(
      (await post('/admin/staff', { email: 'x@example.org', role: 'admin' }, { cookie, csrf: csrfToken }))
        .statusCode,
    ).toBe(403);
  });

  it('sends an anonymous visitor to sign in', async () => {
    const response = await handler(staffGet('/admin/staff'), lambdaContext());

    expect(response.statusCode).toBe(303);
    expect(response.headers?.location).toBe(`/admin?next=${encodeURIComponent('/admin/staff')}`);
  });
});

describe('POST /admin/staff and /admin/staff/remove', () => {
  it('adds, changes and removes a member, each recorded in the change log', async () => {
    const added = await save(' Vera@Example.org ', 'viewer', 'culture');
    const afterAdd = await stored();
    const changed = await save('vera@example.org', 'editor', 'integration');
    const afterChange = await stored();
    const removed = await post('/admin/staff/remove', { email: 'vera@example.org' });
    const afterRemove = await stored();

    expect([added.statusCode, changed.statusCode, removed.statusCode]).toEqual([303, 303, 303]);
    expect(added.headers?.location).toBe('/admin/staff');
    expect(afterAdd['vera@example.org']).toBe('viewer culture');
    expect(afterChange['vera@example.org']).toBe('editor integration');
    expect(afterRemove['vera@example.org']).toBeUndefined();
    const log = tableRows((await getPage()).body ?? '', { id: 'staff-log' });
    expect(log.slice(1, 4).map((row) => row.slice(1))).toEqual([
      [ADMIN, 'Removed', 'Removed vera@example.org (was editor (integration))'],
      [ADMIN, 'Saved', 'Changed vera@example.org from viewer (culture) to editor (integration)'],
      [ADMIN, 'Saved', 'Added vera@example.org as viewer (culture)'],
    ]);
  });

  it('records the last change of a member: by whom and when', async () => {
    await save('when@example.org', 'viewer', 'culture');

    const [record] = (await admin.listStaff()).filter((s) => s.email === 'when@example.org');

    expect(record?.updatedBy).toBe(ADMIN);
    expect(Date.now() - Date.parse(record?.updatedAt ?? '')).toBeLessThan(60_000);
  });

  it('says in the log when the allow-list still lets a removed member sign in', async () => {
    await save('anna@integration.hannover.example', 'admin');

    await post('/admin/staff/remove', { email: 'anna@integration.hannover.example' });

    const log = tableRows((await getPage()).body ?? '', { id: 'staff-log' });
    expect(log[1]?.[3]).toBe(
      'Removed anna@integration.hannover.example (was admin); the allow-list still lets them sign in as editor (integration)',
    );
  });

  it.each([
    [{ email: 'not-an-address', role: 'viewer', department: 'x' }, 'email', 'Enter an email address'],
    [{ email: 'a@example.org', role: 'boss', department: '' }, 'role', 'Choose a role'],
    [{ email: 'a@example.org', role: 'viewer', department: '' }, 'department', 'A viewer needs a department'],
    [
      { email: 'a@example.org', role: 'editor', department: 'Kultur & Sport' },
      'department',
      'The department must start',
    ],
    [
      { email: 'a@example.org', role: 'admin', department: 'culture' },
      'department',
      'An admin has no department',
    ],
  ])(
    'refuses %j with 400, the message next to the input, and stores nothing',
    async (fields, input, message) => {
      const before = await env.scan();

      const response = await post('/admin/staff', fields);
      const body = response.body ?? '';

      expect(response.statusCode).toBe(400);
      expect(elementText(body, `staff-${input}-error`)).toContain(message);
      expect(openingTag(body, `staff-${input}`)).toContain('aria-invalid="true"');
      expect(openingTag(body, `staff-${input}`)).toContain(`staff-${input}-error`);
      expect(openingTag(body, 'staff-email')).toContain(`value="${fields.email}"`);
      expect(await env.scan()).toEqual(before);
    },
  );

  it('refuses an admin demoting themselves, so an admin always remains', async () => {
    const before = await env.scan();

    const response = await save(ADMIN, 'editor', 'integration');

    expect(response.statusCode).toBe(400);
    expect(elementText(response.body ?? '', 'staff-role-error')).toContain(
      'You cannot take away your own admin role',
    );
    expect(await env.scan()).toEqual(before);
  });

  it('refuses an admin removing themselves', async () => {
    const before = await env.scan();

    const response = await post('/admin/staff/remove', { email: ADMIN.toUpperCase() });

    expect(response.statusCode).toBe(400);
    expect(textOf(response.body ?? '')).toContain('You cannot remove yourself');
    expect(await env.scan()).toEqual(before);
  });

  it('answers 404 when removing someone who is not stored', async () => {
    const response = await post('/admin/staff/remove', { email: 'nobody@example.org' });

    expect(response.statusCode).toBe(404);
    expect(textOf(response.body ?? '')).toContain('nobody@example.org is not a stored staff member');
  });

  it('refuses (409) saving a member someone else changed after the form showed them', async () => {
    // Prepare: two admins open the same member's record
    await admin.putStaff(
      {
        email: 'race@example.org',
        role: 'viewer',
        department: 'culture',
        updatedAt: '2026-01-01T10:00:00.000Z',
        updatedBy: ADMIN,
      },
      {
        scope: { kind: 'staff' },
        actor: ADMIN,
        action: 'staffSaved',
        summary: 'setup',
        at: '2026-01-01T10:00:00.000Z',
      },
    );
    const other = await sign({ email: 'other-admin@example.org', role: 'admin' });
    const shownBy = async (cookie: string) => {
      const body = (await getPage({ edit: 'race@example.org' }, cookie)).body ?? '';
      return {
        email: /name="shownEmail" value="([^"]*)"/.exec(body)?.[1] ?? '',
        updatedAt: /name="shownUpdatedAt" value="([^"]*)"/.exec(body)?.[1] ?? '',
      };
    };
    const mine = await shownBy(signedIn.cookie);
    const theirs = await shownBy(other.cookie);
    const edit = (shown: { email: string; updatedAt: string }, role: string, department: string) => ({
      email: 'race@example.org',
      role,
      department,
      shownEmail: shown.email,
      shownUpdatedAt: shown.updatedAt,
    });
    // Act: the other admin saves first, then this one with the record they were shown
    const first = await post('/admin/staff', edit(theirs, 'editor', 'culture'), {
      cookie: other.cookie,
      csrf: other.csrfToken,
    });
    const second = await post('/admin/staff', edit(mine, 'viewer', 'sport'));
    // Assess
    expect(mine).toEqual({ email: 'race@example.org', updatedAt: '2026-01-01T10:00:00.000Z' });
    expect(first.statusCode).toBe(303);
    expect(second.statusCode).toBe(409);
    const body = second.body ?? '';
    expect(textOf(body)).toContain(
      'Someone else changed race@example.org after you opened it, so your change was not saved. It is now editor (culture), saved by other-admin@example.org.',
    );
    // The form keeps what was posted, now tied to the current record: saving again replaces it knowingly.
    expect(openingTag(body, 'staff-department')).toContain('value="sport"');
    const current = await admin.getStaff('race@example.org');
    expect(body).toContain(`name="shownUpdatedAt" value="${current?.updatedAt}"`);
    expect((await stored())['race@example.org']).toBe('editor culture');
    const log = tableRows((await getPage()).body ?? '', { id: 'staff-log' });
    expect(log[1]?.slice(1)).toEqual([
      'other-admin@example.org',
      'Saved',
      'Changed race@example.org from viewer (culture) to editor (culture)',
    ]);
    const again = await post('/admin/staff', {
      ...edit(mine, 'viewer', 'sport'),
      shownUpdatedAt: current?.updatedAt ?? '',
    });
    expect(again.statusCode).toBe(303);
    expect((await stored())['race@example.org']).toBe('viewer sport');
  });

  it('refuses (409) saving a member removed after the form showed them, and stores nothing', async () => {
    await save('gone@example.org', 'viewer', 'culture');
    const shown = (await admin.getStaff('gone@example.org'))?.updatedAt ?? '';
    await post('/admin/staff/remove', { email: 'gone@example.org' });

    const response = await post('/admin/staff', {
      email: 'gone@example.org',
      role: 'editor',
      department: 'culture',
      shownEmail: 'gone@example.org',
      shownUpdatedAt: shown,
    });

    expect(response.statusCode).toBe(409);
    expect(textOf(response.body ?? '')).toContain('It has been removed.');
    expect(response.body ?? '').not.toContain('name="shownUpdatedAt"');
    expect((await stored())['gone@example.org']).toBeUndefined();
  });

  it('saves a form turned to another address as that member, whatever record it was opened with', async () => {
    await save('first@example.org', 'viewer', 'culture');
    const shown = (await admin.getStaff('first@example.org'))?.updatedAt ?? '';

    const response = await post('/admin/staff', {
      email: 'second@example.org',
      role: 'viewer',
      department: 'culture',
      shownEmail: 'first@example.org',
      shownUpdatedAt: shown,
    });

    expect(response.statusCode).toBe(303);
    expect((await stored())['second@example.org']).toBe('viewer culture');
  });

  it('lets an admin change another admin', async () => {
    await save('second-admin@example.org', 'admin');

    expect((await save('second-admin@example.org', 'viewer', 'culture')).statusCode).toBe(303);
    expect((await stored())['second-admin@example.org']).toBe('viewer culture');
  });

  describe('without the right CSRF token', () => {
    let before: Awaited<ReturnType<FunctionEnvironment['scan']>>;
    beforeEach(async () => {
      await save('keep@example.org', 'viewer', 'culture');
      before = await env.scan();
    });

    it.each([
      ['missing', null],
      ['wrong', 'x'.repeat(43)],
      ['of another session', ''],
    ])('refuses a save with the token %s (403), nothing changed', async (_, csrf) => {
      const token =
        csrf === '' ? (await sign({ email: 'other-admin@example.org', role: 'admin' })).csrfToken : csrf;
      const afterSetup = csrf === '' ? await env.scan() : before;

      const response = await post(
        '/admin/staff',
        { email: 'keep@example.org', role: 'admin' },
        { csrf: token },
      );

      expect(response.statusCode).toBe(403);
      expect(await env.scan()).toEqual(afterSetup);
    });

    it('refuses a removal without the token (403), nothing changed', async () => {
      const response = await post('/admin/staff/remove', { email: 'keep@example.org' }, { csrf: null });

      expect(response.statusCode).toBe(403);
      expect(await env.scan()).toEqual(before);
    });
  });

  it('refuses an anonymous POST with 403', async () => {
    const response = await handler(
      staffPost('/admin/staff', { email: 'anon@example.org', role: 'admin', _csrf: signedIn.csrfToken }),
      lambdaContext(),
    );

    expect(response.statusCode).toBe(403);
  });
});

describe('the change log', () => {
  it('pages through older changes without duplicates or gaps', async () => {
    for (let i = 0; i < 25; i++) await save(`paged-${i}@example.org`, 'viewer', 'culture');
    const { changes: all } = await fullLog();

    const first = (await getPage()).body ?? '';
    const second = (await getPage(queryOf(linkHref(first, 'Older changes')))).body ?? '';

    const summaries = (body: string) =>
      tableRows(body, { id: 'staff-log' })
        .slice(1)
        .map((row) => row[3]);
    expect(summaries(first)).toEqual(all.slice(0, 20).map((c) => c.summary));
    expect(summaries(second)).toEqual(all.slice(20, 40).map((c) => c.summary));
    expect(summaries(first)[0]).toBe('Added paged-24@example.org as viewer (culture)');
    expect(linkHref(second, 'Newest changes')).toBe('/admin/staff');
  });

  it('refuses a change-log link it did not make with 400', async () => {
    const response = await getPage({ changes: 'made-up' });

    expect(response.statusCode).toBe(400);
    expect(textOf(response.body ?? '')).toContain('This page link of the change log is not valid');
  });
});

/** Every staff change, newest first, straight from the repository. */
async function fullLog() {
  const changes = [];
  let cursor: string | undefined;
  do {
    const page = await admin.listChanges({ kind: 'staff' }, { limit: 100, cursor });
    if ('kind' in page) throw new Error('bad cursor');
    changes.push(...page.changes);
    cursor = page.cursor;
  } while (cursor);
  return { changes };
}

function queryOf(href: string | undefined): Record<string, string> {
  if (!href) throw new Error('no such link');
  return Object.fromEntries(new URL(href, 'https://mitwirken.test').searchParams);
}
