import type { Consultation } from '../../definition/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { AuditEvent, Submission } from '../../storage/types.ts';
import type { DecisionPreview } from '../../workflow/preview.ts';
import type { WorkflowStage } from '../../workflow/types.ts';

/** Longest comment an approver may write; the decide handler refuses longer ones with a message. */
export const MAX_REVIEW_COMMENT_LENGTH = 2000;

/**
 * What every approver page shows: the submission as its definition version describes it, where it
 * stands, and the stage the approver's link was made for. Approvers are never named by address.
 */
export interface ReviewContext {
  definition: Consultation;
  submission: Pick<Submission, 'reference' | 'submittedAt' | 'locale' | 'answers'>;
  /** The audit trail, oldest first. */
  events: readonly AuditEvent[];
  /** Every stage of the submission's workflow snapshot (to name the stages of the history). */
  stages: readonly WorkflowStage[];
  /** The stage the link was made for. */
  stage: WorkflowStage;
  /** The page language (the approver's, or the one chosen with `?lang=`). */
  locale: Locale;
  /**
   * While the approver can still decide: the stage's rule, the tally of the round and what each
   * decision would cause, as the workflow engine computes them (the page never recomputes them).
   */
  preview?: DecisionPreview | undefined;
}
