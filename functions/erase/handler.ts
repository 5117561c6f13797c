import { formValues } from '../../shared/answers/form-body.ts';
import type { Keyring } from '../../shared/links/index.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';
import { eraseOnRequest } from '../../shared/submissions/erase.ts';
import {
  ERASURE_CONFIRM,
  ERASURE_STEP_FIELD,
  renderErasedPage,
  renderErasureConfirmPage,
  renderStatusLinkExpiredPage,
} from '../../shared/views/index.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse } from '../http/responses.ts';
import { formPostRoute } from '../http/route-chain.ts';
import { readSignedLink } from '../http/signed-link.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';
import { statusPath, submissionPage } from '../status/submission-page.ts';

/** The erasure form carries two hidden fields: a few hundred bytes are plenty. */
const MAX_ERASURE_BYTES = 1024;

export interface EraseHandlerDeps {
  repository: Pick<Repository, 'getSubmission' | 'eraseSubmissionData'>;
  definitions: Pick<DefinitionCache, 'version'>;
  keyring: () => Promise<Keyring>;
  now: () => Date;
}

/**
 * POST /s/{token}/erase — erasure on request from the private status page. Without
 * `_step=confirm` it only shows what will be erased and what stays (the status page's button);
 * with it (the confirmation's button) it erases, or says that it was done before.
 */
export function createEraseHandler(deps: EraseHandlerDeps) {
  return formPostRoute(MAX_ERASURE_BYTES).handler(async (event) => {
    const body = formBodyOf(event);
    const now = deps.now();
    const link = readSignedLink(event, await deps.keyring(), 'status', now);
    const { consultationId, submissionId } = link.claims;
    const read = await deps.repository.getSubmission(consultationId, submissionId);
    const explicit = formValues(body, '_lang')[0];
    const { submission, definition, locale } = await submissionPage(deps.definitions, event, read, explicit);
    if (link.kind === 'expired') {
      return htmlResponse(410, renderStatusLinkExpiredPage({ definition, locale }));
    }
    const page = { definition, locale, statusPath: statusPath(event) };
    const noStore = { 'cache-control': 'no-store' };
    if (submission.erasedAt) {
      return htmlResponse(
        200,
        renderErasedPage({ ...page, erasedAt: submission.erasedAt, already: true }),
        noStore,
      );
    }
    if (formValues(body, ERASURE_STEP_FIELD)[0] !== ERASURE_CONFIRM) {
      return htmlResponse(200, renderErasureConfirmPage({ ...page, submission }), noStore);
    }
    const outcome = await eraseOnRequest(deps, { consultationId, submissionId, definition, now });
    switch (outcome.kind) {
      case 'erased':
      case 'alreadyErased': {
        const erased = { ...page, erasedAt: outcome.erasedAt, already: outcome.kind === 'alreadyErased' };
        return htmlResponse(200, renderErasedPage(erased), noStore);
      }
      case 'notFound':
        throw new HttpError(404, 'The submission of this status link does not exist', { locale });
      default:
        return outcome satisfies never;
    }
  });
}

export const handler = createEraseHandler({
  ...httpDependencies(process.env),
  keyring: linkKeyring(process.env),
});
