import { createHash } from 'node:crypto';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  type AdminChange,
  createAdminRepository,
  parseSignInMailKey,
  signInMailItemSchema,
  signInMailKey,
} from '../../../shared/storage/index.ts';
import { sessionKey } from '../../../shared/storage/keys.ts';
import { localDynamoClient } from '../../support/local-aws.ts';

const client = localDynamoClient();
const TableName = inject('tableName');
const admin = createAdminRepository({ client, tableName: TableName });
afterAll(() => client.destroy());

// Test files share the table: every address here is unique to this file.
const domain = 'staff-sessions.example';
const at = (minute: number) => new Date(Date.UTC(2026, 5, 15, 10, minute)).toISOString();
const staffChange = (
  summary: string,
  minute: number,
  action: AdminChange['action'] = 'staffSaved',
): AdminChange => ({
  scope: { kind: 'staff' },
  actor: `boss@${domain}`,
  action,
  summary,
  at: at(minute),
});

async function rawItem(key: { pk: string; sk: string }) {
  const { Item } = await client.send(
    new GetItemCommand({ TableName, Key: marshall(key), ConsistentRead: true }),
  );
  return Item ? unmarshall(Item) : undefined;
}

/** The staff log's entries made by this file, newest first. */
async function staffLog(): Promise<string[]> {
  const summaries: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await admin.listChanges({ kind: 'staff' }, { limit: 100, cursor });
    if ('kind' in page) throw new Error('bad cursor');
    summaries.push(...page.changes.filter((c) => c.actor === `boss@${domain}`).map((c) => c.summary));
    cursor = page.cursor;
  } while (cursor);
  return summaries;
}

