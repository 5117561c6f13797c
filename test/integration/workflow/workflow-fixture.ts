import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { inject } from 'vitest';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { createDefinitionCache, createRepository, submissionKey } from '../../../shared/storage/index.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { WHILE_OPEN } from '../../support/consultation-factory.ts';
import { participationKeyring, signedFormIdFor } from '../../support/form-ids.ts';
import { localDynamoClient } from '../../support/local-aws.ts';

/** A repository over the integration table, and helpers to submit into a workflow and look at the raw items. */
export function workflowFixture() {
  const client = localDynamoClient();
  const TableName = inject('tableName');
  const repository = createRepository({ client, tableName: TableName });
  const definitions = createDefinitionCache(repository, { ttlSeconds: 60 });
  let tick = 0;

  /** Submits a valid form (with an email address unless `email` is '') and returns the stored submission. */
  async function submit(definition: Consultation, email = 'amira@example.org'): Promise<Submission> {
    const now = new Date(WHILE_OPEN.getTime() + ++tick);
    const _sid = await signedFormIdFor(definitions, definition.slug, now);
    const body = { _sid, name_choice: 'zusammen', email, full_name: 'Amira Yılmaz' };
    const outcome = await submitAnswers(
      { repository, definitions, participationKeyring, now: () => now },
      { slug: definition.slug, body },
    );
    if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
    return outcome.submission;
  }

  /** Every raw item of a submission's sort-key range, in key order (consistent read). */
  async function itemsOf(consultationId: string, submissionId: string): Promise<Record<string, unknown>[]> {
    const { pk, sk } = submissionKey(consultationId, submissionId);
    const { Items } = await client.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
        ExpressionAttributeValues: marshall({ ':pk': pk, ':sk': sk }),
        ConsistentRead: true,
      }),
    );
    return (Items ?? []).map((item) => unmarshall(item));
  }

  const ofKind = (items: Record<string, unknown>[], kind: string) => items.filter((i) => i.kind === kind);

  return { client, TableName, repository, definitions, submit, itemsOf, ofKind };
}
