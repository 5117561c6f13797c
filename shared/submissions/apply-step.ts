import type { Repository, TransitionResult, TransitionWrite } from '../storage/repository-types.ts';
import type { Submission, SubmissionWorkflow } from '../storage/types.ts';
import type { Step } from '../workflow/types.ts';

/** A submission that goes through an approval workflow. */
export type SubmissionInWorkflow = Submission & { workflow: SubmissionWorkflow };

/** Whether a submission was found and has a workflow to step (narrows its `workflow`). */
export function inWorkflow(submission: Submission | undefined): submission is SubmissionInWorkflow {
  return submission?.workflow !== undefined;
}

/**
 * Writes one engine step of a submission, conditional on the workflow state it was computed from
 * being still the stored one; `extra` adds what the step records besides state and effects.
 */
export function applyStep(
  repository: Pick<Repository, 'applyTransition'>,
  submission: SubmissionInWorkflow,
  step: Step & { ok: true },
  extra: Pick<TransitionWrite, 'decision' | 'answers' | 'now'>,
): Promise<TransitionResult> {
  const { snapshot, state } = submission.workflow;
  return repository.applyTransition({
    consultationId: submission.consultationId,
    submissionId: submission.id,
    expectedVersion: state.version,
    previousState: state,
    snapshot,
    expiresAt: submission.expiresAt,
    state: step.state,
    effects: step.effects,
    ...extra,
  });
}
