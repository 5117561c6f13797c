import { formValues } from '../../shared/answers/form-body.ts';
import type { Keyring } from '../../shared/links/index.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';
import { type ResubmitDeps, resubmitAnswers } from '../../shared/submissions/resubmit.ts';
import {
  type ResubmitRefusal,
  renderResubmitRefusedPage,
  renderStatusLinkExpiredPage,
  renderStatusPage,
  WORKFLOW_VERSION_FIELD,
} from '../../shared/views/index.ts';
import type { Refusal } from '../../shared/workflow/types.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formPostRoute, MAX_FORM_BYTES } from '../http/route-chain.ts';
import { readSignedLink } from '../http/signed-link.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';
import { statusPath, submissionPage } from '../status/submission-page.ts';

export interface ResubmitHandlerDeps extends ResubmitDeps {
  repository: Pick<Repository, 'getSubmission' | 'getSubmissionHistory' | 'applyTransition'>;
  definitions: Pick<DefinitionCache, 'version'>;
  keyring: () => Promise<Keyring>;
  now: () => Date;
}

/**
 * POST /s/{token} — the revised form of a sent-back submission. Valid: stored in one transaction
 * and back to the stage that sent it back (303 to the status page); invalid: the status page again
 * with the input and errors (400); not sent back, decided or changed since the form was shown: 409.
 */
export function createResubmitHandler(deps: ResubmitHandlerDeps) {
  return formPostRoute(MAX_FORM_BYTES).handler(async (event) => {
    const body = formBodyOf(event);
    const now = deps.now();
    const link = readSignedLink(event, await deps.keyring(), 'status', now);
    const { consultationId, submissionId } = link.claims;
    const explicit = formValues(body, '_lang')[0];
    const read = await deps.repository.getSubmission(consultationId, submissionId);
    const { submission, definition, locale } = await submissionPage(deps.definitions, event, read, explicit);
    if (link.kind === 'expired') {
      return htmlResponse(410, renderStatusLinkExpiredPage({ definition, locale }));
    }
    const refused = (reason: ResubmitRefusal) =>
      htmlResponse(
        409,
        renderResubmitRefusedPage({ definition, locale, reason, statusPath: statusPath(event) }),
      );
    const state = submission.workflow?.state;
    if (!state) throw new HttpError(404, 'The submission has no workflow', { locale });
    if (state.status !== 'sentBack') return refused(state.status === 'inStage' ? 'notSentBack' : 'final');
    // The form carries the version it was rendered at: a form from before another send-back would
    // otherwise overwrite answers the submitter has not seen.
    if (formValues(body, WORKFLOW_VERSION_FIELD)[0] !== String(state.version)) return refused('stale');

    const outcome = await resubmitAnswers(deps, { consultationId, submissionId, body, now });
    switch (outcome.kind) {
      case 'resubmitted':
        return seeOther(`${statusPath(event)}?lang=${encodeURIComponent(locale)}`);
      case 'invalid': {
        const history = await deps.repository.getSubmissionHistory(consultationId, submissionId);
        if (!history) throw new HttpError(404, 'The submission disappeared', { locale });
        const page = renderStatusPage({
          definition: outcome.published.definition,
          history,
          locale,
          action: statusPath(event),
          revision: { values: outcome.values, errors: outcome.errors },
        });
        return htmlResponse(400, page, { 'cache-control': 'no-store' });
      }
      case 'refused':
        return refused(refusalPage(outcome.reason));
      case 'notFound':
        throw new HttpError(404, 'The submission or its definition does not exist', { locale });
      default:
        return outcome satisfies never;
    }
  });
}

/** A refused `resubmitted` step is either final or not (any more) sent back; nothing else applies. */
function refusalPage(reason: Refusal): ResubmitRefusal {
  return reason === 'final' ? 'final' : 'notSentBack';
}

export const handler = createResubmitHandler({
  ...httpDependencies(process.env),
  keyring: linkKeyring(process.env),
});
