import type { Repository } from '../../shared/storage/repository-types.ts';
import { renderHomePage } from '../../shared/views/index.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse } from '../http/responses.ts';
import { pageRoute } from '../http/route-chain.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';

export interface HomeDeps {
  repository: Pick<Repository, 'listConsultations'>;
  now: () => Date;
}

/** GET / — the consultations open right now and those that ended, in the visitor's language. */
export function createHomeHandler(deps: HomeDeps) {
  return pageRoute().handler(async (event) => {
    const now = deps.now();
    const consultations = await deps.repository.listConsultations();
    const page = renderHomePage({ locale: requestLocale(event), consultations, now });
    return htmlResponse(200, page, { vary: 'accept-language' });
  });
}

export const handler = createHomeHandler(httpDependencies(process.env));
