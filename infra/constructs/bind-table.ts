import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { DataTable } from './data-table.ts';

/**
 * What a function may do with the table, named for the access patterns it runs (see
 * shared/storage/repository.ts). Conditions on a Put are covered by PutItem, and a transaction needs
 * the action of each item (there is no TransactWriteItems IAM action), so no level holds more than
 * the repository calls it makes. No level reaches an index: no request path queries one yet.
 */
export const TABLE_ACCESS = {
  /** Pages that only show data: GetItem (slug, definition, submission) and Query (the catalogue). */
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  /** Submit: the submission Put and the counter Update of one transaction, and a re-read on duplicates. */
  readWrite: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  /** Mailer: reads the submission, then marks the confirmation sent with a conditional Update. */
  readUpdate: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
  /** Form publisher: reads the current version, Puts version/meta/slug/catalogue, Deletes a moved slug. */
  publish: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
} as const satisfies Record<string, readonly `dynamodb:${string}`[]>;

export type TableAccess = keyof typeof TABLE_ACCESS;

/** Gives a function the table's name (TABLE_NAME) and exactly the rights of `access`, together. */
export function bindTable(fn: lambda.Function, dataTable: DataTable, access: TableAccess): void {
  fn.addEnvironment('TABLE_NAME', dataTable.table.tableName);
  fn.addToRolePolicy(
    new iam.PolicyStatement({ actions: [...TABLE_ACCESS[access]], resources: [dataTable.table.tableArn] }),
  );
}
