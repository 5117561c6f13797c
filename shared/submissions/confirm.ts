import { countersFor } from '../answers/index.ts';
import type { Answers } from '../answers/types.ts';
import { consultationState } from '../definition/schedule.ts';
import { type Consultation, participationOf } from '../definition/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import type { DefinitionCache } from '../storage/definition-cache.ts';
import type { ConfirmWrite, PendingAnswer } from '../storage/pending.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { Submission, SubmissionRef } from '../storage/types.ts';
import { buildSubmission } from './submit.ts';

/** What the confirmation pages read, and the confirmation writes. */
export interface ConfirmDeps {
  repository: Pick<Repository, 'getPending' | 'getSubmission' | 'getVoter' | 'confirmPending'>;
  definitions: Pick<DefinitionCache, 'version' | 'bySlug'>;
}

/** Where a confirmation link's answer stands; each kind is one page. */
export type ConfirmationView =
  /** Neither a pending answer nor a submission with this id (TTL removed it, or it never existed). */
  | { kind: 'gone' }
  | { kind: 'pending'; definition: Consultation; pending: PendingAnswer }
  | { kind: 'confirmed'; definition: Consultation; locale: Locale; reference: string }
  | { kind: 'expired' | 'closed' | 'refused'; definition: Consultation; locale: Locale };

/** A pending answer that names a definition version that is not stored: a bug, never bad input. */
export class ConfirmationError extends Error {
  override name = 'ConfirmationError';
}

/** Reads where the answer of a confirmation link stands; reads only (the link's GET, invariant 2). */
export async function loadConfirmation(
  deps: ConfirmDeps,
  ref: SubmissionRef,
  now: Date,
): Promise<ConfirmationView> {
  const pending = await deps.repository.getPending(ref.consultationId, ref.submissionId);
  if (!pending) {
    // The pending item expired after its confirmation: the submission tells.
    const submission = await deps.repository.getSubmission(ref.consultationId, ref.submissionId);
    if (!submission) return { kind: 'gone' };
    const definition = await definitionOf(deps, ref.consultationId, submission.definitionVersion);
    return { kind: 'confirmed', definition, locale: submission.locale, reference: submission.reference };
  }
  const definition = await definitionOf(deps, ref.consultationId, pending.definitionVersion);
  const { locale, reference } = pending;
  if (pending.status === 'confirmed') return { kind: 'confirmed', definition, locale, reference };
  if (pending.expiresAt * 1000 <= now.getTime() || !pending.answers)
    return { kind: 'expired', definition, locale };
  return { kind: 'pending', definition, pending };
}

/** How often a replace is retried when the person's marker moved between its read and the write. */
const REPLACE_ATTEMPTS = 3;

/**
 * Confirms a pending answer in one transaction (ConfirmWrite): it becomes a submission exactly as
 * today's submit stores one, counted, with its workflow started and its copy queued. Conditional on
 * the item being pending, so a replayed POST changes nothing and gets the same "confirmed" view.
 * With onePerPerson a second person's vote is refused, or replaces the first (counts move exactly).
 */
export async function confirmAnswer(
  deps: ConfirmDeps,
  ref: SubmissionRef,
  now: Date,
): Promise<ConfirmationView> {
  for (let attempt = 1; ; attempt++) {
    const view = await loadConfirmation(deps, ref, now);
    if (view.kind !== 'pending') return view;
    const { definition, pending } = view;
    const locale = pending.locale;
    if (!(await isOpen(deps, definition, now))) return { kind: 'closed', definition, locale };

    const write = await confirmWrite(deps, definition, pending, now);
    if (write === 'refused') return { kind: 'refused', definition, locale };
    const result = await deps.repository.confirmPending(write);
    switch (result.kind) {
      case 'confirmed':
        return { kind: 'confirmed', definition, locale, reference: pending.reference };
      case 'notPending':
        // Confirmed by a concurrent press, or expired this instant: the stored state says which.
        return loadConfirmation(deps, ref, now);
      case 'submitted':
        // Stored already, without confirmation, before the consultation asked for it: it counts once.
        return { kind: 'confirmed', definition, locale, reference: pending.reference };
      case 'voterTaken':
        if (participationOf(definition).changeVote === 'refuse' || attempt >= REPLACE_ATTEMPTS)
          return { kind: 'refused', definition, locale };
        continue;
      default:
        return result satisfies never;
    }
  }
}

/** The submission, counters, workflow start and one-per-person marker this confirmation writes. */
async function confirmWrite(
  deps: ConfirmDeps,
  definition: Consultation,
  pending: PendingAnswer,
  now: Date,
): Promise<ConfirmWrite | 'refused'> {
  const answers = pending.answers ?? {};
  const built = buildSubmission(definition, pending.definitionVersion, {
    id: pending.submissionId,
    locale: pending.locale,
    answers,
    copyRequested: pending.copyRequested,
    now,
  });
  // A vote without a workflow keeps the address's HMAC, not the address: nobody writes to it later.
  // (A requested copy still needs it once: copyTo, which the mailer removes after sending.)
  const submission: Submission = {
    ...(definition.workflow ? built.submission : withoutAddress(definition, built.submission)),
    voter: pending.voter,
  };
  const write: ConfirmWrite = {
    pending,
    submission,
    counters: countersFor(definition, answers),
    effects: built.effects,
    now,
  };
  const participation = participationOf(definition);
  if (!participation.onePerPerson) return write;
  const voter = { person: pending.voter, expiresAt: submission.expiresAt };
  const previous = await deps.repository.getVoter(definition.id, pending.voter);
  if (previous === undefined || previous === pending.submissionId) return { ...write, voter };
  if (participation.changeVote === 'refuse') return 'refused';
  const old = await deps.repository.getSubmission(definition.id, previous);
  // The replaced vote is gone (retention): nothing of it is left to uncount.
  const counted = old !== undefined && old.supersededBy === undefined;
  const oldDefinition = old && (await definitionOf(deps, definition.id, old.definitionVersion));
  const counters =
    counted && oldDefinition ? countersFor(oldDefinition, { ...old.answers, ...old.personal }) : {};
  return { ...write, voter: { ...voter, replaces: { submissionId: previous, counters, counted } } };
}

function withoutAddress(definition: Consultation, submission: Submission): Submission {
  const emailIds = new Set(definition.fields.filter((f) => f.type === 'email').map((f) => f.id));
  const drop = (answers: Answers) =>
    Object.fromEntries(Object.entries(answers).filter(([id]) => !emailIds.has(id)));
  return { ...submission, answers: drop(submission.answers), personal: drop(submission.personal) };
}

async function isOpen(deps: ConfirmDeps, definition: Consultation, now: Date): Promise<boolean> {
  // Dates and closing by hand are the current version's word, as at submit: a version that moved
  // `closes` into the past closes it for pending answers too. (Should staff have moved the slug
  // since, the slug no longer names it and the answer's own version decides.)
  const current = await deps.definitions.bySlug(definition.slug);
  if (current?.definition.id !== definition.id) return consultationState(definition, now) === 'open';
  return consultationState(current.definition, now, current.closedAt) === 'open';
}

async function definitionOf(
  deps: ConfirmDeps,
  consultationId: string,
  version: string,
): Promise<Consultation> {
  const definition = await deps.definitions.version(consultationId, version);
  if (!definition)
    throw new ConfirmationError(`Definition ${consultationId}@${version} of a confirmation is missing`);
  return definition;
}
