import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { listChanges } from './admin-changes.ts';
import { adminConsultations } from './admin-consultations.ts';
import { adminInbox, type InboxScanBudget } from './admin-inbox.ts';
import { staffAndSessions } from './admin-sessions.ts';
import type { AdminRepository } from './admin-types.ts';

/**
 * Creates the admin UI's repository over the single table (README.md, "Admin items"). Every write
 * that takes an AdminChange stores the change record in the same transaction, so the log never
 * shows a change that did not happen, nor misses one that did.
 */
export function createAdminRepository(options: {
  client: DynamoDBClient;
  tableName: string;
  /** How much of the inbox index one listSubmissionsByState call reads (default INBOX_SCAN_BUDGET; lowered in tests). */
  inboxScanBudget?: InboxScanBudget | undefined;
}): AdminRepository {
  const table = { client: options.client, TableName: options.tableName };
  return {
    ...staffAndSessions(table),
    ...adminConsultations(table),
    ...adminInbox(table, options.inboxScanBudget),
    listChanges: (scope, page) => listChanges(table, scope, page),
  };
}
