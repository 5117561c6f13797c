import { countersFor, splitPersonal } from '../answers/index.ts';
import type { Answers, FieldErrors, FormBody } from '../answers/types.ts';
import { consultationState } from '../definition/schedule.ts';
import { type Consultation, participationOf } from '../definition/schema.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { Keyring } from '../links/signed-token.ts';
import {
  CODE_FIELD,
  type CodeCheckDeps,
  type CodeProblem,
  checkCode,
  readCode,
} from '../participation/code-check.ts';
import type { DefinitionCache } from '../storage/definition-cache.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { PublishedDefinition, Submission } from '../storage/types.ts';
import { start } from '../workflow/engine.ts';
import { snapshotWorkflow } from '../workflow/snapshot.ts';
import type { Effect } from '../workflow/types.ts';
import { issueFormToken, verifyFormToken } from './form-token.ts';
import { referenceOf } from './ids.ts';
import { type PendingDeps, type PendingOutcome, submitPending } from './pending-submit.ts';
import { validatorFor } from './validators.ts';

/**
 * Why a form is refused whatever its answers: its hidden submission id is missing, not signed by us
 * for this consultation and version, or older than a day (`submissionId`); or it was rendered from
 * a version that is no longer accepted (`version`: unknown, or replaced longer ago than the grace
 * period). The resident gets the (current) form back, input kept, with a fresh signed id and a
 * notice to send it again; sending it again stores it.
 */
export type FormError = 'submissionId' | 'version';

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
      /** The signed id the re-rendered form must carry: the posted one when valid, else a fresh one. */
      submissionId: string;
      /** Why the participation code was refused (`verification: code`). */
      codeError?: CodeProblem;
    }
  | { kind: 'spam'; published: PublishedDefinition; locale: Locale }
  | { kind: 'stored' | 'duplicate'; published: PublishedDefinition; submission: Submission }
  /** `verification: email`: stored as pending (or capped), see pending-submit.ts. */
  | PendingOutcome;

export interface SubmitDeps extends PendingDeps {
  /** `putPendingOnce` is needed only for consultations with `verification: email`. */
  repository: Pick<Repository, 'putSubmissionOnce'> & Partial<Pick<Repository, 'putPendingOnce'>>;
  definitions: DefinitionCache;
  /** The PARTICIPATION keyring: checks the posted id and signs the re-rendered form's one. */
  participationKeyring: () => Promise<Keyring>;
  /** How long a rendered form's id is accepted (default one day). */
  formIdMaxAgeSeconds?: number;
  /** How long after a newer publish the previous version's forms are accepted (default 2 hours). */
  versionGraceSeconds?: number;
  /** Needed by consultations with `verification: code`. */
  codes?: CodeCheckDeps | undefined;
  now?: () => Date;
}

