import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { DataTable } from './data-table.ts';

/**
 * What a function may do with the table, named for the access patterns it runs (see
 * shared/storage/repository.ts). Conditions on a Put are covered by PutItem, and a transaction needs
 * the action of each item (there is no TransactWriteItems IAM action; a transaction's ConditionCheck
 * is dynamodb:ConditionCheckItem), so no level holds more than the repository calls it makes. Only
 * `remind` and `submissionsInbox` reach an index (INDEX_QUERIES). The staff levels follow
 * shared/storage/admin-repository.ts; every staff function reads the session (GetItem) first.
 */
export const TABLE_ACCESS = {
  /** Pages that only show data: GetItem (slug, definition, submission) and Query (catalogue, history). */
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  /**
   * Submit, decide and resubmit: transactions of Puts (submission, reminder item, audit, outbox,
   * decision marker) and Updates (counters, workflow state), and the reads around them. No Delete:
   * a submission leaving the reminder queue gets its reminder item Put without index keys.
   */
  readWrite: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  /**
   * Erasure on request: reads the submission and its history (Query), then one transaction of
   * Updates (submission, workflow state), Puts (audit event, the department's notice) and Deletes
   * (outbox mails that name a former address of the submitter).
   */
  erase: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
  /** Renewing a link: reads the submission, Puts the outbox item of the fresh link's email. */
  readPut: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
  /** Mailer: reads the submission, then marks the confirmation sent with a conditional Update. */
  readUpdate: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
  /** Form publisher: reads the admin entry (skips consultations managed in the admin) and the current version, Puts version/meta/slug/catalogue, Deletes a moved slug. */
  publish: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
  /**
   * Reminder sweep: due entries by a Query on gsi2 only (INDEX_QUERIES), then per entry a GetItem of
   * the submission and the step's transaction (state Update, reminder/audit/outbox Puts).
   */
  remind: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  /**
   * Staff sign-in: reads the staff record, the sign-in request and the session; Puts the sign-in
   * request (conditional per window) and the session; Updates the request when its link is spent
   * (conditional on its nonce); Deletes the session on sign-out.
   */
  staffSignIn: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
  /**
   * Consultation editing: reads entry, draft, published state, versions and logs, and the submission
   * totals (one BatchGetItem of the counter shards); transactions of Puts (entry, draft, version,
   * change record), Updates (closedAt, department) and ConditionChecks (a free id or slug, the
   * draft revision a publish was made from), and Deletes: the old slug alias when a publish moves
   * the slug, and the draft and entry of a never-published consultation that staff discard.
   */
  consultationAdmin: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
  /**
   * Submissions inbox: lists submissions (Query; by state on gsi1, then one BatchGetItem of the page's
   * submissions) and reads one with its audit trail and the result counters.
   */
  submissionsInbox: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
  /** Staff management: lists and reads staff and the staff log; Puts or Deletes a member with its change record. */
  staffAdmin: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
} as const satisfies Record<string, readonly `dynamodb:${string}`[]>;

export type TableAccess = keyof typeof TABLE_ACCESS;

/** The indexes a level may Query (on the index ARN only; no level queries the table through them otherwise). */
export const INDEX_QUERIES: Partial<Record<TableAccess, readonly string[]>> = {
  remind: ['gsi2'],
  submissionsInbox: ['gsi1'],
};

/** Gives a function the table's name (TABLE_NAME) and exactly the rights of `access`, together. */
export function bindTable(fn: lambda.Function, dataTable: DataTable, access: TableAccess): void {
  fn.addEnvironment('TABLE_NAME', dataTable.table.tableName);
  fn.addToRolePolicy(
    new iam.PolicyStatement({ actions: [...TABLE_ACCESS[access]], resources: [dataTable.table.tableArn] }),
  );
  const indexes = INDEX_QUERIES[access] ?? [];
  if (indexes.length > 0) {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: indexes.map((name) => `${dataTable.table.tableArn}/index/${name}`),
      }),
    );
  }
}