describe('staff members', () => {
  it('stores, lists, changes and removes a member, each with its change in the staff log', async () => {
    // Prepare
    const email = `Editor@${domain}`;
    const record = {
      email,
      role: 'editor' as const,
      department: 'integration',
      updatedAt: at(1),
      updatedBy: `boss@${domain}`,
    };
    // Act
    await admin.putStaff(record, staffChange('Added editor', 1));
    const stored = await admin.getStaff(`editor@${domain}`);
    await admin.putStaff({ ...record, role: 'viewer', updatedAt: at(2) }, staffChange('Made viewer', 2));
    const changed = await admin.getStaff(email);
    const listed = (await admin.listStaff()).filter((s) => s.email.endsWith(domain));
    const removed = await admin.removeStaff(email, staffChange('Removed', 3, 'staffRemoved'));
    const removedAgain = await admin.removeStaff(email, staffChange('Removed again', 4, 'staffRemoved'));
    // Assess
    expect(stored).toEqual({ ...record, email: `editor@${domain}` });
    expect(changed?.role).toBe('viewer');
    expect(listed).toEqual([{ ...record, email: `editor@${domain}`, role: 'viewer', updatedAt: at(2) }]);
    expect(removed).toBe(true);
    expect(removedAgain).toBe(false);
    expect(await admin.getStaff(email)).toBeUndefined();
    // The refused second removal was cancelled as a whole: no change record for it.
    expect(await staffLog()).toEqual(['Removed', 'Made viewer', 'Added editor']);
  });

  it('lists every member of the one partition, sorted by address', async () => {
    for (const name of ['c', 'a', 'b']) {
      await admin.putStaff(
        { email: `${name}-list@${domain}`, role: 'admin', updatedAt: at(5), updatedBy: `boss@${domain}` },
        staffChange(`Added ${name}`, 5),
      );
    }

    const listed = (await admin.listStaff()).map((s) => s.email).filter((e) => e.endsWith(`-list@${domain}`));

    expect(listed).toEqual([`a-list@${domain}`, `b-list@${domain}`, `c-list@${domain}`]);
  });

  it('saves only against the record that was read: of two concurrent saves one wins, the other is a conflict', async () => {
    // Prepare
    const email = `race@${domain}`;
    const record = { email, role: 'viewer' as const, department: 'culture', updatedBy: `boss@${domain}` };
    const added = await admin.putStaff({ ...record, updatedAt: at(10) }, staffChange('Race added', 10), null);
    const addedAgain = await admin.putStaff(
      { ...record, updatedAt: at(11) },
      staffChange('Race added again', 11),
      null,
    );
    // Act: both read updatedAt at(10) and save
    const outcomes = await Promise.all([
      admin.putStaff(
        { ...record, role: 'editor', updatedAt: at(12) },
        staffChange('Race editor', 12),
        at(10),
      ),
      admin.putStaff(
        { ...record, department: 'sport', updatedAt: at(13) },
        staffChange('Race sport', 13),
        at(10),
      ),
    ]);
    const stale = await admin.putStaff(
      { ...record, updatedAt: at(14) },
      staffChange('Race stale', 14),
      at(10),
    );
    // Assess
    expect([added, addedAgain]).toEqual(['saved', 'conflict']);
    expect([...outcomes].sort()).toEqual(['conflict', 'saved']);
    expect(stale).toBe('conflict');
    const winner = outcomes[0] === 'saved' ? 'Race editor' : 'Race sport';
    expect((await admin.getStaff(email))?.updatedAt).toBe(outcomes[0] === 'saved' ? at(12) : at(13));
    // A refused save is cancelled as a whole: no change record for it.
    expect((await staffLog()).filter((summary) => summary.startsWith('Race'))).toEqual([
      winner,
      'Race added',
    ]);
  });

  it('refuses a save against a member removed meanwhile', async () => {
    const email = `removed-race@${domain}`;
    await admin.putStaff(
      { email, role: 'admin', updatedAt: at(20), updatedBy: `boss@${domain}` },
      staffChange('Removed-race added', 20),
    );
    await admin.removeStaff(email, staffChange('Removed-race removed', 21, 'staffRemoved'));

    const outcome = await admin.putStaff(
      { email, role: 'viewer', department: 'x', updatedAt: at(22), updatedBy: `boss@${domain}` },
      staffChange('Removed-race saved', 22),
      at(20),
    );

    expect(outcome).toBe('conflict');
    expect(await admin.getStaff(email)).toBeUndefined();
  });

  it('refuses a change recorded in another log, and writes nothing', async () => {
    const wrong = {
      ...staffChange('Wrong log', 6),
      scope: { kind: 'consultation', consultationId: 'x' },
    } as const;

    await expect(
      admin.putStaff({ email: `wrong@${domain}`, role: 'admin', updatedAt: at(6), updatedBy: 'x' }, wrong),
    ).rejects.toThrow(/scope/);
    expect(await admin.getStaff(`wrong@${domain}`)).toBeUndefined();
  });
});

describe('the change log', () => {
  it('pages newest first with an opaque cursor and no empty last page', async () => {
    const scope = { kind: 'consultation', consultationId: 'staff-sessions-log' } as const;
    const entry = {
      consultationId: 'staff-sessions-log',
      createdAt: at(0),
      createdBy: `boss@${domain}`,
      slug: 'staff-sessions-log',
      title: { de: 'Log' },
      defaultLanguage: 'de' as const,
    };
    await admin.createConsultation(
      entry,
      {
        consultationId: entry.consultationId,
        definition: { id: entry.consultationId },
        revision: 1,
        updatedAt: at(0),
        updatedBy: entry.createdBy,
      },
      { scope, actor: entry.createdBy, action: 'created', summary: 'change 0', at: at(0) },
    );
    for (let n = 1; n <= 4; n++) {
      await admin.setDepartment(entry.consultationId, `dep-${n}`, {
        scope,
        actor: entry.createdBy,
        action: 'departmentChanged',
        summary: `change ${n}`,
        at: at(n),
      });
    }

    const first = await admin.listChanges(scope, { limit: 2 });
    if ('kind' in first) throw new Error('bad cursor');
    const second = await admin.listChanges(scope, { limit: 2, cursor: first.cursor });
    if ('kind' in second) throw new Error('bad cursor');
    const third = await admin.listChanges(scope, { limit: 2, cursor: second.cursor });
    if ('kind' in third) throw new Error('bad cursor');

    expect([first, second, third].map((p) => p.changes.map((c) => c.summary))).toEqual([
      ['change 4', 'change 3'],
      ['change 2', 'change 1'],
      ['change 0'],
    ]);
    expect(third.cursor).toBeUndefined();
    expect(first.changes[0]).toEqual({
      scope,
      actor: entry.createdBy,
      action: 'departmentChanged',
      summary: 'change 4',
      at: at(4),
    });
  });

  it('refuses a made-up cursor and a cursor of another log', async () => {
    const page = await admin.listChanges(
      { kind: 'consultation', consultationId: 'staff-sessions-log' },
      { limit: 1 },
    );
    if ('kind' in page || !page.cursor) throw new Error('expected a cursor');

    expect(await admin.listChanges({ kind: 'staff' }, { limit: 1, cursor: page.cursor })).toEqual({
      kind: 'badCursor',
    });
    expect(await admin.listChanges({ kind: 'staff' }, { limit: 1, cursor: 'not-a-cursor' })).toEqual({
      kind: 'badCursor',
    });
    const forged = Buffer.from(JSON.stringify({ v: 1, p: 'AUDIT#STAFF', k: 'ZZZ' })).toString('base64url');
    expect(await admin.listChanges({ kind: 'staff' }, { limit: 1, cursor: forged })).toEqual({
      kind: 'badCursor',
    });
  });
});

