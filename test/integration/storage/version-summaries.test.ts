import { GetItemCommand, QueryCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { storedDefinitionText, versionOfDefinitionText } from '../../../shared/storage/definition-version.ts';
import { createAdminRepository, createRepository } from '../../../shared/storage/index.ts';
import { definitionVersionKey } from '../../../shared/storage/keys.ts';
import { PUBLISH_SUMMARY_ITEM, publishTransaction } from '../../../shared/storage/transactions.ts';
import { aConsultation } from '../../support/consultation-factory.ts';
import { localDynamoClient } from '../../support/local-aws.ts';

/*
 * listVersions reads the small version summaries (`VER#<publishedAt>#<version>`) the publish
 * transaction writes, never the definitions: a Query is charged for the whole items it reads,
 * whatever it projects.
 */

const client = localDynamoClient();
const TableName = inject('tableName');
const admin = createAdminRepository({ client, tableName: TableName });
const repository = createRepository({ client, tableName: TableName });
afterAll(() => client.destroy());

/** A definition of about 15 KB (a long intro), the size the review's figures assume. */
const aLargeConsultation = (id: string, retentionDays: number) =>
  aConsultation(id, {
    retentionDays,
    intro: { de: 'Ein langer Einleitungstext. '.repeat(300), en: 'A long introduction. '.repeat(300) },
  });

const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

/** The raw items of a consultation's partition under a sort-key prefix, with what reading them costs. */
async function itemsUnder(consultationId: string, prefix: string) {
  const { Items = [], ConsumedCapacity } = await client.send(
    new QueryCommand({
      TableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: marshall({ ':pk': `CONS#${consultationId}`, ':prefix': prefix }),
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  return { items: Items, units: ConsumedCapacity?.CapacityUnits ?? Number.NaN };
}

describe('version summaries', () => {
  it('lists versions newest first after three publishes, and limits to the newest', async () => {
    const id = 'ver-three';
    const first = await repository.publishDefinition(aConsultation(id, { retentionDays: 10 }));
    await tick();
    const second = await repository.publishDefinition(aConsultation(id, { retentionDays: 20 }));
    await tick();
    const third = await repository.publishDefinition(aConsultation(id, { retentionDays: 30 }));

    const versions = await admin.listVersions(id);

    expect(versions.map((v) => v.version)).toEqual([third.version, second.version, first.version]);
    const published = versions.map((v) => Date.parse(v.publishedAt));
    expect(published.every((t) => !Number.isNaN(t))).toBe(true);
    expect([...published].sort((a, b) => b - a)).toEqual(published);
    expect((await admin.listVersions(id, { limit: 2 })).map((v) => v.version)).toEqual([
      third.version,
      second.version,
    ]);
    await expect(admin.listVersions(id, { limit: 0 })).rejects.toBeInstanceOf(RangeError);
  });

  it('adds nothing for a republish of the current text, and moves a version made current again', async () => {
    const id = 'ver-republish';
    const first = await repository.publishDefinition(aConsultation(id, { retentionDays: 10 }));
    await tick();
    const second = await repository.publishDefinition(aConsultation(id, { retentionDays: 20 }));
    const before = await itemsUnder(id, 'VER#');

    // Act: the current text again (nothing to write), then the first text again (undoing a change).
    await repository.publishDefinition(aConsultation(id, { retentionDays: 20 }));
    const unchanged = await itemsUnder(id, 'VER#');
    await tick();
    await repository.publishDefinition(aConsultation(id, { retentionDays: 10 }));

    // Assess
    expect(before.items).toHaveLength(2);
    expect(unchanged.items).toEqual(before.items);
    const versions = await admin.listVersions(id);
    expect(versions.map((v) => v.version)).toEqual([first.version, second.version]);
    expect((await itemsUnder(id, 'VER#')).items).toHaveLength(2);
    // The summary's time is the DEF item's: the last time the version was made current.
    const { Item } = await client.send(
      new GetItemCommand({
        TableName,
        Key: marshall(definitionVersionKey(id, first.version)),
        ConsistentRead: true,
      }),
    );
    expect(versions[0]?.publishedAt).toBe(Item?.publishedAt?.S);
  });

  it('reads only the summaries: one Query on VER#, a fraction of what the definitions cost', async () => {
    const id = 'ver-cost';
    for (const days of [10, 20, 30, 40, 50]) {
      await admin.publishWithChange(aLargeConsultation(id, days), {
        scope: { kind: 'consultation', consultationId: id },
        actor: 'editor@ver-cost.example',
        action: 'published',
        summary: `retention ${days}`,
        at: new Date().toISOString(),
      });
      await tick();
    }
    const send = vi.spyOn(client, 'send');

    let versions: Awaited<ReturnType<typeof admin.listVersions>>;
    let commands: unknown[];
    try {
      versions = await admin.listVersions(id);
      commands = send.mock.calls.map(([command]) => command);
    } finally {
      send.mockRestore();
    }

    expect(versions).toHaveLength(5);
    const queries = commands.filter((c) => c instanceof QueryCommand);
    expect(queries).toHaveLength(commands.length);
    expect(queries).toHaveLength(1);
    const input = (queries[0] as QueryCommand).input;
    expect(input.KeyConditionExpression).toBe('pk = :pk AND begins_with(sk, :prefix)');
    expect(input.ExpressionAttributeValues?.[':prefix']).toEqual({ S: 'VER#' });
    expect(input.ScanIndexForward).toBe(false);
    // The same Query costs (eventually consistent, DynamoDB Local): the summaries 0.5 RCU, the
    // five ~16 KB definitions it used to read 10 (and 2 more per
    // further version).
    const summaries = await itemsUnder(id, 'VER#');
    const definitions = await itemsUnder(id, 'DEF#');
    const definitionBytes = storedDefinitionText(aLargeConsultation(id, 10)).length;
    expect(definitionBytes).toBeGreaterThan(14_000);
    expect(summaries.units).toBe(0.5);
    expect(definitions.units).toBe(10);
  });

  it('costs 2 write units for the summary in the publish transaction', async () => {
    const definition = aLargeConsultation('ver-write-cost', 10);
    const text = storedDefinitionText(definition);
    const version = versionOfDefinitionText(text);
    const items = publishTransaction(TableName, { definition, text, version, previous: undefined });
    const summary = items[PUBLISH_SUMMARY_ITEM];

    const { ConsumedCapacity } = await client.send(
      new TransactWriteItemsCommand({
        TransactItems: summary ? [summary] : [],
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );

    expect(summary?.Put?.Item?.sk?.S).toMatch(new RegExp(`^VER#.+#${version}$`));
    expect(ConsumedCapacity?.[0]?.CapacityUnits).toBe(2);
  });
});
