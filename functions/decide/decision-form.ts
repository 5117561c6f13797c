import * as z from 'zod';
import type { FormBody } from '../../shared/answers/types.ts';
import { DECISIONS, type Decision } from '../../shared/definition/workflow-schema.ts';
import { MAX_REVIEW_COMMENT_LENGTH, type ReviewFormErrors } from '../../shared/views/index.ts';

/** A posted decision form: valid, or refused with per-field errors and the input to show again. */
export type DecisionForm =
  | { ok: true; decision: Decision; comment?: string }
  | { ok: false; errors: ReviewFormErrors; values: { decision?: Decision; comment?: string } };

/** One value of a form field; a repeated name is a forged form, read like a missing value. */
const single = z.preprocess((value) => (Array.isArray(value) ? undefined : value), z.string().optional());

const formSchema = z.object({ decision: single, comment: single });

/**
 * Checks the decision form against what the stage allows: a decision it offers, and a comment of at
 * most MAX_REVIEW_COMMENT_LENGTH characters that is required to reject or to send back.
 */
export function parseDecisionForm(body: FormBody, allowed: readonly Decision[]): DecisionForm {
  const { decision: rawDecision, comment: rawComment = '' } = formSchema.parse(body);
  const offered = z.enum(DECISIONS).safeParse(rawDecision);
  const decision = offered.success && allowed.includes(offered.data) ? offered.data : undefined;
  const comment = rawComment.replace(/\r\n?/g, '\n').trim();
  const errors: ReviewFormErrors = {};
  if (!decision) errors.decision = 'required';
  if ([...comment].length > MAX_REVIEW_COMMENT_LENGTH) errors.comment = 'tooLong';
  else if (comment === '' && decision !== undefined && decision !== 'approve') errors.comment = 'required';
  if (decision && !errors.comment) return { ok: true, decision, ...(comment ? { comment } : {}) };
  return {
    ok: false,
    errors,
    values: { ...(decision ? { decision } : {}), ...(rawComment ? { comment: rawComment } : {}) },
  };
}