describe('sign-in mails and links', () => {
  const request = {
    email: `anna@${domain}`,
    window: '2026-06-15T10:00',
    nonce: 'bm9uY2Utb25l',
    requestedAt: at(1),
    expiresAt: 1_781_000_000,
  };

  it('queues one mail per address and window, which the mailer recognises on the stream', async () => {
    const first = await admin.queueSignInMail(request);
    const again = await admin.queueSignInMail({ ...request, nonce: 'bm9uY2UtdHdv' });

    expect([first, again]).toEqual([true, false]);
    expect(await admin.getSignInMail(request.email, request.window)).toEqual(request);
    const item = await rawItem(signInMailKey(request.email, request.window));
    if (!item) throw new Error('not stored');
    expect(parseSignInMailKey({ pk: String(item.pk), sk: String(item.sk) })).toEqual({
      email: request.email,
      window: request.window,
    });
    expect(signInMailItemSchema.parse(item)).toEqual({ kind: 'signInMail', ...request });
    expect(item.expiresAt).toBe(request.expiresAt);
  });

  it('keeps the staff page the link goes on to, and stores none when there is none', async () => {
    const withNext = { ...request, window: '2026-06-15T10:30', next: '/admin/consultations/x/submissions' };
    const without = { ...request, window: '2026-06-15T10:40', next: undefined };

    await admin.queueSignInMail(withNext);
    await admin.queueSignInMail(without);

    expect(await admin.getSignInMail(withNext.email, withNext.window)).toEqual(withNext);
    expect(signInMailItemSchema.parse(await rawItem(signInMailKey(withNext.email, withNext.window)))).toEqual(
      {
        kind: 'signInMail',
        ...withNext,
      },
    );
    expect(await admin.getSignInMail(without.email, without.window)).not.toHaveProperty('next');
    expect(await rawItem(signInMailKey(without.email, without.window))).not.toHaveProperty('next');
  });

  it('marks a mail sent once', async () => {
    const mail = { ...request, window: '2026-06-15T10:10' };
    await admin.queueSignInMail(mail);

    expect(await admin.markSignInMailSent(mail.email, mail.window, at(11))).toBe(true);
    expect(await admin.markSignInMailSent(mail.email, mail.window, at(12))).toBe(false);
    expect((await admin.getSignInMail(mail.email, mail.window))?.sentAt).toBe(at(11));
    expect(await admin.markSignInMailSent(mail.email, '2026-06-15T10:20', at(12))).toBe(false);
    expect(await admin.getSignInMail(mail.email, '2026-06-15T10:20')).toBeUndefined();
  });

  it('spends the link of a mailed request once, and only with its nonce', async () => {
    // Prepare
    const mail = { ...request, window: '2026-06-15T11:30' };
    await admin.queueSignInMail(mail);
    const key = signInMailKey(mail.email, mail.window);
    // Act + Assess: not mailed yet, nothing to spend.
    expect(await admin.markSignInLinkSpent(mail.email, mail.window, mail.nonce, at(13))).toBe(false);
    await admin.markSignInMailSent(mail.email, mail.window, at(11));
    const beforeForged = await rawItem(key);
    // Another nonce, or a window never queued: refused, nothing written.
    expect(await admin.markSignInLinkSpent(mail.email, mail.window, 'Zm9yZ2VkLW5vbmNlLTEyMw', at(13))).toBe(
      false,
    );
    expect(await admin.markSignInLinkSpent(mail.email, '2026-06-15T11:50', mail.nonce, at(13))).toBe(false);
    expect(await rawItem(key)).toEqual(beforeForged);
    expect(await rawItem(signInMailKey(mail.email, '2026-06-15T11:50'))).toBeUndefined();
    const spends = await Promise.all(
      Array.from({ length: 5 }, () => admin.markSignInLinkSpent(mail.email, mail.window, mail.nonce, at(13))),
    );
    expect(spends.filter(Boolean)).toHaveLength(1);
    expect(await admin.markSignInLinkSpent(mail.email, mail.window, mail.nonce, at(14))).toBe(false);
    expect((await admin.getSignInMail(mail.email, mail.window))?.spentAt).toBe(at(13));
  });
});

