import { countersFor, splitPersonal } from '../answers/index.ts';
import type { Answers, FieldErrors, FormBody } from '../answers/types.ts';
import { consultationState } from '../definition/schedule.ts';
import { type Consultation, participationOf } from '../definition/schema.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { DefinitionCache } from '../storage/definition-cache.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { PublishedDefinition, Submission } from '../storage/types.ts';
import { start } from '../workflow/engine.ts';
import { snapshotWorkflow } from '../workflow/snapshot.ts';
import type { Effect } from '../workflow/types.ts';
import { isSubmissionId, newSubmissionId, referenceOf } from './ids.ts';
import { type PendingDeps, type PendingOutcome, submitPending } from './pending-submit.ts';
import { validatorFor } from './validators.ts';

/**
 * Why a form that passed field validation is still refused: its hidden submission id is missing or
 * malformed. The resident gets the form back, input kept, with a fresh id and a notice to send it
 * again; sending it again stores it. (Ids are keyed per consultation, so an id that another
 * consultation's form carried is simply a new id here.)
 */
export type FormError = 'submissionId';

/** What became of a POSTed form; each kind maps to one response of the submit handler. */
export type SubmitOutcome =
  | { kind: 'notFound' }
  | { kind: 'unavailable'; published: PublishedDefinition; locale: Locale; reason: 'notYetOpen' | 'closed' }
  | {
      kind: 'invalid';
      /** The definition version the form was filled in (re-render with this one). */
      published: PublishedDefinition;
      locale: Locale;
      errors: FieldErrors;
      /** Set when the fields were fine but the form itself was not (see FormError). */
      formError?: FormError;
      /** The body as posted, for re-rendering with the input kept. */
      values: FormBody;
      /** The id the re-rendered form must carry: the posted one when usable, else a fresh one. */
      submissionId: string;
    }
  | { kind: 'spam'; published: PublishedDefinition; locale: Locale }
  | { kind: 'stored' | 'duplicate'; published: PublishedDefinition; submission: Submission }
  /** `verification: email`: stored as pending (or capped), see pending-submit.ts. */
  | PendingOutcome;

export interface SubmitDeps extends PendingDeps {
  /** `putPendingOnce` is needed only for consultations with `verification: email`. */
  repository: Pick<Repository, 'putSubmissionOnce'> & Partial<Pick<Repository, 'putPendingOnce'>>;
  definitions: DefinitionCache;
  now?: () => Date;
}

export interface SubmitInput {
  slug: string;
  body: FormBody;
  /** Overrides deps.now for this call. */
  now?: Date;
}

/** Validates a posted form and stores it exactly once (see SubmitOutcome for every result). */
export async function submitAnswers(deps: SubmitDeps, input: SubmitInput): Promise<SubmitOutcome> {
  const now = input.now ?? deps.now?.() ?? new Date();
  const current = await deps.definitions.bySlug(input.slug);
  if (!current) return { kind: 'notFound' };
  const published = await pickVersion(deps.definitions, current, single(input.body._v));
  const { definition } = published;
  const locale = localeOf(definition, single(input.body._lang));

  // Closed by hand is a property of the consultation, not of a version: the current one says.
  const state = consultationState(definition, now, current.closedAt);
  if (state !== 'open') return { kind: 'unavailable', published, locale, reason: state };
  // Bots fill every field; people never see this one. Nothing is stored and nothing is told.
  if (single(input.body._website)?.trim()) return { kind: 'spam', published, locale };

  const postedId = single(input.body._sid);
  const submissionId = postedId !== undefined && isSubmissionId(postedId) ? postedId : undefined;
  const result = validatorFor(published)(input.body);
  const invalid = (errors: FieldErrors, formError?: FormError): SubmitOutcome => ({
    kind: 'invalid',
    published,
    locale,
    errors,
    ...(formError ? { formError } : {}),
    values: input.body,
    submissionId: formError || !submissionId ? newSubmissionId(now) : submissionId,
  });
  if (!result.ok) return invalid(result.errors);
  if (!submissionId) return invalid({}, 'submissionId');
  // Email double opt-in: nothing counts, starts or is copied until the emailed link is confirmed.
  if (participationOf(definition).verification === 'email') {
    const copyRequested = single(input.body._copy) === 'yes';
    return submitPending(deps, {
      published,
      locale,
      answers: result.answers,
      submissionId,
      copyRequested,
      now,
    });
  }

  const { submission, effects } = buildSubmission(definition, published.version, {
    id: submissionId,
    locale,
    answers: result.answers,
    copyRequested: single(input.body._copy) === 'yes',
    now,
  });
  const counters = countersFor(definition, result.answers);
  const stored = await deps.repository.putSubmissionOnce(submission, counters, effects);
  if (stored.stored) return { kind: 'stored', published, submission };
  return { kind: 'duplicate', published, submission: stored.existing };
}

/**
 * The version named by `_v` when it is a known version of this consultation, else the current one;
 * either way with the consultation's `closedAt`.
 */
async function pickVersion(
  definitions: DefinitionCache,
  current: PublishedDefinition,
  posted: string | undefined,
): Promise<PublishedDefinition> {
  if (!posted || posted === current.version) return current;
  const definition = await definitions.version(current.definition.id, posted);
  if (!definition) return current;
  return { definition, version: posted, ...(current.closedAt ? { closedAt: current.closedAt } : {}) };
}

function localeOf(definition: Consultation, posted: string | undefined): Locale {
  return posted !== undefined && isLocale(posted) && definition.languages.includes(posted)
    ? posted
    : definition.defaultLanguage;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const DAY_SECONDS = 24 * 60 * 60;

/**
 * The submission to store and, when its definition has a workflow, the effects of the workflow's
 * start (audit events, approval requests, the submitter's receipt) that the same transaction writes.
 */
export function buildSubmission(
  definition: Consultation,
  version: string,
  input: { id: string; locale: Locale; answers: Answers; copyRequested: boolean; now: Date },
): { submission: Submission; effects: Effect[] } {
  const { answers, personal } = splitPersonal(definition, input.answers);
  const email = firstEmailAnswer(definition, input.answers);
  const copyTo = input.copyRequested ? email : undefined;
  const submittedAt = input.now.toISOString();
  const snapshot = snapshotWorkflow(definition, { submitterHasEmail: email !== undefined });
  const started = snapshot && start(snapshot, submittedAt);
  const submission: Submission = {
    id: input.id,
    reference: referenceOf(input.id),
    consultationId: definition.id,
    definitionVersion: version,
    locale: input.locale,
    submittedAt,
    answers,
    personal,
    ...(copyTo ? { copyTo } : {}),
    expiresAt: Math.floor(input.now.getTime() / 1000) + definition.retentionDays * DAY_SECONDS,
    ...(snapshot && started ? { workflow: { snapshot, state: started.state } } : {}),
  };
  // The confirmation copy (with the private status link) already is the submitter's receipt: one
  // email at submit, not two. Without a requested copy, the workflow's receipt goes out as usual.
  const effects = (started ? started.effects : []).filter(
    (effect) => !(copyTo && effect.type === 'email' && effect.template === 'received'),
  );
  return { submission, effects };
}

/**
 * The answer to the form's first email field: the address a copy goes to and, with a workflow, where
 * the submitter's updates go (the mailer resolves `{ kind: 'submitter' }` the same way).
 */
export function firstEmailAnswer(definition: Consultation, answers: Answers): string | undefined {
  const field = definition.fields.find((f) => f.type === 'email');
  const value = field ? answers[field.id] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
