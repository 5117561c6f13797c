import type { DeliverDeps } from './deliver.ts';
import { type DeliveryOutcome, deliverConfirmation } from './deliver.ts';
import type { MailJob } from './jobs.ts';
import { deliverOutboxEmail, type OutboxDeliveryDeps, type OutboxOutcome } from './outbox-delivery.ts';

/** Everything the mailer needs for every kind of job. */
export type MailerDeps = DeliverDeps & OutboxDeliveryDeps;

/** Delivers one mail job, whatever its kind. */
export function deliverMailJob(deps: MailerDeps, job: MailJob): Promise<DeliveryOutcome | OutboxOutcome> {
  switch (job.kind) {
    case 'confirmation':
      return deliverConfirmation(deps, job);
    case 'outbox':
      return deliverOutboxEmail(deps, job);
    default:
      return job satisfies never;
  }
}
