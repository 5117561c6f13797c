import { consultationState } from '../../shared/definition/schedule.ts';
import type { Keyring } from '../../shared/links/signed-token.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import { issueFormToken } from '../../shared/submissions/form-token.ts';
import { renderFormPage, renderUnavailablePage } from '../../shared/views/index.ts';
import { HttpError } from '../http/http-error.ts';
import { slugParameter } from '../http/path-parameters.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse } from '../http/responses.ts';
import { pageRoute } from '../http/route-chain.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';

export interface FormDeps {
  definitions: Pick<DefinitionCache, 'bySlug'>;
  /** The PARTICIPATION keyring, which signs each form's submission id (read once per cold start). */
  participationKeyring: () => Promise<Keyring>;
  now: () => Date;
}

/** GET /c/{slug} — the form of an open consultation, carrying a fresh server-signed submission id. */
export function createFormHandler(deps: FormDeps) {
  return pageRoute().handler(async (event) => {
    const published = await deps.definitions.bySlug(slugParameter(event));
    if (!published) throw new HttpError(404, 'No consultation has this slug');
    const { definition, version, closedAt } = published;
    const locale = requestLocale(event, {
      available: definition.languages,
      fallback: definition.defaultLanguage,
    });
    const now = deps.now();
    const state = consultationState(definition, now, closedAt);
    if (state !== 'open') {
      return htmlResponse(200, renderUnavailablePage({ definition, locale, reason: state, closedAt }));
    }
    const binding = { consultationId: definition.id, version };
    const submissionId = issueFormToken(await deps.participationKeyring(), binding, now);
    const page = renderFormPage({ definition, version, locale, submissionId });
    // Each render carries its own submission id: a cached copy would make two residents share one.
    return htmlResponse(200, page, { 'cache-control': 'no-store' });
  });
}

export const handler = createFormHandler({
  ...httpDependencies(process.env),
  participationKeyring: linkKeyring(process.env, 'PARTICIPATION'),
});
