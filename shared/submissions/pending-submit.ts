import type { Answers } from '../answers/types.ts';
import type { ParticipationConfig } from '../config.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Keyring } from '../links/index.ts';
import { personMarker } from '../participation/person.ts';
import type { PendingAnswer } from '../storage/pending.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { PublishedDefinition } from '../storage/types.ts';
import { referenceOf } from './ids.ts';
import { firstEmailAnswer } from './submit.ts';

/** What the double opt-in needs at submit: the PARTICIPATION keyring (person markers) and the caps. */
export interface PendingDeps {
  participation?: { keyring: () => Promise<Keyring>; config: ParticipationConfig } | undefined;
}

/**
 * What became of an answer to a consultation with `verification: email`: stored as pending and its
 * confirmation mail on the way (or, posted again, the same pending answer; or confirmed already),
 * or refused because the address reached a mail cap (nothing stored, nothing sent).
 */
export type PendingOutcome =
  | { kind: 'pending'; published: PublishedDefinition; pending: PendingAnswer; hours: number }
  | { kind: 'capped'; published: PublishedDefinition; locale: Locale };

/** A consultation asks for email confirmation but the function has no PARTICIPATION keyring: a deployment bug. */
export class ParticipationConfigError extends Error {
  override name = 'ParticipationConfigError';
}

const HOUR_SECONDS = 3600;
const DAY_MS = 86_400_000;

/**
 * Stores a validated answer as pending: no counter but `_pending` moves, no workflow starts, no copy
 * or approver mail goes out; the mailer sends the one confirmation mail when the item appears. The
 * address's HMAC keys the caps (per day platform-wide, per consultation and hour), checked in the
 * same transaction, so above a cap nothing is stored at all.
 */
export async function submitPending(
  deps: PendingDeps & { repository: Partial<Pick<Repository, 'putPendingOnce'>> },
  input: {
    published: PublishedDefinition;
    locale: Locale;
    answers: Answers;
    submissionId: string;
    copyRequested: boolean;
    now: Date;
  },
): Promise<PendingOutcome> {
  const { published, locale, submissionId, now } = input;
  const { definition, version } = published;
  if (!deps.participation)
    throw new ParticipationConfigError(`${definition.id} asks for email confirmation; no PARTICIPATION key`);
  const { config } = deps.participation;
  const { putPendingOnce } = deps.repository;
  if (!putPendingOnce) throw new ParticipationConfigError('The repository cannot store pending answers');
  const email = firstEmailAnswer(definition, input.answers);
  // The schema requires the email field for verification "email"; a missing answer is a validator bug.
  if (!email) throw new ParticipationConfigError(`${definition.id}: a confirmed answer without an address`);
  const person = personMarker(await deps.participation.keyring(), email);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const pending: PendingAnswer = {
    consultationId: definition.id,
    submissionId,
    reference: referenceOf(submissionId),
    definitionVersion: version,
    locale,
    submittedAt: now.toISOString(),
    answers: input.answers,
    copyRequested: input.copyRequested,
    email,
    voter: person,
    status: 'pending',
    expiresAt: nowSeconds + config.pendingHours * HOUR_SECONDS,
  };
  const iso = now.toISOString();
  const nextDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY_MS;
  const stored = await putPendingOnce(pending, {
    person,
    day: iso.slice(0, 10),
    hour: iso.slice(0, 13),
    perDay: config.mailsPerDay,
    perConsultationHour: config.mailsPerConsultationHour,
    // Kept a day past its own day, so a late request near midnight still finds it.
    expiresAt: Math.floor((nextDay + DAY_MS) / 1000),
  });
  switch (stored.kind) {
    case 'stored':
      return { kind: 'pending', published, pending, hours: config.pendingHours };
    case 'duplicate':
      return { kind: 'pending', published, pending: stored.existing, hours: config.pendingHours };
    case 'submitted':
      return {
        kind: 'pending',
        published,
        pending: { ...pending, status: 'confirmed', reference: stored.submission.reference },
        hours: config.pendingHours,
      };
    case 'capped':
      return { kind: 'capped', published, locale };
    default:
      return stored satisfies never;
  }
}
