import { renderConfirmLinkEmail } from '../email/confirm-link.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { SubmissionRef } from '../storage/types.ts';
import { type DeliverDeps, MailDeliveryError } from './deliver.ts';
import { confirmLink, type LinkSettings } from './links.ts';
import { sendThenMark, sentAtOf } from './send-once.ts';

export interface ConfirmLinkDeliveryDeps extends Omit<DeliverDeps, 'repository'> {
  repository: Pick<Repository, 'getPending' | 'markPendingLinkSent'>;
  links: LinkSettings;
}

/**
 * What deliverConfirmLink did; only 'sent' sent an email. 'expired': the pending answer outlived its
 * link before the mail could go (retries after an outage), so it is marked done without a dead link.
 */
export type ConfirmLinkOutcome = 'sent' | 'alreadySent' | 'gone' | 'expired';

/**
 * Sends the one email of a pending answer (verification: email) at most once after success, like
 * every mail (invariant 4): reference, title and the signed confirmation link, which expires with
 * the pending answer; never the answers. The token is signed now and never stored.
 */
export async function deliverConfirmLink(
  deps: ConfirmLinkDeliveryDeps,
  ref: SubmissionRef,
): Promise<ConfirmLinkOutcome> {
  const pending = await deps.repository.getPending(ref.consultationId, ref.submissionId);
  if (pending?.status !== 'pending' || !pending.email) return 'gone';
  if (pending.linkSentAt) return 'alreadySent';
  const markSent = (sentAt: string) =>
    deps.repository.markPendingLinkSent(ref.consultationId, ref.submissionId, sentAt);
  const now = deps.now?.() ?? new Date();
  if (now.getTime() >= pending.expiresAt * 1000) {
    await markSent(sentAtOf(deps));
    return 'expired';
  }
  const definition = await deps.definitions.version(ref.consultationId, pending.definitionVersion);
  if (!definition) {
    throw new MailDeliveryError(
      `Definition ${ref.consultationId}@${pending.definitionVersion} of pending answer ${ref.submissionId} not found`,
    );
  }
  const link = confirmLink(
    deps.links.baseUrl,
    await deps.links.keyring(),
    { consultationId: ref.consultationId, submissionId: ref.submissionId, expiresAt: pending.expiresAt },
    pending.locale,
  );
  const email = renderConfirmLinkEmail({
    definition,
    locale: pending.locale,
    reference: pending.reference,
    link,
  });
  await sendThenMark(deps, { to: pending.email, email }, markSent);
  return 'sent';
}
