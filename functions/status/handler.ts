import type { Keyring } from '../../shared/links/index.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';
import { renderStatusLinkExpiredPage, renderStatusPage } from '../../shared/views/index.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse } from '../http/responses.ts';
import { pageRoute } from '../http/route-chain.ts';
import { readSignedLink } from '../http/signed-link.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';
import { statusPath, submissionPage } from './submission-page.ts';

export interface StatusDeps {
  repository: Pick<Repository, 'getSubmission' | 'getSubmissionHistory'>;
  definitions: Pick<DefinitionCache, 'version'>;
  keyring: () => Promise<Keyring>;
  now: () => Date;
}

/**
 * GET /s/{token} — a submitter's private status page: where the submission stands, its history,
 * and, when it was sent back, the form to revise it. Reads only: GET and HEAD never change anything.
 */
export function createStatusHandler(deps: StatusDeps) {
  return pageRoute().handler(async (event) => {
    const link = readSignedLink(event, await deps.keyring(), 'status', deps.now());
    const { consultationId, submissionId } = link.claims;
    if (link.kind === 'expired') {
      // No renewal: the link is the only proof of who asks, so the page names whom to contact.
      const submission = await deps.repository.getSubmission(consultationId, submissionId);
      const { definition, locale } = await submissionPage(deps.definitions, event, submission);
      return htmlResponse(410, renderStatusLinkExpiredPage({ definition, locale }));
    }
    const history = await deps.repository.getSubmissionHistory(consultationId, submissionId);
    // Gone after its retention period: nothing to show.
    if (!history) throw new HttpError(404, 'The submission of this status link does not exist');
    const { definition, locale } = await submissionPage(deps.definitions, event, history.submission);
    const page = renderStatusPage({ definition, history, locale, action: statusPath(event) });
    return htmlResponse(200, page, { 'cache-control': 'no-store' });
  });
}

export const handler = createStatusHandler({
  ...httpDependencies(process.env),
  keyring: linkKeyring(process.env),
});
