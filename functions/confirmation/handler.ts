import type { Keyring } from '../../shared/links/index.ts';
import { statusLink } from '../../shared/mail/links.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';
import { renderConfirmationPage } from '../../shared/views/index.ts';
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
  /** Signs the status link shown for a submission with an approval workflow. */
  keyring: () => Promise<Keyring>;
  now: () => Date;
}

/** GET /c/{slug}/s/{submissionId} — the confirmation of a stored submission (read only). */
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
    // A relative link: the page is on the same origin, and the token is signed afresh for each view.
    const status = submission.workflow
      ? statusLink('', await deps.keyring(), { consultationId: definition.id, submissionId }, deps.now())
      : undefined;
    const page = renderConfirmationPage({
      definition,
      locale,
      reference: submission.reference,
      ...(submission.copyTo ? { copyTo: maskAddress(submission.copyTo) } : {}),
      ...(status ? { statusLink: status } : {}),
    });
    return htmlResponse(200, page);
  });
}

export const handler = createConfirmationHandler({
  ...httpDependencies(process.env),
  keyring: linkKeyring(process.env),
});
