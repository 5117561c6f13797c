import { afterAll, describe, expect, inject, it } from 'vitest';
import { publishForms } from '../../../functions/publish-forms/publish.ts';
import {
  MANAGED_IN_THE_ADMIN,
  publishDefinitions,
} from '../../../functions/publish-forms/publish-definitions.ts';
import { PUBLISHER_PROPERTIES } from '../../../infra/constructs/form-publisher.ts';
import { formsForDeployment } from '../../../infra/stacks/forms-source.ts';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { type AdminChange, createAdminRepository, createRepository } from '../../../shared/storage/index.ts';
import { createSiteSettingsStore } from '../../../shared/storage/site-settings.ts';
import { aConsultation } from '../../support/consultation-factory.ts';
import { countSends, localDynamoClient } from '../../support/local-aws.ts';

const client = localDynamoClient();
const tableName = inject('tableName');
const repository = createRepository({ client, tableName });
const admin = createAdminRepository({ client, tableName });
afterAll(() => client.destroy());

const actor = 'editor@publish-forms.example';
const change = (consultationId: string, action: AdminChange['action'], summary: string): AdminChange => ({
  scope: { kind: 'consultation', consultationId },
  actor,
  action,
  summary,
  at: '2026-06-15T10:00:00.000Z',
});

/** Runs the deploy-time publisher (the custom resource's Update) on these files; returns its log line. */
async function deploy(files: Consultation[]): Promise<{ published: string[]; skipped: unknown[] }> {
  const forms = formsForDeployment(files);
  const lines: string[] = [];
  await publishForms(
    {
      repository,
      admin,
      siteSettings: createSiteSettingsStore({ client, tableName }),
      log: (line) => lines.push(line),
    },
    {
      RequestType: 'Update',
      ResourceProperties: {
        [PUBLISHER_PROPERTIES.definitions]: forms.json,
        [PUBLISHER_PROPERTIES.contentHash]: forms.contentHash,
      },
    },
  );
  return JSON.parse(lines[0] ?? '');
}

async function logOf(consultationId: string): Promise<string[]> {
  const page = await admin.listChanges({ kind: 'consultation', consultationId }, { limit: 100 });
  if ('kind' in page) throw new Error('bad cursor');
  return page.changes.map((c) => c.summary);
}

describe('the form publisher and the admin', () => {
  it('leaves a consultation published from the admin as staff published it, and says so', async () => {
    // Prepare: the file is published, then edited and published again in the admin.
    const file = aConsultation('pf-managed');
    await deploy([file]);
    const edited = { ...file, intro: { de: 'Von der Redaktion', en: 'From the editors' } };
    const saved = await admin.saveDraft(
      {
        consultationId: file.id,
        definition: edited,
        revision: 1,
        updatedAt: '2026-06-15T10:00:00.000Z',
        updatedBy: actor,
      },
      0,
      change(file.id, 'edited', 'Texts: changed intro'),
    );
    expect(saved).toBe('saved');
    const fromAdmin = await admin.publishWithChange(edited, change(file.id, 'published', 'Published'));

    // Act: the next deployment carries the unchanged file.
    const line = await deploy([file]);

    // Assess
    expect(line.skipped).toEqual([{ id: file.id, reason: MANAGED_IN_THE_ADMIN }]);
    expect(line.published).toEqual([]);
    const read = await admin.getAdminConsultation(file.id);
    expect(read.published?.currentVersion).toBe(fromAdmin.version);
    expect(read.published?.definition).toEqual(edited);
    expect((await repository.findPublishedBySlug(file.slug))?.version).toBe(fromAdmin.version);
    expect(await logOf(file.id)).toEqual(['Published', 'Texts: changed intro']);
  });

  it('skips a consultation staff only moved to a department', async () => {
    const file = aConsultation('pf-moved');
    const first = await deploy([file]);
    await admin.setDepartment(file.id, 'integration', change(file.id, 'departmentChanged', 'Moved'));

    const line = await deploy([{ ...file, intro: { de: 'Geändert', en: 'Changed' } }]);

    expect(line.skipped).toEqual([{ id: file.id, reason: MANAGED_IN_THE_ADMIN }]);
    expect((await repository.findPublishedBySlug(file.slug))?.version).toBe(
      first.published[0]?.split('@')[1],
    );
  });

  it('still publishes and updates consultations without an admin entry', async () => {
    const file = aConsultation('pf-file-only');
    const managed = aConsultation('pf-file-managed');
    await deploy([file, managed]);
    await admin.setDepartment(managed.id, undefined, change(managed.id, 'departmentChanged', 'Taken over'));
    const changed = { ...file, intro: { de: 'Neue Einleitung', en: 'New intro' } };

    const line = await deploy([changed, managed]);

    const current = await repository.findPublishedBySlug(file.slug);
    expect(current?.definition).toEqual(changed);
    expect(line.published).toEqual([`${file.id}@${current?.version}`]);
    expect(line.skipped).toEqual([{ id: managed.id, reason: MANAGED_IN_THE_ADMIN }]);
    expect((await admin.getAdminConsultation(file.id)).entry).toBeUndefined();
  });

  it("reads the admin entry with GetItem only, within the publisher's 'publish' grant", async () => {
    const file = aConsultation('pf-grant');
    await deploy([file]);
    await admin.setDepartment(file.id, undefined, change(file.id, 'departmentChanged', 'Taken over'));
    const counted = localDynamoClient();
    const sends = countSends(counted);
    try {
      const result = await publishDefinitions(
        {
          repository: createRepository({ client: counted, tableName }),
          admin: createAdminRepository({ client: counted, tableName }),
        },
        [file],
      );

      expect(result.skipped).toEqual([{ id: file.id, reason: MANAGED_IN_THE_ADMIN }]);
      expect(sends.total()).toBeGreaterThan(0);
      expect(sends.of('GetItemCommand')).toBe(sends.total());
    } finally {
      counted.destroy();
    }
  });
});
