import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '../../shared/storage/table.ts';

/**
 * The single table of TABLE_DESIGN: on demand, point-in-time recovery, deletion protection and a
 * retained resource (submissions are the city's records), TTL for personal data and the outbox, a
 * stream of new and old images for the mailer, and the indexes with the projections TABLE_DESIGN names.
 *
 * Encryption: the AWS-managed key (aws/dynamodb), not a customer-managed one. Its use is logged in
 * CloudTrail like a CMK's, point-in-time restore and the stream consumer need no key policy, and it
 * costs nothing. A CMK would add a key policy to maintain and a per-request KMS cost, and buys key
 * revocation (crypto-shredding) that this slice does not need: erasure of personal data is by TTL and
 * by deleting items. Switching later is an in-place table update.
 */
export class DataTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE_DESIGN.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TABLE_DESIGN.ttlAttribute,
      stream: dynamodb.StreamViewType[TABLE_DESIGN.streamViewType],
    });
    for (const index of TABLE_DESIGN.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        ...(index.projection.type === 'INCLUDE'
          ? {
              projectionType: dynamodb.ProjectionType.INCLUDE,
              nonKeyAttributes: [...index.projection.nonKeyAttributes],
            }
          : { projectionType: dynamodb.ProjectionType.ALL }),
      });
    }
  }
}
