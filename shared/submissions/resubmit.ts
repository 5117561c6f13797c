import { splitPersonal } from '../answers/index.ts';
import type { FieldErrors, FormBody } from '../answers/types.ts';
import type { Consultation } from '../definition/schema.ts';
import { submitterAddress } from '../mail/recipient.ts';
import type { DefinitionCache } from '../storage/definition-cache.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { PublishedDefinition, Submission } from '../storage/types.ts';
import { transition } from '../workflow/engine.ts';
import type { EmailEffect, Refusal, Step } from '../workflow/types.ts';
import { applyStep, inWorkflow } from './apply-step.ts';
import { validatorFor } from './validators.ts';

export interface ResubmitDeps {
  repository: Pick<Repository, 'getSubmission' | 'applyTransition'>;
  definitions: Pick<DefinitionCache, 'version'>;
}

export interface ResubmitInput {
  consultationId: string;
  submissionId: string;
  /** The revised form as posted. */
  body: FormBody;
  now: Date;
}

/** What became of a resubmission. */
export type ResubmitOutcome =
  | { kind: 'resubmitted'; submission: Submission }
  | {
      kind: 'invalid';
      /** The version the submission was made with: the form is re-rendered from it. */
      published: PublishedDefinition;
      errors: FieldErrors;
      values: FormBody;
    }
  /** Not sent back (any more), e.g. a repeated POST after the first one went through, or final. */
  | { kind: 'refused'; reason: Refusal }
  | { kind: 'notFound' };

/** A resubmission racing a concurrent step for longer than any real one takes: a bug or an outage. */
export class ResubmitContentionError extends Error {
  override name = 'ResubmitContentionError';
}

const MAX_ATTEMPTS = 5;

/**
 * Stores a submitter's revised answers after a send-back: validated with the compiled validator of
 * the definition version the submission was made with, then written with the engine's `resubmitted`
 * step (new answers, state, audit events and emails) in one transaction conditional on the version.
 */
export async function resubmitAnswers(deps: ResubmitDeps, input: ResubmitInput): Promise<ResubmitOutcome> {
  const { consultationId, submissionId, body, now } = input;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const submission = await deps.repository.getSubmission(consultationId, submissionId);
    if (!inWorkflow(submission)) return { kind: 'notFound' };
    const { snapshot, state } = submission.workflow;
    if (state.status !== 'sentBack') {
      return { kind: 'refused', reason: state.status === 'inStage' ? 'notSentBack' : 'final' };
    }
    const definition = await deps.definitions.version(consultationId, submission.definitionVersion);
    if (!definition) return { kind: 'notFound' };
    const published = { definition, version: submission.definitionVersion };
    const result = validatorFor(published)(body);
    if (!result.ok) return { kind: 'invalid', published, errors: result.errors, values: body };

    const step = transition(snapshot, state, { type: 'resubmitted', at: now.toISOString() });
    if (!step.ok) return { kind: 'refused', reason: step.reason };
    const answers = splitPersonal(definition, result.answers);
    const told = withOldAddressTold(step, definition, submission, { ...submission, ...answers });
    const applied = await applyStep(deps.repository, submission, told, { answers, now });
    if (applied.kind === 'applied') {
      return {
        kind: 'resubmitted',
        submission: { ...submission, ...answers, workflow: { snapshot, state: step.state } },
      };
    }
    // The state changed since the read (a parallel POST of the same form): read again and decide anew.
  }
  throw new ResubmitContentionError(`Resubmission of ${submissionId} lost ${MAX_ATTEMPTS} races in a row`);
}

/**
 * The step with one more email when the revision changed the submitter's address: the old address
 * is told (contactChanged, written in the same transaction as the new answers), so a changed
 * address cannot silently take over the submission's mail.
 */
function withOldAddressTold(
  step: Step & { ok: true },
  definition: Consultation,
  before: Submission,
  after: Submission,
): Step & { ok: true } {
  const old = submitterAddress(before, definition);
  const current = submitterAddress(after, definition);
  if (old === undefined || old.toLowerCase() === current?.toLowerCase()) return step;
  const tell: EmailEffect = {
    type: 'email',
    template: 'contactChanged',
    to: { kind: 'previousAddress', email: old },
  };
  return { ...step, effects: [...step.effects, tell] };
}
