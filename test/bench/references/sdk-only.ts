/**
 * Reference bundle of the benchmark: the DynamoDB client alone, created at load as our handlers do,
 * built with the functions' own options; its handler does one GetItem (the cold-request reference).
 */
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});

export const handler = async (event: { table: string; pk: string; sk: string }) =>
  client.send(
    new GetItemCommand({ TableName: event.table, Key: { pk: { S: event.pk }, sk: { S: event.sk } } }),
  );
