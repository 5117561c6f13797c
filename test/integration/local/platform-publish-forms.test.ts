import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { startPlatform } from '../../../infra/local/platform.ts';
import { freePort } from '../../../infra/local/services.ts';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { createAdminRepository, createRepository } from '../../../shared/storage/index.ts';
import { aConsultation } from '../../support/consultation-factory.ts';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Starts the platform on the forms, persisted in `persistDir`; runs `act` against its table, then stops. */
async function withPlatform<T>(
  persistDir: string,
  forms: Consultation[],
  act: (tables: {
    repository: ReturnType<typeof createRepository>;
    admin: ReturnType<typeof createAdminRepository>;
  }) => Promise<T>,
): Promise<{ result: T; log: string[] }> {
  const formsDir = await mkdtemp(join(tmpdir(), 'mitwirken-forms-'));
  // JSON is YAML: the files are what forms/*.yaml would say.
  for (const form of forms) await writeFile(join(formsDir, `${form.id}.yaml`), JSON.stringify(form));
  const log: string[] = [];
  const platform = await startPlatform({
    port: await freePort(),
    sesPort: await freePort(),
    dynamoPort: await freePort(),
    formsDir,
    persistDir,
    deadLetterPath: join(persistDir, 'dlq.jsonl'),
    reminderIntervalMs: 0,
    log: (line) => log.push(line),
  });
  const client = new DynamoDBClient({
    endpoint: platform.dynamoEndpoint,
    region: 'eu-central-1',
    credentials,
  });
  try {
    const tableName = platform.tableName;
    const result = await act({
      repository: createRepository({ client, tableName }),
      admin: createAdminRepository({ client, tableName }),
    });
    return { result, log };
  } finally {
    client.destroy();
    await platform.stop();
  }
}

describe('publishing forms/ on the local platform', () => {
  it('keeps what staff published in the admin across a restart, and still updates the other forms', async () => {
    const persistDir = await mkdtemp(join(tmpdir(), 'mitwirken-publish-'));
    const managed = aConsultation('local-managed');
    const fileOnly = aConsultation('local-file-only');
    const edited = { ...managed, intro: { de: 'Von der Redaktion', en: 'From the editors' } };
    const at = '2026-06-15T10:00:00.000Z';
    const actor = 'admin@example.org';
    const change = (summary: string, action: 'edited' | 'published') => ({
      scope: { kind: 'consultation' as const, consultationId: managed.id },
      actor,
      action,
      summary,
      at,
    });

    // Prepare: first start publishes both files; staff then edit and publish one in the admin.
    const first = await withPlatform(persistDir, [managed, fileOnly], async ({ admin }) => {
      const draft = {
        consultationId: managed.id,
        definition: edited,
        revision: 1,
        updatedAt: at,
        updatedBy: actor,
      };
      expect(await admin.saveDraft(draft, 0, change('Texts: changed intro', 'edited'))).toBe('saved');
      return admin.publishWithChange(edited, change('Published', 'published'));
    });
    const changedFile = { ...fileOnly, intro: { de: 'Neue Einleitung', en: 'New intro' } };

    // Act: restart with the same table and the files as before (one of them changed).
    const second = await withPlatform(persistDir, [managed, changedFile], async ({ repository }) => ({
      managed: await repository.findPublishedBySlug(managed.slug),
      fileOnly: await repository.findPublishedBySlug(fileOnly.slug),
    }));

    // Assess
    expect(first.log.filter((line) => line.includes('managed in the admin'))).toEqual([]);
    expect(second.log.filter((line) => line.includes('managed in the admin'))).toEqual([
      `Skipped forms/ consultation ${managed.id}: managed in the admin, its file is not published`,
    ]);
    expect(second.result.managed?.version).toBe(first.result.version);
    expect(second.result.managed?.definition).toEqual(edited);
    expect(second.result.fileOnly?.definition).toEqual(changedFile);
  }, 120_000);
});
