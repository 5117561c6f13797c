import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { LOCALES, type Locale } from '../../shared/i18n/locales.ts';
import { negotiateLocale } from '../../shared/i18n/negotiate.ts';
import { requestHeader } from './request-headers.ts';

export interface LocaleChoice {
  /** Languages the page exists in (a consultation's languages; every UI language by default). */
  available?: readonly Locale[];
  fallback?: Locale;
  /** An explicit choice that wins over `?lang=`, e.g. the `_lang` field of a posted form. */
  explicit?: string | undefined;
  /**
   * Whether the browser's Accept-Language counts (default true). Pages of one person's own record
   * (status, review) say false: they follow the record's language until the person switches.
   */
  askBrowser?: boolean;
}

/** The page language for a request: explicit choice, then `?lang=`, then Accept-Language (unless not asked), then the fallback. */
export function requestLocale(event: APIGatewayProxyEventV2, choice: LocaleChoice = {}): Locale {
  const available = choice.available ?? LOCALES;
  const fallback = choice.fallback ?? 'de';
  const query = event.queryStringParameters?.lang;
  const explicit =
    choice.explicit !== undefined && available.some((l) => l === choice.explicit)
      ? choice.explicit
      : undefined;
  return negotiateLocale({
    query: explicit ?? query,
    acceptLanguage: choice.askBrowser === false ? undefined : requestHeader(event, 'accept-language'),
    available,
    fallback,
  });
}
