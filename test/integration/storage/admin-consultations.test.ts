import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  type AdminChange,
  type AdminConsultationEntry,
  type ConsultationDraft,
  createAdminRepository,
  createRepository,
  DraftChangedError,
  draftVersionOf,
  PublishConflictError,
} from '../../../shared/storage/index.ts';
import { aConsultation } from '../../support/consultation-factory.ts';
import { localDynamoClient } from '../../support/local-aws.ts';

const client = localDynamoClient();
const tableName = inject('tableName');
const admin = createAdminRepository({ client, tableName });
const repository = createRepository({ client, tableName });
afterAll(() => client.destroy());

const actor = 'editor@admin-consultations.example';
const at = (minute: number) => new Date(Date.UTC(2026, 5, 15, 10, minute)).toISOString();
const change = (
  consultationId: string,
  action: AdminChange['action'],
  summary: string,
  minute = 0,
): AdminChange => ({
  scope: { kind: 'consultation', consultationId },
  actor,
  action,
  summary,
  at: at(minute),
});

function anEntry(id: string, overrides: Partial<AdminConsultationEntry> = {}): AdminConsultationEntry {
  return {
    consultationId: id,
    department: 'integration',
    createdAt: at(0),
    createdBy: actor,
    slug: id,
    title: { de: `Titel ${id}` },
    defaultLanguage: 'de',
    ...overrides,
  };
}

function aDraft(id: string, definition: Record<string, unknown> = {}, minute = 0): ConsultationDraft {
  return {
    consultationId: id,
    definition: { id, slug: id, title: { de: `Titel ${id}` }, defaultLanguage: 'de', ...definition },
    revision: 1,
    updatedAt: at(minute),
    updatedBy: actor,
  };
}

/** Creates a consultation with its first draft; fails the test otherwise. */
async function created(id: string, entry: Partial<AdminConsultationEntry> = {}) {
  const outcome = await admin.createConsultation(
    anEntry(id, entry),
    aDraft(id),
    change(id, 'created', 'Created'),
  );
  expect(outcome).toBe('created');
}

/** Every summary in a consultation's change log, newest first. */
async function logOf(consultationId: string): Promise<string[]> {
  const page = await admin.listChanges({ kind: 'consultation', consultationId }, { limit: 100 });
  if ('kind' in page) throw new Error('bad cursor');
  return page.changes.map((c) => c.summary);
}

