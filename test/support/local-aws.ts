import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { inject } from 'vitest';
import * as z from 'zod';

const local = { region: 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

/** A client for the DynamoDB Local started by the integration globalSetup. */
export function localDynamoClient(): DynamoDBClient {
  return new DynamoDBClient({ ...local, endpoint: inject('dynamoEndpoint') });
}

/** A client for the local SES started by the integration globalSetup. */
export function localSesClient(): SESClient {
  return new SESClient({ ...local, endpoint: inject('sesEndpoint') });
}

/** Counts the commands a client sends, by command name (e.g. GetItemCommand). */
export function countSends(client: DynamoDBClient): { total(): number; of(command: string): number } {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countSends' },
  );
  return {
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    of: (command) => counts.get(command) ?? 0,
  };
}

const storedEmail = z.object({
  messageId: z.string(),
  from: z.string(),
  destination: z.object({ to: z.array(z.string()) }),
  subject: z.string(),
  body: z.object({ text: z.string().optional(), html: z.string().optional() }),
});
export type StoredEmail = z.infer<typeof storedEmail>;

/** The emails the local SES received for one recipient. */
export async function emailsTo(recipient: string): Promise<StoredEmail[]> {
  const response = await fetch(`${inject('sesEndpoint')}/store`);
  const store = z.object({ emails: z.array(storedEmail) }).parse(await response.json());
  return store.emails.filter((email) => email.destination.to.includes(recipient));
}
