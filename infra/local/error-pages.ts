import { LOCALES } from '../../shared/i18n/locales.ts';
import { negotiateLocale } from '../../shared/i18n/negotiate.ts';
import { renderErrorPage } from '../../shared/views/index.ts';
import type { ErrorPageRenderer } from './http-adapter.ts';

/** The views' localized error page for what the adapter answers itself (unknown path, 405, 413, 500). */
export const renderAdapterErrorPage: ErrorPageRenderer = (status, request) => {
  const locale = negotiateLocale({
    query: new URLSearchParams(request.rawQueryString).get('lang') ?? undefined,
    acceptLanguage: request.acceptLanguage,
    available: LOCALES,
    fallback: 'de',
  });
  return renderErrorPage({ locale, status });
};