describe('sessions', () => {
  const expiresAt = Date.UTC(2026, 5, 15, 22) / 1000;
  const session = {
    id: 'c2Vzc2lvbi1vbmU',
    email: `anna@${domain}`,
    csrfToken: 'Y3NyZg',
    createdAt: at(0),
    expiresAt,
  };

  it('finds a session until its expiresAt, whether or not TTL has deleted it yet', async () => {
    await admin.createSession(session);

    expect(await admin.getSession(session.id, new Date(expiresAt * 1000 - 1))).toEqual(session);
    expect(await admin.getSession(session.id, new Date(expiresAt * 1000))).toBeUndefined();
    expect(await admin.getSession('c2Vzc2lvbi11bmtub3du', new Date(at(1)))).toBeUndefined();
  });

  it('stores a session under the SHA-256 of its id, and nowhere the id itself', async () => {
    // Prepare
    const hashed = { ...session, id: 'c2Vzc2lvbi1oYXNoZWQtaWQtb2YtMzItYnl0ZXMtYWJj' };
    // Act
    await admin.createSession(hashed);
    // Assess: the key is the hash; no attribute of any item holds the id.
    const digest = createHash('sha256').update(hashed.id).digest('base64url');
    expect(sessionKey(hashed.id)).toEqual({ pk: `SESSION#${digest}`, sk: 'SESSION' });
    const item = await rawItem(sessionKey(hashed.id));
    expect(item).toBeDefined();
    expect(JSON.stringify(item)).not.toContain(hashed.id);
    expect(await rawItem({ pk: `SESSION#${hashed.id}`, sk: 'SESSION' })).toBeUndefined();
    // Looking it up by the hash (what a table reader has) finds nothing: only the id opens it.
    expect(await admin.getSession(digest, new Date(at(1)))).toBeUndefined();
    expect(await admin.getSession(hashed.id, new Date(at(1)))).toEqual(hashed);
  });

  it('ends a session, and ending an unknown one is fine', async () => {
    const other = { ...session, id: 'c2Vzc2lvbi10d28' };
    await admin.createSession(other);

    await admin.endSession(other.id);
    await admin.endSession(other.id);

    expect(await admin.getSession(other.id, new Date(at(1)))).toBeUndefined();
  });

  it('never takes over an existing session', async () => {
    const taken = { ...session, id: 'c2Vzc2lvbi10aHJlZQ' };
    await admin.createSession(taken);

    await expect(admin.createSession({ ...taken, email: `mallory@${domain}` })).rejects.toThrow(/exists/);
    expect((await admin.getSession(taken.id, new Date(at(1))))?.email).toBe(`anna@${domain}`);
  });
});
