import { resultsPublication, tallyResults } from '../../shared/results/index.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';
import { renderResultsPage } from '../../shared/views/results/index.ts';
import { HttpError } from '../http/http-error.ts';
import { slugParameter } from '../http/path-parameters.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse } from '../http/responses.ts';
import { pageRoute } from '../http/route-chain.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';

export interface ResultsDeps {
  repository: Pick<Repository, 'resultCounts'>;
  definitions: Pick<DefinitionCache, 'bySlug'>;
  now: () => Date;
}

/**
 * GET /c/{slug}/results — the public results of a consultation whose definition publishes them.
 * The figures come from the result counters alone (SHARD_COUNT GetItems whatever the number of
 * submissions), never from the submissions; a consultation that does not publish answers 404.
 */
export function createResultsHandler(deps: ResultsDeps) {
  return pageRoute().handler(async (event) => {
    const published = await deps.definitions.bySlug(slugParameter(event));
    if (!published) throw new HttpError(404, 'No consultation has this slug');
    const { definition, closedAt } = published;
    const locale = requestLocale(event, {
      available: definition.languages,
      fallback: definition.defaultLanguage,
    });
    const now = deps.now();
    const publication = resultsPublication(definition, now, closedAt);
    if (publication.kind === 'never') {
      throw new HttpError(404, 'This consultation does not publish results', { locale });
    }
    const counts = publication.kind === 'public' ? await deps.repository.resultCounts(definition.id) : {};
    const page = renderResultsPage({
      definition,
      locale,
      publication,
      tally: tallyResults(definition, counts),
      now,
      closedAt,
    });
    // Live figures change with every answer; a minute's staleness is fine and spares the counters.
    return htmlResponse(200, page, { 'cache-control': 'public, max-age=60' });
  });
}

export const handler = createResultsHandler(httpDependencies(process.env));
