import * as z from 'zod';
import { parseOutboxKey, parsePendingKey, parseSignInMailKey, parseSubmissionKey } from '../storage/keys.ts';

/** One email the mailer must send for a table change. */
export type MailJob =
  | { kind: 'confirmation'; consultationId: string; submissionId: string }
  | { kind: 'outbox'; consultationId: string; submissionId: string; outboxId: string }
  | { kind: 'signIn'; email: string; window: string }
  | { kind: 'confirmLink'; consultationId: string; submissionId: string };

/**
 * The part of a DynamoDB stream record the mailer reads. Structural, so both the Lambda event's
 * records (@types/aws-lambda DynamoDBRecord) and the local stream poller's records fit.
 */
export interface TableStreamRecord {
  eventName?: string | undefined;
  dynamodb?:
    | { Keys?: Record<string, unknown> | undefined; NewImage?: Record<string, unknown> | undefined }
    | undefined;
}

const stringAttribute = z.object({ S: z.string() });
const recordKeys = z.object({ pk: stringAttribute, sk: stringAttribute });
const copyRequested = z.object({ copyTo: stringAttribute });
const outboxImage = z.object({ kind: z.object({ S: z.literal('outbox') }) });
const signInMailImage = z.object({ kind: z.object({ S: z.literal('signInMail') }) });
const pendingImage = z.object({ kind: z.object({ S: z.literal('pending') }) });

/**
 * The jobs a stream record causes: a newly inserted submission with `copyTo` is the outbox entry
 * of its confirmation copy; a newly inserted outbox item (key `SUB#<ulid>#OUT#<ulid>`, kind
 * `outbox`) is one workflow email. The keys name the consultation, the submission and the outbox
 * item. A newly inserted sign-in mail item (key `SIGNIN#<email>` / `MAIL#<window>`, kind
 * `signInMail`) is a staff member's sign-in link; a new pending answer (`CONS#<id>#PENDING#<ulid>`,
 * kind `pending`) is its confirmation mail. Anything else (updates, deletions, other items,
 * keys that only look similar) causes none.
 */
export function mailJobsFromStreamRecord(record: TableStreamRecord): MailJob[] {
  if (record.eventName !== 'INSERT') return [];
  const keys = recordKeys.safeParse(record.dynamodb?.Keys);
  if (!keys.success) return [];
  const key = { pk: keys.data.pk.S, sk: keys.data.sk.S };
  const image = record.dynamodb?.NewImage;

  const signIn = parseSignInMailKey(key);
  if (signIn) return signInMailImage.safeParse(image).success ? [{ kind: 'signIn', ...signIn }] : [];

  // A new pending answer (verification: email): its one confirmation mail.
  const pending = parsePendingKey(key);
  if (pending) return pendingImage.safeParse(image).success ? [{ kind: 'confirmLink', ...pending }] : [];

  const outbox = parseOutboxKey(key);
  if (outbox) return outboxImage.safeParse(image).success ? [{ kind: 'outbox', ...outbox }] : [];

  const copy = copyRequested.safeParse(image);
  if (!copy.success || !copy.data.copyTo.S) return [];
  const ref = parseSubmissionKey(key);
  return ref ? [{ kind: 'confirmation', ...ref }] : [];
}
