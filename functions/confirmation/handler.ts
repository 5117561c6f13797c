import type { Keyring } from '../../shared/links/index.ts';
import { statusLink } from '../../shared/mail/links.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';
import { renderConfirmationPage } from '../../shared/views/index.ts';
import {
  cameOverHttps,
  clearFirstViewCookie,
  confirmationPathOf,
  hasFirstViewCookie,
} from '../http/first-view-cookie.ts';
import { HttpError } from '../http/http-error.ts';
import { slugParameter, submissionIdParameter } from '../http/path-parameters.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse } from '../http/responses.ts';
import { pageRoute } from '../http/route-chain.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';
import { maskAddress } from './mask-address.ts';

export interface ConfirmationDeps {
  repository: Pick<Repository, 'getSubmission'>;
  definitions: Pick<DefinitionCache, 'bySlug'>;
  /** Signs the status link shown for a submission with an approval workflow; checks the first-view cookie. */
  keyring: () => Promise<Keyring>;
  now: () => Date;
}

/**
 * GET /c/{slug}/s/{submissionId} — the confirmation of a stored submission (read only). The status
 * link is shown once: only with the first-view cookie the 303 of the POST set (and then cleared);
 * opened again from the history, the page shows the reference and no link.
 */
export function createConfirmationHandler(deps: ConfirmationDeps) {
  return pageRoute().handler(async (event) => {
    const slug = slugParameter(event);
    const submissionId = submissionIdParameter(event);
    const published = await deps.definitions.bySlug(slug);
    // Read right after the redirect from the POST: getSubmission reads strongly consistent. The
    // consultation is part of the key, so an id of another consultation is simply not found here.
    const submission =
      published && (await deps.repository.getSubmission(published.definition.id, submissionId));
    if (!published || !submission) {
      throw new HttpError(404, 'No such submission for this consultation');
    }
    const { definition } = published;
    const fallback = definition.languages.includes(submission.locale)
      ? submission.locale
      : definition.defaultLanguage;
    const locale = requestLocale(event, { available: definition.languages, fallback });
    const of = { consultationId: definition.id, submissionId };
    const keyring = submission.workflow ? await deps.keyring() : undefined;
    const firstView = keyring !== undefined && hasFirstViewCookie(event, keyring, of, deps.now());
    // A relative link: the page is on the same origin. It lives as long as the submission's data.
    const status =
      keyring && firstView
        ? statusLink('', keyring, { ...of, expiresAt: submission.expiresAt }, submission.locale)
        : undefined;
    const page = renderConfirmationPage({
      definition,
      locale,
      reference: submission.reference,
      ...(submission.copyTo ? { copyTo: maskAddress(submission.copyTo) } : {}),
      ...(status ? { statusLink: status } : {}),
      statusLinkShownBefore: submission.workflow !== undefined && !firstView,
    });
    const response = htmlResponse(200, page, { 'cache-control': 'no-store' });
    if (!firstView) return response;
    // Only the browser's cookie changes: shown once, the link is not shown again.
    const path = confirmationPathOf(slug, submissionId);
    return { ...response, cookies: [clearFirstViewCookie({ path, secure: cameOverHttps(event) })] };
  });
}

export const handler = createConfirmationHandler({
  ...httpDependencies(process.env),
  keyring: linkKeyring(process.env),
});
