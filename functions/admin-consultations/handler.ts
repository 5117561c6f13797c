import { dispatchByRouteKey, type LambdaHandler } from '../admin/http/index.ts';
import type { ROUTES } from '../routes.ts';
import { adminDependencies } from '../runtime/admin-dependencies.ts';
import { codeDependencies } from '../runtime/code-dependencies.ts';
import { codesRoute, generateCodesRoute, voidCodesRoute } from './codes.ts';
import { createRoute } from './create.ts';
import { departmentRoute } from './department.ts';
import type { AdminConsultationsDeps } from './deps.ts';
import { discardRoute } from './discard.ts';
import { editRoute, saveRoute } from './edit.ts';
import { exportRoute } from './export.ts';
import { closedRoute } from './lifecycle.ts';
import { listRoute } from './list.ts';
import { newRoute } from './new.ts';
import { overviewRoute } from './overview.ts';
import { previewRoute } from './preview.ts';
import { publishRoute } from './publish.ts';

type Route = (typeof ROUTES)[number];
/** Every route key (`GET /admin/consultations/{id}`, …) this function serves, from functions/routes.ts. */
export type AdminConsultationsRouteKey =
  Extract<Route, { fn: 'adminConsultations' }> extends infer R
    ? R extends { method: infer M extends string; path: infer P extends string }
      ? `${M} ${P}`
      : never
    : never;

/**
 * The consultation routes of the admin UI, one middy chain each; the `satisfies` makes a route
 * added to functions/routes.ts without a handler here a compile error.
 */
export function createAdminConsultationsHandler(deps: AdminConsultationsDeps): LambdaHandler {
  const routes = {
    'GET /admin/consultations': listRoute(deps),
    'POST /admin/consultations': createRoute(deps),
    'GET /admin/consultations/new': newRoute(deps),
    'GET /admin/consultations/{id}': overviewRoute(deps),
    'GET /admin/consultations/{id}/edit/{section}': editRoute(deps),
    'POST /admin/consultations/{id}/edit/{section}': saveRoute(deps),
    'GET /admin/consultations/{id}/preview': previewRoute(deps),
    'POST /admin/consultations/{id}/publish': publishRoute(deps),
    'POST /admin/consultations/{id}/discard': discardRoute(deps),
    'POST /admin/consultations/{id}/close': closedRoute(deps, true),
    'POST /admin/consultations/{id}/reopen': closedRoute(deps, false),
    'POST /admin/consultations/{id}/department': departmentRoute(deps),
    'GET /admin/consultations/{id}/export': exportRoute(deps),
    'GET /admin/consultations/{id}/codes': codesRoute(deps),
    'POST /admin/consultations/{id}/codes': generateCodesRoute(deps),
    'POST /admin/consultations/{id}/codes/void': voidCodesRoute(deps),
  } satisfies Record<AdminConsultationsRouteKey, LambdaHandler>;
  return dispatchByRouteKey(routes);
}

export const handler = createAdminConsultationsHandler({
  ...adminDependencies(process.env),
  codes: codeDependencies(process.env),
});
