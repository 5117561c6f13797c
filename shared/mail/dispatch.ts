import {
  type ConfirmLinkDeliveryDeps,
  type ConfirmLinkOutcome,
  deliverConfirmLink,
} from './confirm-link-delivery.ts';
import type { DeliverDeps } from './deliver.ts';
import { type DeliveryOutcome, deliverConfirmation } from './deliver.ts';
import type { MailJob } from './jobs.ts';
import { deliverOutboxEmail, type OutboxDeliveryDeps, type OutboxOutcome } from './outbox-delivery.ts';
import { deliverSignInMail, type SignInDeliveryDeps, type SignInMailOutcome } from './sign-in-delivery.ts';

/** Everything the mailer needs for every kind of job. */
export type MailerDeps = DeliverDeps & OutboxDeliveryDeps & SignInDeliveryDeps & ConfirmLinkDeliveryDeps;

/** Delivers one mail job, whatever its kind. */
export function deliverMailJob(
  deps: MailerDeps,
  job: MailJob,
): Promise<DeliveryOutcome | OutboxOutcome | SignInMailOutcome | ConfirmLinkOutcome> {
  switch (job.kind) {
    case 'confirmation':
      return deliverConfirmation(deps, job);
    case 'outbox':
      return deliverOutboxEmail(deps, job);
    case 'signIn':
      return deliverSignInMail(deps, job);
    case 'confirmLink':
      return deliverConfirmLink(deps, job);
    default:
      return job satisfies never;
  }
}
