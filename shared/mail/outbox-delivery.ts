import { type EmailLink, renderWorkflowEmail } from '../email/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { Submission, SubmissionRef } from '../storage/types.ts';
import type { EmailEffect } from '../workflow/types.ts';
import { type DeliverDeps, MailDeliveryError } from './deliver.ts';
import { decideLink, type LinkSettings, statusLink } from './links.ts';
import { recipientOf } from './recipient.ts';
import { sendThenMark, sentAtOf } from './send-once.ts';

export interface OutboxDeliveryDeps extends Omit<DeliverDeps, 'repository'> {
  repository: Pick<Repository, 'getSubmission' | 'getOutboxItem' | 'markOutboxSent'>;
  links: LinkSettings;
}

/** An outbox item's address: the submission it belongs to and its own id. */
export type OutboxRef = SubmissionRef & { outboxId: string };

/**
 * What deliverOutboxEmail did; only 'sent' sent an email. 'noRecipient' (the submitter left no
 * address) and 'stale' (a decision request for a stage round that is over) are marked sent unsent.
 */
export type OutboxOutcome = 'sent' | 'alreadySent' | 'gone' | 'noRecipient' | 'stale';

/**
 * Sends the email of one outbox item at most once after success (invariant 4), like
 * deliverConfirmation: a consistent read skips it when marked sent, the send is followed by a
 * conditional mark, and SES errors propagate so the stream record is retried. Links are signed now.
 */
export async function deliverOutboxEmail(deps: OutboxDeliveryDeps, ref: OutboxRef): Promise<OutboxOutcome> {
  const { consultationId, submissionId, outboxId } = ref;
  const item = await deps.repository.getOutboxItem(consultationId, submissionId, outboxId);
  if (!item) return 'gone';
  if (item.sentAt) return 'alreadySent';
  const submission = await deps.repository.getSubmission(consultationId, submissionId);
  if (!submission) return 'gone';
  const definition = await deps.definitions.version(consultationId, submission.definitionVersion);
  if (!definition) {
    throw new MailDeliveryError(
      `Definition ${consultationId}@${submission.definitionVersion} of submission ${submissionId} not found`,
    );
  }
  const markSent = (sentAt: string) =>
    deps.repository.markOutboxSent(consultationId, submissionId, outboxId, sentAt);
  const { effect } = item;

  const recipient = recipientOf(effect, submission, definition);
  const skipped = !recipient ? 'noRecipient' : isStaleRequest(effect, submission) ? 'stale' : undefined;
  if (skipped || !recipient) {
    await markSent(sentAtOf(deps));
    return skipped ?? 'noRecipient';
  }

  const now = deps.now?.() ?? new Date();
  const email = renderWorkflowEmail(effect, {
    definition,
    locale: recipient.locale,
    reference: submission.reference,
    answers: submission.answers,
    stages: submission.workflow?.snapshot.stages ?? definition.workflow?.stages ?? [],
    link: await linkFor(deps.links, effect, submission, now, recipient.locale),
    waitingSince: waitingSince(effect, submission),
  });
  await sendThenMark(deps, { to: recipient.address, email }, markSent);
  return 'sent';
}

/** The decision link for approvers, the status link for the submitter, none for the department;
 * each opens in the language the email is written in. */
async function linkFor(
  links: LinkSettings,
  effect: EmailEffect,
  submission: Submission,
  now: Date,
  locale: Locale,
): Promise<EmailLink | undefined> {
  const ids = { consultationId: submission.consultationId, submissionId: submission.id };
  switch (effect.template) {
    case 'approvalRequested':
    case 'reminder': {
      const { stageId, round } = effect;
      const claims = { ...ids, stageId, round, approver: effect.to.email };
      return decideLink(links.baseUrl, await links.keyring(), claims, now, locale);
    }
    case 'received':
    case 'advanced':
    case 'returned':
    case 'approved':
    case 'rejected':
    case 'sentBack':
      return statusLink(
        links.baseUrl,
        await links.keyring(),
        { ...ids, expiresAt: submission.expiresAt },
        locale,
      );
    case 'outcome':
    case 'erased':
    // The old address must not get a way into the submission any more.
    case 'contactChanged':
      return undefined;
    default:
      return effect satisfies never;
  }
}

/**
 * A decision request whose stage round is over (the submission moved on, or this approver already
 * decided) by the time it is sent: its link could only be refused, so the email is dropped.
 */
function isStaleRequest(effect: EmailEffect, submission: Submission): boolean {
  if (effect.template !== 'approvalRequested' && effect.template !== 'reminder') return false;
  const state = submission.workflow?.state;
  if (!state) return false;
  if (state.status !== 'inStage' || state.stageId !== effect.stageId || state.round !== effect.round)
    return true;
  return Object.hasOwn(state.decisions, effect.to.email.toLowerCase());
}

/** For reminders: since when the stage has waited (the round's start). */
function waitingSince(effect: EmailEffect, submission: Submission): string | undefined {
  const state = submission.workflow?.state;
  if (effect.template !== 'reminder' || state?.status !== 'inStage') return undefined;
  return state.enteredAt;
}