const DEFAULT_VERSION_GRACE_SECONDS = 2 * 60 * 60;

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
  const locale = localeOf(current.definition, single(input.body._lang));

  // Dates and closing by hand are the current version's, whatever version the form came from.
  const state = consultationState(current.definition, now, current.closedAt);
  if (state !== 'open') return { kind: 'unavailable', published: current, locale, reason: state };
  // Bots fill every field; people never see this one. Nothing is stored and nothing is told.
  if (single(input.body._website)?.trim()) return { kind: 'spam', published: current, locale };

  const keyring = await deps.participationKeyring();
  const verificationOf = (p: PublishedDefinition) => participationOf(p.definition).verification;
  const posted = await loadedVersion(deps, current, single(input.body._v), now);
  // An older form asked under other participation rules (no code, no confirmation) is refused: a vote
  // by code or by confirmed address cannot be dodged, and the current rules always find their fields.
  const loaded = posted && verificationOf(posted) !== verificationOf(current) ? undefined : posted;
  const published = loaded ?? current;
  const binding = { consultationId: current.definition.id, version: published.version };
  const token = verifyFormToken(keyring, single(input.body._sid), binding, now, deps.formIdMaxAgeSeconds);
  const result = validatorFor(published)(input.body);
  // The current version decides whether a code is needed: an older form cannot dodge it.
  const code =
    participationOf(current.definition).verification === 'code'
      ? readCode(single(input.body[CODE_FIELD]))
      : undefined;
  const codeProblem = code && 'problem' in code ? code.problem : undefined;
  const invalid = (errors: FieldErrors, formError?: FormError, codeError = codeProblem): SubmitOutcome => ({
    kind: 'invalid',
    published,
    locale: localeOf(published.definition, single(input.body._lang)),
    errors,
    ...(formError ? { formError } : {}),
    ...(codeError ? { codeError } : {}),
    values: input.body,
    submissionId:
      !formError && token.ok ? (single(input.body._sid) ?? '') : issueFormToken(keyring, binding, now),
  });
  if (!loaded) return invalid(result.ok ? {} : result.errors, 'version');
  if (!result.ok) return invalid(result.errors);
  if (!token.ok) return invalid({}, 'submissionId');
  if (codeProblem) return invalid({});
  // Email double opt-in: nothing counts, starts or is copied until the emailed link is confirmed.
  // Like every submission it belongs to the current version (its workflow, contact, retention).
  if (participationOf(current.definition).verification === 'email') {
    return submitPending(deps, {
      published: current,
      locale,
      answers: result.answers,
      submissionId: token.submissionId,
      copyRequested: single(input.body._copy) === 'yes',
      now,
    });
  }
  const spend =
    code && 'symbols' in code
      ? await codeCheck(deps, current.definition.id, code.symbols, token.submissionId)
      : undefined;
  if (spend?.kind === 'refused') return invalid({}, undefined, spend.problem);

  // The answers follow the form the resident saw; what governs them (workflow, approvers, contact,
  // retention, the version the submission belongs to) is the current version's.
  const { submission, effects } = buildSubmission(current.definition, current.version, {
    id: token.submissionId,
    locale,
    answers: result.answers,
    copyRequested: single(input.body._copy) === 'yes',
    now,
    answeredWith: published.definition,
  });
  const counters = countersFor(current.definition, submission.answers);
  if (spend?.kind === 'spend') counters[spend.counter] = 1;
  const options = spend?.kind === 'spend' ? spend.options : {};
  const stored = await deps.repository.putSubmissionOnce(submission, counters, effects, options);
  if (stored.stored) return { kind: 'stored', published: current, submission };
  // Spent or voided between the lookup and the write (a second form with the same code won).
  if ('refused' in stored && code && 'symbols' in code) {
    const again = await codeCheck(deps, current.definition.id, code.symbols, token.submissionId);
    return invalid({}, undefined, again.kind === 'refused' ? again.problem : 'used');
  }
  if ('refused' in stored) throw new Error('A code was refused that was not spent');
  return { kind: 'duplicate', published: current, submission: stored.existing };
}

function codeCheck(deps: SubmitDeps, consultationId: string, symbols: string, submissionId: string) {
  if (!deps.codes) throw new Error('verification "code" needs the code lookup (SubmitDeps.codes)');
  return checkCode(deps.codes, consultationId, symbols, submissionId);
}

/**
 * The version whose form was posted (`_v`), when it is still accepted: the current one, or the one
 * it replaced while the replacement is younger than the grace period (a resident who loaded the
 * form just before a publish is not turned away). Undefined for an unknown version or one replaced
 * longer ago; also when the alias does not say when the current version was published.
 */
async function loadedVersion(
  deps: SubmitDeps,
  current: PublishedDefinition,
  posted: string | undefined,
  now: Date,
): Promise<PublishedDefinition | undefined> {
  if (!posted || posted === current.version) return current;
  const graceMs = (deps.versionGraceSeconds ?? DEFAULT_VERSION_GRACE_SECONDS) * 1000;
  const since = current.publishedAt === undefined ? Number.NaN : Date.parse(current.publishedAt);
  if (!(now.getTime() - since < graceMs)) return undefined;
  const definition = await deps.definitions.version(current.definition.id, posted);
  return definition ? { definition, version: posted } : undefined;
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
  input: {
    id: string;
    locale: Locale;
    answers: Answers;
    copyRequested: boolean;
    now: Date;
    /** The version whose form was filled in, when older: what it called personal stays personal. */
    answeredWith?: Consultation;
  },
): { submission: Submission; effects: Effect[] } {
  const split = splitPersonal(definition, input.answers);
  const answers: Answers = {};
  const personal: Answers = { ...split.personal };
  const personalBefore = new Set(
    (input.answeredWith?.fields ?? []).flatMap((field) =>
      'personal' in field && field.personal ? [field.id] : [],
    ),
  );
  for (const [id, value] of Object.entries(split.answers))
    (personalBefore.has(id) ? personal : answers)[id] = value;
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
