import { DeleteItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { assertScope, changeItem } from './admin-changes.ts';
import { type SignInMailItem, sessionFromItem, signInMailFromItem, staffFromItem } from './admin-codec.ts';
import type { AdminRepository } from './admin-types.ts';
import { type Item, toItem } from './codec.ts';
import { normalEmail, STAFF_PK, sessionKey, signInMailKey, staffKey } from './keys.ts';
import {
  conditionalWrite,
  conditionFailed,
  getItem,
  putNew,
  queryAll,
  setOnce,
  type TableAccess,
  writeTransaction,
} from './table-access.ts';

type StaffAndSessions = Pick<
  AdminRepository,
  | 'getStaff'
  | 'listStaff'
  | 'putStaff'
  | 'removeStaff'
  | 'queueSignInMail'
  | 'getSignInMail'
  | 'markSignInMailSent'
  | 'markSignInLinkSpent'
  | 'createSession'
  | 'getSession'
  | 'endSession'
>;

const STAFF_SCOPE = { kind: 'staff' } as const;

/** Staff records, sign-in mails and links, and sessions (README.md, "Admin items"); part of createAdminRepository. */
export function staffAndSessions(table: TableAccess): StaffAndSessions {
  const { client, TableName } = table;

  return {
    async getStaff(email) {
      // Consistent: a removed member or a changed role takes effect on the very next request.
      const item = await getItem(table, staffKey(email), true);
      return item ? staffFromItem(item) : undefined;
    },

    async listStaff() {
      const items = await queryAll(table, {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: toItem({ ':pk': STAFF_PK, ':prefix': 'STAFF#' }),
        ConsistentRead: true,
      });
      return items.map(staffFromItem);
    },

    async putStaff(record, change, expectedUpdatedAt) {
      assertScope(change, STAFF_SCOPE);
      const email = normalEmail(record.email);
      // Conditional on what the caller read, so two admins saving the same member cannot overwrite
      // each other unseen (nor record a summary "from" a role that was no longer stored).
      const condition =
        expectedUpdatedAt === undefined
          ? {}
          : expectedUpdatedAt === null
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'updatedAt = :expected',
                ExpressionAttributeValues: toItem({ ':expected': expectedUpdatedAt }),
              };
      const outcome = await writeTransaction(
        table,
        [
          {
            Put: {
              TableName,
              Item: toItem({ ...staffKey(email), kind: 'staff', ...record, email }),
              ...condition,
            },
          },
          changeItem(TableName, change),
        ],
        `Saving staff member ${email}`,
      );
      if (conditionFailed(outcome, 0)) return 'conflict';
      if (outcome.kind !== 'written') throw new Error(`Saving staff member ${email} was cancelled`);
      return 'saved';
    },

    async removeStaff(email, change) {
      assertScope(change, STAFF_SCOPE);
      const outcome = await writeTransaction(
        table,
        [
          {
            Delete: {
              TableName,
              Key: toItem({ ...staffKey(email) }),
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          changeItem(TableName, change),
        ],
        `Removing staff member ${email}`,
      );
      // No such member: the whole transaction is cancelled, so no change is recorded either.
      if (conditionFailed(outcome, 0)) return false;
      if (outcome.kind !== 'written') throw new Error(`Removing staff member ${email} was cancelled`);
      return true;
    },

    async queueSignInMail(request) {
      const email = normalEmail(request.email);
      const item: SignInMailItem = { kind: 'signInMail', ...request, email };
      return putNew(table, { ...signInMailKey(email, request.window), ...item });
    },

    async getSignInMail(email, window) {
      const item = await getItem(table, signInMailKey(email, window), true);
      return item ? signInMailFromItem(item) : undefined;
    },

    markSignInMailSent(email, window, sentAt) {
      return setOnce(table, signInMailKey(email, window), 'sentAt', sentAt);
    },

    markSignInLinkSpent(email, window, nonce, spentAt) {
      // On the request itself: a nonce that was never stored (or never mailed) matches no item, so
      // refusing it writes nothing.
      return conditionalWrite(
        client,
        new UpdateItemCommand({
          TableName,
          Key: toItem({ ...signInMailKey(email, window) }),
          UpdateExpression: 'SET spentAt = :spentAt',
          ConditionExpression:
            'attribute_exists(pk) AND nonce = :nonce AND attribute_exists(sentAt) AND attribute_not_exists(spentAt)',
          ExpressionAttributeValues: toItem({ ':nonce': nonce, ':spentAt': spentAt }),
        }),
      );
    },

    async createSession(session) {
      const { id, ...stored } = session;
      const created = await putNew(table, {
        ...sessionKey(id),
        kind: 'session',
        ...stored,
        email: normalEmail(session.email),
      });
      // 32 random bytes do not collide; if they ever do, the other session must not be taken over.
      if (!created) throw new Error('A session with this id exists already');
    },

    async getSession(id, now) {
      // Consistent: a session ended by signing out is gone on the very next request.
      const item: Item | undefined = await getItem(table, sessionKey(id), true);
      if (!item) return undefined;
      const session = sessionFromItem(item, id);
      // TTL deletes expired items only eventually (often within days): the expiry is checked here.
      return session.expiresAt * 1000 > now.getTime() ? session : undefined;
    },

    async endSession(id) {
      await client.send(new DeleteItemCommand({ TableName, Key: toItem({ ...sessionKey(id) }) }));
    },
  };
}
