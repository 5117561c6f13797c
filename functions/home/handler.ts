import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { consultationState } from '../../shared/definition/schedule.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';
import { renderHomePage } from '../../shared/views/index.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse } from '../http/responses.ts';
import { allowedMethods } from '../middleware/allowed-methods.ts';
import { httpErrors } from '../middleware/http-errors.ts';
import { securityHeaders } from '../middleware/security-headers.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';

export interface HomeDeps {
  repository: Pick<Repository, 'listConsultations'>;
  now: () => Date;
}

/** GET / — the consultations open right now, in the visitor's language. */
export function createHomeHandler(deps: HomeDeps) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(securityHeaders())
    .use(allowedMethods(['GET', 'HEAD']))
    .use(httpErrors())
    .handler(async (event) => {
      const now = deps.now();
      const consultations = (await deps.repository.listConsultations()).filter(
        (consultation) => consultationState(consultation, now) === 'open',
      );
      const page = renderHomePage({ locale: requestLocale(event), consultations, now });
      return htmlResponse(200, page, { vary: 'accept-language' });
    });
}

export const handler = createHomeHandler(httpDependencies(process.env));
