import type { SESClient } from '@aws-sdk/client-ses';
import { renderConfirmationEmail } from '../email/index.ts';
import type { DefinitionCache } from '../storage/definition-cache.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { SubmissionRef } from '../storage/types.ts';
import { type LinkSettings, statusLink } from './links.ts';
import { type MailSettings, sendThenMark } from './send-once.ts';

export type { MailSettings };

export interface DeliverDeps {
  repository: Pick<Repository, 'getSubmission' | 'markConfirmationSent'>;
  definitions: Pick<DefinitionCache, 'version'>;
  ses: SESClient;
  mail: MailSettings;
  /** Signs the status link a copy of a workflow submission carries; without it, the copy has none. */
  links?: LinkSettings;
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
    ...(submission.workflow && deps.links
      ? {
          statusLink: statusLink(
            deps.links.baseUrl,
            await deps.links.keyring(),
            {
              consultationId: submission.consultationId,
              submissionId: submission.id,
              expiresAt: submission.expiresAt,
            },
            submission.locale,
          ),
        }
      : {}),
  });
  // A vote confirmed by email keeps only the address's HMAC: the copy was the address's last use.
  const dropCopyAddress = submission.voter !== undefined && !submission.workflow;
  await sendThenMark(deps, { to: submission.copyTo, email }, (sentAt) =>
    deps.repository.markConfirmationSent(submission.consultationId, submission.id, sentAt, {
      dropCopyAddress,
    }),
  );
  return 'sent';
}
