import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../shared/config.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';
import type { SiteSettingsStore } from '../../shared/storage/site-settings.ts';
import { createSiteSettingsStore } from '../../shared/storage/site-settings.ts';
import {
  renderAccessibilityPage,
  renderConsultationPrivacyPage,
  renderContactPage,
  renderImpressumPage,
  renderPrivacyPage,
} from '../../shared/views/legal/index.ts';
import { HttpError } from '../http/http-error.ts';
import { slugParameter } from '../http/path-parameters.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse } from '../http/responses.ts';
import { pageRoute } from '../http/route-chain.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';

export interface LegalDeps {
  site: Pick<SiteSettingsStore, 'getSiteSettings'>;
  repository: Pick<Repository, 'listConsultations'>;
  definitions: Pick<DefinitionCache, 'bySlug'>;
}

/** The pages of the footer, by path. */
const SITE_PAGES = {
  '/impressum': renderImpressumPage,
  '/barrierefreiheit': renderAccessibilityPage,
  '/kontakt': renderContactPage,
} as const;

/**
 * GET /impressum, /datenschutz, /barrierefreiheit, /kontakt and /c/{slug}/datenschutz — the legal
 * pages every resident page links to, from the deployment's site settings (forms/site/settings.yaml)
 * and, for a consultation's privacy notice, its definition.
 */
export function createLegalHandler(deps: LegalDeps) {
  return pageRoute().handler(async (event) => {
    const site = await deps.site.getSiteSettings();
    if (!site) throw new HttpError(404, 'The site settings are not published');
    const path = event.routeKey.replace(/^[A-Z]+ /, '');
    if (path === '/c/{slug}/datenschutz') {
      const published = await deps.definitions.bySlug(slugParameter(event));
      if (!published) throw new HttpError(404, 'No consultation has this slug');
      const { definition } = published;
      const locale = requestLocale(event, {
        available: definition.languages,
        fallback: definition.defaultLanguage,
      });
      return htmlResponse(200, renderConsultationPrivacyPage({ locale, site, definition }));
    }
    const locale = requestLocale(event, { available: LOCALES, fallback: 'de' });
    if (path === '/datenschutz') {
      const consultations = await deps.repository.listConsultations();
      return htmlResponse(200, renderPrivacyPage({ locale, site, consultations }));
    }
    const render = SITE_PAGES[path as keyof typeof SITE_PAGES];
    if (!render) throw new HttpError(404, 'No such page');
    return htmlResponse(200, render({ locale, site }));
  });
}

function legalDependencies(env: NodeJS.ProcessEnv): LegalDeps {
  const { repository, definitions } = httpDependencies(env);
  const site = createSiteSettingsStore({
    client: new DynamoDBClient({}),
    tableName: loadConfig(env).tableName,
  });
  return { site, repository, definitions };
}

export const handler = createLegalHandler(legalDependencies(process.env));