describe('creating a consultation', () => {
  it('stores the entry and the first draft with its change', async () => {
    await created('adm-create');

    const read = await admin.getAdminConsultation('adm-create');

    // The entry keeps the key of its creation record: this incarnation's log starts there.
    expect(read.entry).toEqual({
      ...anEntry('adm-create'),
      draftRevision: 1,
      changeLogFrom: expect.stringMatching(/^2026-06-15T10:00:00\.000Z#[0-9A-HJKMNP-TV-Z]{26}$/),
    });
    expect(read.draft).toEqual(aDraft('adm-create'));
    expect(read.published).toBeUndefined();
    expect(await logOf('adm-create')).toEqual(['Created']);
    const fromCreation = await admin.listChanges(
      { kind: 'consultation', consultationId: 'adm-create' },
      { limit: 100, from: read.entry?.changeLogFrom },
    );
    expect('kind' in fromCreation ? [] : fromCreation.changes.map((c) => c.summary)).toEqual(['Created']);
  });

  it('lists a log from a sort key on, pages within it, and refuses a cursor from before it', async () => {
    // Prepare: records before `from` (the creation, 'one') and after it.
    const consultationId = 'adm-log-from';
    const scope = { kind: 'consultation', consultationId } as const;
    const record = (summary: string, minute: number) =>
      admin.setDepartment(consultationId, undefined, {
        ...change(consultationId, 'departmentChanged', summary),
        at: `2026-06-15T11:${String(minute).padStart(2, '0')}:00.000Z`,
      });
    await created(consultationId);
    const whole = await admin.listChanges(scope, { limit: 100 });
    if ('kind' in whole) throw new Error('bad cursor');
    const from = `2026-06-15T11:02:00.000Z#${'0'.repeat(26)}`;
    for (const [i, summary] of ['one', 'two', 'three', 'four'].entries()) await record(summary, i + 1);
    // Act
    const first = await admin.listChanges(scope, { limit: 2, from });
    if ('kind' in first) throw new Error('bad cursor');
    const second = await admin.listChanges(scope, { limit: 2, from, cursor: first.cursor });
    // A cursor of the whole log whose last record ('one') is older than `from`.
    const oldCursor = (await admin.listChanges(scope, { limit: 4 })) as { cursor?: string };
    const stale = await admin.listChanges(scope, { limit: 2, from, cursor: oldCursor.cursor });
    // Assess
    expect(whole.changes.map((c) => c.summary)).toEqual(['Created']);
    expect(first.changes.map((c) => c.summary)).toEqual(['four', 'three']);
    expect('kind' in second ? second : second.changes.map((c) => c.summary)).toEqual(['two']);
    expect(oldCursor.cursor).toEqual(expect.any(String));
    expect('kind' in second ? undefined : second.cursor).toBeUndefined();
    expect(stale).toEqual({ kind: 'badCursor' });
  });

  it('refuses an id that exists, and records nothing for the refusal', async () => {
    await created('adm-twice');

    const again = await admin.createConsultation(
      anEntry('adm-twice'),
      aDraft('adm-twice'),
      change('adm-twice', 'created', 'Created again'),
    );

    expect(again).toBe('exists');
    expect(await logOf('adm-twice')).toEqual(['Created']);
  });

  it('refuses the id of a consultation published from forms/ only', async () => {
    await repository.publishDefinition(aConsultation('adm-from-forms'));

    const outcome = await admin.createConsultation(
      anEntry('adm-from-forms', { slug: 'adm-from-forms-new' }),
      aDraft('adm-from-forms'),
      change('adm-from-forms', 'created', 'Created'),
    );

    expect(outcome).toBe('exists');
    expect((await admin.getAdminConsultation('adm-from-forms')).entry).toBeUndefined();
    expect(await logOf('adm-from-forms')).toEqual([]);
  });

  it("refuses a slug another consultation is published under, but not one's own", async () => {
    await repository.publishDefinition(aConsultation('adm-slug-owner', { slug: 'adm-contested' }));

    const outcome = await admin.createConsultation(
      anEntry('adm-slug-intruder', { slug: 'adm-contested' }),
      aDraft('adm-slug-intruder'),
      change('adm-slug-intruder', 'created', 'Created'),
    );

    expect(outcome).toBe('slugTaken');
    expect(await admin.getAdminConsultation('adm-slug-intruder')).toEqual({});
    expect(await logOf('adm-slug-intruder')).toEqual([]);
  });
});

describe('saving drafts', () => {
  it('saves revision after revision and copies the list fields into the entry', async () => {
    await created('adm-save');

    const second = await admin.saveDraft(
      aDraft('adm-save', { title: { de: 'Neu', en: 'New' }, opens: '2026-07-01T00:00:00+02:00' }, 1),
      1,
      change('adm-save', 'edited', 'Texts: changed title (de, en)', 1),
    );
    const third = await admin.saveDraft(
      aDraft('adm-save', { slug: 'adm-save-moved', defaultLanguage: 'en' }, 2),
      2,
      change('adm-save', 'edited', 'Settings: changed slug', 2),
    );

    expect([second, third]).toEqual(['saved', 'saved']);
    const read = await admin.getAdminConsultation('adm-save');
    expect(read.draft?.revision).toBe(3);
    expect(read.draft?.definition.slug).toBe('adm-save-moved');
    expect(read.entry).toMatchObject({
      slug: 'adm-save-moved',
      defaultLanguage: 'en',
      draftRevision: 3,
      department: 'integration',
      createdBy: actor,
      createdAt: at(0),
    });
    // The opening date went with the second save's draft: the third has none.
    expect(read.entry?.opens).toBeUndefined();
    expect(await logOf('adm-save')).toEqual([
      'Settings: changed slug',
      'Texts: changed title (de, en)',
      'Created',
    ]);
  });

  it('refuses a save on a stale revision and keeps the newer draft and log', async () => {
    await created('adm-stale');
    await admin.saveDraft(aDraft('adm-stale', { intro: 'first' }), 1, change('adm-stale', 'edited', 'First'));

    const stale = await admin.saveDraft(
      aDraft('adm-stale', { intro: 'second' }),
      1,
      change('adm-stale', 'edited', 'Second'),
    );

    expect(stale).toBe('conflict');
    expect((await admin.getAdminConsultation('adm-stale')).draft?.definition.intro).toBe('first');
    expect(await logOf('adm-stale')).toEqual(['First', 'Created']);
  });

  it('keeps an invalid draft as it was written, keeping the last valid default language', async () => {
    await created('adm-invalid');
    const odd = {
      fields: [{ type: 'radio', options: [] }],
      defaultLanguage: 'xx',
      title: 'not localized',
      nested: { deep: [[[{}]]] },
    };

    await admin.saveDraft(aDraft('adm-invalid', odd), 1, change('adm-invalid', 'edited', 'Odd'));

    const read = await admin.getAdminConsultation('adm-invalid');
    expect(read.draft?.definition).toEqual({ id: 'adm-invalid', slug: 'adm-invalid', ...odd });
    expect(read.entry).toMatchObject({ defaultLanguage: 'de', title: {} });
  });

  it('keeps on the entry the version the draft would publish as, and none while it is invalid', async () => {
    // Prepare: a valid first draft, published as it is.
    const valid = aConsultation('adm-draft-version');
    const outcome = await admin.createConsultation(
      anEntry('adm-draft-version'),
      { ...aDraft('adm-draft-version'), definition: { ...valid } },
      change('adm-draft-version', 'created', 'Created'),
    );
    const published = await admin.publishWithChange(valid, change('adm-draft-version', 'published', 'v1'));
    const versionOf = async () => (await admin.getAdminConsultation('adm-draft-version')).entry?.draftVersion;
    const rowOf = async () =>
      (await admin.listAdminConsultations()).find((r) => r.consultationId === 'adm-draft-version');

    // Act
    const atCreate = await versionOf();
    const rowAtCreate = await rowOf();
    const changed = { ...valid, intro: { de: 'Anders', en: 'Different' } };
    await admin.saveDraft(
      { ...aDraft('adm-draft-version'), definition: changed },
      1,
      change('adm-draft-version', 'edited', 'Intro'),
    );
    const afterChange = await versionOf();
    await admin.saveDraft(
      { ...aDraft('adm-draft-version'), definition: { ...changed, retentionDays: 'many' } },
      2,
      change('adm-draft-version', 'edited', 'Broken'),
    );
    const whileInvalid = await rowOf();

    // Assess
    expect(outcome).toBe('created');
    expect(atCreate).toBe(published.version);
    expect(rowAtCreate).toMatchObject({
      draftVersion: published.version,
      published: { version: published.version, slug: valid.slug, opens: valid.opens, closes: valid.closes },
    });
    expect(afterChange).toBe(draftVersionOf(changed));
    expect(afterChange).not.toBe(published.version);
    expect(whileInvalid?.hasDraft).toBe(true);
    expect(whileInvalid?.draftVersion).toBeUndefined();
  });

  it('starts the entry and draft of a consultation published from forms/ only', async () => {
    const published = aConsultation('adm-forms-edit');
    await repository.publishDefinition(published);

    const edited = { ...published, intro: { de: 'Neu', en: 'New' } };
    const outcome = await admin.saveDraft(
      { ...aDraft('adm-forms-edit'), definition: edited },
      0,
      change('adm-forms-edit', 'edited', 'Texts: changed intro'),
    );
    const again = await admin.saveDraft(
      aDraft('adm-forms-edit'),
      0,
      change('adm-forms-edit', 'edited', 'Again'),
    );

    expect([outcome, again]).toEqual(['saved', 'conflict']);
    const read = await admin.getAdminConsultation('adm-forms-edit');
    expect(read.entry).toEqual({
      consultationId: 'adm-forms-edit',
      createdAt: at(0),
      createdBy: actor,
      slug: 'adm-forms-edit',
      title: published.title,
      defaultLanguage: 'de',
      opens: published.opens,
      closes: published.closes,
      draftRevision: 1,
      draftVersion: draftVersionOf(edited),
    });
    expect(read.draft?.revision).toBe(1);
    expect(read.published?.definition).toEqual(published);
  });

  it('does not bring a consultation into being from revision 0', async () => {
    const outcome = await admin.saveDraft(
      aDraft('adm-nowhere'),
      0,
      change('adm-nowhere', 'edited', 'Out of thin air'),
    );

    expect(outcome).toBe('conflict');
    expect(await admin.getAdminConsultation('adm-nowhere')).toEqual({});
    expect(await logOf('adm-nowhere')).toEqual([]);
  });
});

describe('publishing, closing and reopening', () => {
  it('publishes with a change naming the version, and records nothing when nothing changed', async () => {
    const definition = aConsultation('adm-publish');

    const published = await admin.publishWithChange(
      definition,
      change('adm-publish', 'published', 'Published', 1),
    );
    const same = await admin.publishWithChange(
      definition,
      change('adm-publish', 'published', 'Published again', 2),
    );

    expect(same).toEqual(published);
    const page = await admin.listChanges(
      { kind: 'consultation', consultationId: 'adm-publish' },
      { limit: 10 },
    );
    expect(page).toEqual({
      changes: [{ ...change('adm-publish', 'published', 'Published', 1), version: published.version }],
    });
    expect(await repository.findPublishedBySlug('adm-publish')).toEqual(published);
  });

  it('refuses a slug of another consultation like publishDefinition, and records nothing', async () => {
    await repository.publishDefinition(aConsultation('adm-pub-owner', { slug: 'adm-pub-contested' }));

    await expect(
      admin.publishWithChange(
        aConsultation('adm-pub-intruder', { slug: 'adm-pub-contested' }),
        change('adm-pub-intruder', 'published', 'Published'),
      ),
    ).rejects.toBeInstanceOf(PublishConflictError);
    expect(await logOf('adm-pub-intruder')).toEqual([]);
  });

  it('publishes from a draft revision no longer current nothing, records nothing and throws DraftChangedError', async () => {
    // Prepare: revision 1 published as v1, then revision 2 saved by someone else
    const id = 'adm-pub-draft-moved';
    await created(id);
    await admin.publishWithChange(aConsultation(id), change(id, 'published', 'v1', 1), {
      draftRevision: 1,
    });
    await admin.saveDraft(aDraft(id, { intro: 'second' }), 1, change(id, 'edited', 'Saved', 2));
    const before = await admin.getAdminConsultation(id);
    // Act: a publish of what revision 1 showed, another text than v1
    const stale = admin.publishWithChange(
      aConsultation(id, { retentionDays: 60 }),
      change(id, 'published', 'v2 from revision 1', 3),
      { draftRevision: 1 },
    );
    // Assess
    await expect(stale).rejects.toBeInstanceOf(DraftChangedError);
    await expect(stale).rejects.toBeInstanceOf(PublishConflictError);
    await expect(stale).rejects.toMatchObject({ name: 'DraftChangedError', cause: expect.anything() });
    expect(await admin.getAdminConsultation(id)).toEqual(before);
    expect(await admin.listVersions(id)).toHaveLength(1);
    expect((await repository.findPublishedBySlug(id))?.definition.retentionDays).not.toBe(60);
    expect(await logOf(id)).toEqual(['Saved', 'v1', 'Created']);
  });

  it('publishes as before with the current draft revision, and refuses one never published the same way', async () => {
    const id = 'adm-pub-draft-current';
    await created(id);
    await admin.saveDraft(aDraft(id, { intro: 'second' }), 1, change(id, 'edited', 'Saved', 1));

    await expect(
      admin.publishWithChange(aConsultation(id), change(id, 'published', 'stale', 2), { draftRevision: 1 }),
    ).rejects.toBeInstanceOf(DraftChangedError);
    expect(await admin.listVersions(id)).toEqual([]);
    expect(await repository.findPublishedBySlug(id)).toBeUndefined();
    const published = await admin.publishWithChange(aConsultation(id), change(id, 'published', 'v1', 3), {
      draftRevision: 2,
    });

    expect(await repository.findPublishedBySlug(id)).toEqual(published);
    expect(await admin.listVersions(id)).toHaveLength(1);
    expect(await logOf(id)).toEqual(['v1', 'Saved', 'Created']);
  });

  it('closes by hand on every published copy and keeps it closed across a republish until reopened', async () => {
    // Prepare
    await admin.publishWithChange(
      aConsultation('adm-close', { slug: 'adm-close-old' }),
      change('adm-close', 'published', 'v1', 1),
    );
    // Act
    const closed = await admin.setClosed('adm-close', at(2), change('adm-close', 'closed', 'Closed', 2));
    const republished = await admin.publishWithChange(
      aConsultation('adm-close', { slug: 'adm-close-new', retentionDays: 60 }),
      change('adm-close', 'published', 'v2', 3),
    );
    const whileClosed = {
      alias: await repository.findPublishedBySlug('adm-close-new'),
      summary: (await repository.listConsultations()).find((c) => c.id === 'adm-close'),
      state: (await admin.getAdminConsultation('adm-close')).published,
      row: (await admin.listAdminConsultations()).find((r) => r.consultationId === 'adm-close'),
    };
    // The publish via forms/ keeps it closed too.
    await repository.publishDefinition(
      aConsultation('adm-close', { slug: 'adm-close-new', retentionDays: 90 }),
    );
    const afterFormsPublish = await repository.findPublishedBySlug('adm-close-new');
    const reopened = await admin.setClosed(
      'adm-close',
      undefined,
      change('adm-close', 'reopened', 'Reopened', 4),
    );
    // Assess
    expect(closed).toBe('done');
    expect(republished.closedAt).toBe(at(2));
    expect(whileClosed.alias?.closedAt).toBe(at(2));
    expect(whileClosed.alias?.definition.retentionDays).toBe(60);
    expect(whileClosed.summary?.closedAt).toBe(at(2));
    expect(whileClosed.state).toMatchObject({ slug: 'adm-close-new', closedAt: at(2) });
    expect(whileClosed.row?.published?.closedAt).toBe(at(2));
    expect(afterFormsPublish?.closedAt).toBe(at(2));
    expect(reopened).toBe('done');
    expect((await repository.findPublishedBySlug('adm-close-new'))?.closedAt).toBeUndefined();
    expect(
      (await repository.listConsultations()).find((c) => c.id === 'adm-close')?.closedAt,
    ).toBeUndefined();
    expect((await admin.getAdminConsultation('adm-close')).published?.closedAt).toBeUndefined();
    expect(await logOf('adm-close')).toEqual(['Reopened', 'v2', 'Closed', 'v1']);
  });

  it('closes only once: a second close records nothing and keeps the first closedAt; so does a second reopen', async () => {
    // Prepare
    const id = 'adm-close-twice';
    await admin.publishWithChange(aConsultation(id), change(id, 'published', 'v1', 1));
    const closedAtNow = async () => ({
      alias: (await repository.findPublishedBySlug(id))?.closedAt,
      summary: (await repository.listConsultations()).find((c) => c.id === id)?.closedAt,
      state: (await admin.getAdminConsultation(id)).published?.closedAt,
    });
    // Act: a double click on "Close", then on "Reopen"
    const first = await admin.setClosed(id, at(2), change(id, 'closed', 'Closed', 2));
    const second = await admin.setClosed(id, at(3), change(id, 'closed', 'Closed again', 3));
    const whileClosed = await closedAtNow();
    const reopened = await admin.setClosed(id, undefined, change(id, 'reopened', 'Reopened', 4));
    const reopenedAgain = await admin.setClosed(id, undefined, change(id, 'reopened', 'Reopened again', 5));
    // Assess
    expect([first, second, reopened, reopenedAgain]).toEqual(['done', 'unchanged', 'done', 'unchanged']);
    expect(whileClosed).toEqual({ alias: at(2), summary: at(2), state: at(2) });
    expect(await closedAtNow()).toEqual({ alias: undefined, summary: undefined, state: undefined });
    expect(await logOf(id)).toEqual(['Reopened', 'Closed', 'v1']);
  });

  it('reopening one that is open records nothing', async () => {
    const id = 'adm-reopen-open';
    await admin.publishWithChange(aConsultation(id), change(id, 'published', 'v1', 1));

    const outcome = await admin.setClosed(id, undefined, change(id, 'reopened', 'Reopened', 2));

    expect(outcome).toBe('unchanged');
    expect(await logOf(id)).toEqual(['v1']);
  });

  it('lets one of two racing closes (two tabs) through: one change record, its closedAt', async () => {
    // Prepare
    const id = 'adm-close-race';
    await admin.publishWithChange(aConsultation(id), change(id, 'published', 'v1', 1));
    // Act: both read the consultation open, then both write
    const outcomes = await Promise.all([
      admin.setClosed(id, at(2), change(id, 'closed', 'Closed in tab 1', 2)),
      admin.setClosed(id, at(3), change(id, 'closed', 'Closed in tab 2', 3)),
    ]);
    // Assess
    expect([...outcomes].sort()).toEqual(['done', 'unchanged']);
    const winner = outcomes[0] === 'done' ? 0 : 1;
    expect((await admin.getAdminConsultation(id)).published?.closedAt).toBe(at(2 + winner));
    expect(await logOf(id)).toEqual([`Closed in tab ${winner + 1}`, 'v1']);
  });

  it('answers notPublished for a draft that was never published, and records nothing', async () => {
    await created('adm-close-draft');

    expect(
      await admin.setClosed('adm-close-draft', at(1), change('adm-close-draft', 'closed', 'Closed')),
    ).toBe('notPublished');
    expect(await logOf('adm-close-draft')).toEqual(['Created']);
  });

  it('lists published versions newest first', async () => {
    const first = await admin.publishWithChange(
      aConsultation('adm-versions'),
      change('adm-versions', 'published', 'v1'),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await admin.publishWithChange(
      aConsultation('adm-versions', { retentionDays: 45 }),
      change('adm-versions', 'published', 'v2'),
    );

    const versions = await admin.listVersions('adm-versions');

    expect(versions.map((v) => v.version)).toEqual([second.version, first.version]);
    expect(versions.every((v) => !Number.isNaN(Date.parse(v.publishedAt)))).toBe(true);
    expect(await admin.listVersions('adm-no-versions')).toEqual([]);
  });
});

describe('departments and the admin list', () => {
  it('moves a consultation to another department, and gives one from forms/ its entry', async () => {
    await created('adm-dept');
    await repository.publishDefinition(aConsultation('adm-dept-forms'));

    await admin.setDepartment(
      'adm-dept',
      'participation',
      change('adm-dept', 'departmentChanged', 'To participation'),
    );
    await admin.setDepartment(
      'adm-dept-forms',
      'integration',
      change('adm-dept-forms', 'departmentChanged', 'To integration'),
    );
    await admin.setDepartment(
      'adm-dept',
      undefined,
      change('adm-dept', 'departmentChanged', 'To admins only'),
    );

    expect((await admin.getAdminConsultation('adm-dept')).entry?.department).toBeUndefined();
    expect((await admin.getAdminConsultation('adm-dept-forms')).entry).toMatchObject({
      department: 'integration',
      slug: 'adm-dept-forms',
      createdBy: actor,
    });
    expect((await admin.getAdminConsultation('adm-dept-forms')).entry?.draftRevision).toBeUndefined();
    expect(await logOf('adm-dept')).toEqual(['To admins only', 'To participation', 'Created']);
  });

  it('merges admin entries with the catalogue, by id', async () => {
    await created('adm-list-draft', { department: 'integration' });
    await repository.publishDefinition(aConsultation('adm-list-forms'));
    await created('adm-list-both', { department: 'sport' });
    await admin.publishWithChange(
      aConsultation('adm-list-both'),
      change('adm-list-both', 'published', 'Published'),
    );
    await admin.saveDraft(
      aDraft('adm-list-both', { title: { de: 'Entwurfstitel' } }),
      1,
      change('adm-list-both', 'edited', 'Title'),
    );

    const rows = (await admin.listAdminConsultations()).filter((r) =>
      r.consultationId.startsWith('adm-list-'),
    );

    expect(rows.map((r) => r.consultationId)).toEqual(['adm-list-both', 'adm-list-draft', 'adm-list-forms']);
    const [both, draft, forms] = rows;
    expect(both).toMatchObject({ department: 'sport', title: { de: 'Entwurfstitel' }, hasDraft: true });
    expect(both?.published?.version).toMatch(/^[0-9a-f]{12}$/);
    expect(draft).toMatchObject({ department: 'integration', hasDraft: true, published: undefined });
    expect(forms?.department).toBeUndefined();
    expect(forms).toMatchObject({
      title: { de: 'Wir sind Hannover', en: 'We are Hanover' },
      opens: '2026-01-01T00:00:00+01:00',
      hasDraft: false,
    });
  });
});
