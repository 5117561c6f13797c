import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  type AdminChange,
  type ConsultationDraft,
  createAdminRepository,
  draftVersionOf,
} from '../../../shared/storage/index.ts';
import { aConsultation } from '../../support/consultation-factory.ts';
import { localDynamoClient } from '../../support/local-aws.ts';

const client = localDynamoClient();
const tableName = inject('tableName');
const admin = createAdminRepository({ client, tableName });
afterAll(() => client.destroy());

const actor = 'editor@admin-discard.example';
const at = (minute: number) => new Date(Date.UTC(2026, 5, 16, 10, minute)).toISOString();
const change = (consultationId: string, action: AdminChange['action'], minute = 0): AdminChange => ({
  scope: { kind: 'consultation', consultationId },
  actor,
  action,
  summary: `Test: ${action}`,
  at: at(minute),
});

function aDraft(id: string, revision = 1, title = `Titel ${id}`): ConsultationDraft {
  const definition = aConsultation(id, { title: { de: title, en: title } });
  return { consultationId: id, definition: { ...definition }, revision, updatedAt: at(0), updatedBy: actor };
}

async function created(id: string) {
  const draft = aDraft(id);
  const outcome = await admin.createConsultation(
    {
      consultationId: id,
      department: 'integration',
      createdAt: at(0),
      createdBy: actor,
      slug: id,
      title: { de: `Titel ${id}` },
      defaultLanguage: 'de',
    },
    draft,
    change(id, 'created'),
  );
  expect(outcome).toBe('created');
  return draft;
}

async function logOf(consultationId: string) {
  const page = await admin.listChanges({ kind: 'consultation', consultationId }, { limit: 100 });
  if ('kind' in page) throw new Error('bad cursor');
  return page.changes.map((c) => c.action);
}

describe('discardDraft', () => {
  it('deletes the entry and the draft of a consultation never published, with its change; the log stays', async () => {
    await created('disc-never');

    const outcome = await admin.discardDraft('disc-never', 1, change('disc-never', 'discarded', 1));

    expect(outcome).toBe('deleted');
    expect(await admin.getAdminConsultation('disc-never')).toEqual({});
    expect((await admin.listAdminConsultations()).map((row) => row.consultationId)).not.toContain(
      'disc-never',
    );
    expect(await logOf('disc-never')).toEqual(['discarded', 'created']);
  });

  it('is a conflict when the draft moved on (or is gone): nothing written, nothing recorded', async () => {
    await created('disc-stale');
    expect(await admin.saveDraft(aDraft('disc-stale', 2, 'Neu'), 1, change('disc-stale', 'edited', 1))).toBe(
      'saved',
    );

    const stale = await admin.discardDraft('disc-stale', 1, change('disc-stale', 'discarded', 2));
    const gone = await admin.discardDraft('disc-missing', 1, change('disc-missing', 'discarded', 2));

    expect(stale).toBe('conflict');
    expect(gone).toBe('conflict');
    const after = await admin.getAdminConsultation('disc-stale');
    expect(after.draft?.revision).toBe(2);
    expect(after.entry?.draftRevision).toBe(2);
    expect(await logOf('disc-stale')).toEqual(['edited', 'created']);
    expect(await logOf('disc-missing')).toEqual([]);
  });

  it('answers published for a published consultation and writes nothing', async () => {
    const draft = await created('disc-published');
    const title = { de: 'Titel disc-published', en: 'Titel disc-published' };
    await admin.publishWithChange(
      aConsultation('disc-published', { title }),
      change('disc-published', 'published', 1),
    );
    const before = await admin.getAdminConsultation('disc-published');

    const outcome = await admin.discardDraft('disc-published', 1, change('disc-published', 'discarded', 2));

    expect(outcome).toBe('published');
    expect(await admin.getAdminConsultation('disc-published')).toEqual(before);
    expect(await logOf('disc-published')).toEqual(['published', 'created']);
    expect(before.entry?.draftVersion).toBe(draftVersionOf(draft.definition));
  });

  it('refuses a revision below 1 and a change of another log, writing nothing', async () => {
    await created('disc-args');

    await expect(admin.discardDraft('disc-args', 0, change('disc-args', 'discarded'))).rejects.toThrow(
      RangeError,
    );
    await expect(admin.discardDraft('disc-args', 1, change('disc-other', 'discarded'))).rejects.toThrow();
    expect((await admin.getAdminConsultation('disc-args')).draft?.revision).toBe(1);
  });
});
