import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { toItem } from '../../shared/storage/codec.ts';
import { outboxKey } from '../../shared/storage/keys.ts';
import { OUTBOX_RETENTION_DAYS, type OutboxItem } from '../../shared/storage/outbox.ts';
import type { OutboxWriter } from '../../shared/submissions/renew-link.ts';

/**
 * PROVISIONAL: the repository has no access pattern to put one outbox item on its own (outbox items
 * are written only inside workflow transactions). This is the proposed `putOutboxItemOnce`, to be
 * moved into shared/storage/repository.ts (and documented in its README) by the storage owner; the
 * handler then passes the repository itself as the `OutboxWriter`.
 */
export function provisionalOutboxWriter(client: DynamoDBClient, TableName: string): OutboxWriter {
  return {
    async putOutboxItemOnce({ consultationId, submissionId, outboxId, effect, now }) {
      const item: OutboxItem = {
        kind: 'outbox',
        consultationId,
        submissionId,
        effect,
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + OUTBOX_RETENTION_DAYS * 86_400,
      };
      try {
        await client.send(
          new PutItemCommand({
            TableName,
            Item: toItem({ ...outboxKey(consultationId, submissionId, outboxId), ...item }),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
  };
}
