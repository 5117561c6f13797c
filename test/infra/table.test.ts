import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_DESIGN } from '../../shared/storage/table.ts';
import { SYNTH_TIMEOUT_MS, synthesize } from './synth.ts';
import { onlyResource } from './template-queries.ts';

let template: Template;
beforeAll(() => {
  ({ template } = synthesize());
}, SYNTH_TIMEOUT_MS);

describe('the data table', () => {
  it('is on demand with point-in-time recovery, deletion protection and the AWS-managed key', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('survives the deletion or replacement of the stack', () => {
    const [, table] = onlyResource(template, 'AWS::DynamoDB::Table');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  it('has the keys, TTL attribute and stream of TABLE_DESIGN', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('has gsi1 and gsi2 with string keys and the projections of TABLE_DESIGN', () => {
    const [, table] = onlyResource(template, 'AWS::DynamoDB::Table');
    const indexes = table.Properties!.GlobalSecondaryIndexes;
    expect(indexes.map((index: { IndexName: string }) => index.IndexName)).toEqual(['gsi1', 'gsi2']);
    expect(indexes).toEqual(
      TABLE_DESIGN.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection:
          index.projection.type === 'INCLUDE'
            ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection.nonKeyAttributes] }
            : { ProjectionType: 'ALL' },
      })),
    );
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: 'gsi1pk', AttributeType: 'S' },
        { AttributeName: 'gsi2sk', AttributeType: 'S' },
      ]),
    });
  });

  it('copies only keys and ids into the reminder queue (gsi2), not whole submissions', () => {
    const [, table] = onlyResource(template, 'AWS::DynamoDB::Table');
    const gsi2 = table.Properties!.GlobalSecondaryIndexes.find(
      (index: { IndexName: string }) => index.IndexName === 'gsi2',
    );
    expect(gsi2.Projection).toEqual({
      ProjectionType: 'INCLUDE',
      NonKeyAttributes: ['consultationId', 'submissionId'],
    });
  });
});
