import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { DataTable } from './data-table.ts';

/**
 * What a function may do with the table, named for the access patterns it runs (see
 * shared/storage/repository.ts). Conditions on a Put are covered by PutItem, and a transaction needs
 * the action of each item (there is no TransactWriteItems IAM action), so no level holds more than
 * the repository calls it makes. Only `remind` reaches an index (INDEX_QUERIES).
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
  /** Renewing a link: reads the submission, Puts the outbox item of the fresh link's email. */
  readPut: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
  /** Mailer: reads the submission, then marks the confirmation sent with a conditional Update. */
  readUpdate: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
  /** Form publisher: reads the current version, Puts version/meta/slug/catalogue, Deletes a moved slug. */
  publish: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
  /**
   * Reminder sweep: due entries by a Query on gsi2 only (INDEX_QUERIES), then per entry a GetItem of
   * the submission and the step's transaction (state Update, reminder/audit/outbox Puts).
   */
  remind: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
} as const satisfies Record<string, readonly `dynamodb:${string}`[]>;

export type TableAccess = keyof typeof TABLE_ACCESS;

/** The indexes a level may Query (on the index ARN only; no level queries the table through them otherwise). */
export const INDEX_QUERIES: Partial<Record<TableAccess, readonly string[]>> = { remind: ['gsi2'] };

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
