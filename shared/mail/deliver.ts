import { type SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { renderConfirmationEmail } from '../email/index.ts';
import type { DefinitionCache } from '../storage/definition-cache.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { SubmissionRef } from '../storage/types.ts';

/** Sender settings of the mailer (see loadMailConfig). */
export interface MailSettings {
  from: string;
  configurationSet?: string | undefined;
}

export interface DeliverDeps {
  repository: Pick<Repository, 'getSubmission' | 'markConfirmationSent'>;
  definitions: Pick<DefinitionCache, 'version'>;
  ses: SESClient;
  mail: MailSettings;
  now?: () => Date;
}

/** What deliverConfirmation did; only 'sent' sent an email. */
export type DeliveryOutcome = 'sent' | 'alreadySent' | 'gone' | 'noCopy';

/** A submission refers to a definition version that cannot be found: a bug, retried and then dead-lettered. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
}

/**
 * Sends the confirmation copy of a submission at most once after success: a consistent read skips
 * it when already marked sent; after sending it is marked with a conditional write. SES errors
 * propagate so the stream handler reports the record as failed and it is retried.
 */
export async function deliverConfirmation(deps: DeliverDeps, ref: SubmissionRef): Promise<DeliveryOutcome> {
  const submission = await deps.repository.getSubmission(ref.consultationId, ref.submissionId);
  if (!submission) return 'gone';
  if (submission.confirmationSentAt) return 'alreadySent';
  if (!submission.copyTo) return 'noCopy';
  const definition = await deps.definitions.version(submission.consultationId, submission.definitionVersion);
  if (!definition) {
    throw new MailDeliveryError(
      `Definition ${submission.consultationId}@${submission.definitionVersion} of submission ${submission.id} not found`,
    );
  }
  const email = renderConfirmationEmail({
    definition,
    locale: submission.locale,
    reference: submission.reference,
    answers: submission.answers,
    personal: submission.personal,
  });
  const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
  await deps.ses.send(
    new SendEmailCommand({
      Source: deps.mail.from,
      Destination: { ToAddresses: [submission.copyTo] },
      Message: { Subject: utf8(email.subject), Body: { Text: utf8(email.text), Html: utf8(email.html) } },
      ...(deps.mail.configurationSet ? { ConfigurationSetName: deps.mail.configurationSet } : {}),
    }),
  );
  const sentAt = (deps.now?.() ?? new Date()).toISOString();
  // False here means a concurrent delivery marked it first; both sent, which only two parallel
  // invocations for one record can cause (a stream shard is processed in order, so it is rare).
  await deps.repository.markConfirmationSent(submission.consultationId, submission.id, sentAt);
  return 'sent';
}
