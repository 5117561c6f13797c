import { type DecisionDeps, recordDecision } from '../../shared/submissions/decide.ts';
import { renderDecidedPage, renderReviewPage, renderStageClosedPage } from '../../shared/views/index.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formPostRoute } from '../http/route-chain.ts';
import { readSignedLink } from '../http/signed-link.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { loadReview, type ReviewDeps, reviewPath } from '../review/review-link.ts';
import { expiredResponse, PRIVATE_PAGE_HEADERS, standingResponse } from '../review/review-responses.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';
import { parseDecisionForm } from './decision-form.ts';

/** A comment of 2,000 characters and a decision fit many times over; anything larger is not our form. */
export const MAX_DECISION_FORM_BYTES = 16 * 1024;

export type DecideDeps = ReviewDeps & { repository: DecisionDeps['repository'] };

/**
 * POST /r/{token} — records the approver's decision once (the decision marker is a conditional
 * write), then 303 to the link's page, which now shows it as done. Invalid form: 400 with the form
 * again; expired link: 410 and nothing changes; decided before or round over: 409 with the reason.
 */
export function createDecideHandler(deps: DecideDeps) {
  return formPostRoute(MAX_DECISION_FORM_BYTES).handler(async (event) => {
    const now = deps.now();
    const link = readSignedLink(event, await deps.keyring(), 'decide', now);
    const token = event.pathParameters?.token ?? '';
    const review = await loadReview(deps, event, link.claims);
    if (link.kind === 'expired') {
      if (review.standing.kind === 'pending') return expiredResponse(review, token);
      return { ...standingResponse(review, 409), statusCode: 410 };
    }
    if (review.standing.kind !== 'pending') return standingResponse(review, 409);

    const { context, claims } = review;
    const form = parseDecisionForm(formBodyOf(event), context.stage.decisions);
    if (!form.ok) {
      const page = renderReviewPage({ ...context, values: form.values, errors: form.errors });
      return htmlResponse(400, page, PRIVATE_PAGE_HEADERS);
    }
    const outcome = await recordDecision(deps, {
      ...claims,
      decision: form.decision,
      ...(form.comment ? { comment: form.comment } : {}),
      now,
    });
    switch (outcome.kind) {
      case 'recorded':
        return seeOther(reviewPath(token, { done: '1', lang: context.locale }));
      case 'alreadyDecided':
        return htmlResponse(
          409,
          renderDecidedPage({ ...context, decision: outcome.existing, done: false }),
          PRIVATE_PAGE_HEADERS,
        );
      case 'refused':
        switch (outcome.reason) {
          case 'notAnApprover':
            throw new HttpError(403, 'The engine does not know this approver in this stage');
          case 'decisionNotAllowed':
          case 'commentRequired': {
            // The form check above should have caught it; the engine's word is final.
            const errors =
              outcome.reason === 'commentRequired'
                ? { comment: 'required' as const }
                : { decision: 'required' as const };
            const page = renderReviewPage({ ...context, values: { decision: form.decision }, errors });
            return htmlResponse(400, page, PRIVATE_PAGE_HEADERS);
          }
          default:
            return htmlResponse(409, renderStageClosedPage(context), PRIVATE_PAGE_HEADERS);
        }
      case 'notFound':
        throw new HttpError(404, 'The submission of this link is gone', { locale: context.locale });
      default:
        return outcome satisfies never;
    }
  });
}

const dependencies = httpDependencies(process.env);
export const handler = createDecideHandler({ ...dependencies, keyring: linkKeyring(process.env) });
