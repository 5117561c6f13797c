import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteSettings, type SiteSettings } from '../../../shared/site/index.ts';
import { createDefinitionCache } from '../../../shared/storage/index.ts';
import { createSiteSettingsStore } from '../../../shared/storage/site-settings.ts';
import { aConsultation, aConsultationWithWorkflow } from '../../support/consultation-factory.ts';
import { httpEvent, lambdaContext } from '../../support/events.ts';
import { type FunctionEnvironment, functionEnvironment } from '../functions/function-environment.ts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

let env: FunctionEnvironment;
let handler: Handler;
let site: SiteSettings;
const poll = aConsultation('legal-poll', { retentionDays: 45 });
const proposals = aConsultationWithWorkflow('legal-proposals');

beforeAll(async () => {
  env = await functionEnvironment('legal');
  const loaded = await loadSiteSettings('forms/site/settings.yaml');
  if (!loaded.ok) throw new Error('forms/site/settings.yaml is invalid');
  site = loaded.value;
  const store = createSiteSettingsStore({ client: env.client, tableName: env.tableName });
  await store.putSiteSettings(site);
  for (const definition of [poll, proposals]) await env.repository.publishDefinition(definition);
  const { createLegalHandler } = await import('../../../functions/legal/handler.ts');
  const definitions = createDefinitionCache(env.repository, { ttlSeconds: 60, now: () => new Date() });
  handler = createLegalHandler({ site: store, repository: env.repository, definitions }) as Handler;
});

afterAll(() => env.client.destroy());

const get = (route: string, pathParameters: Record<string, string> = {}, lang = 'de') =>
  handler(httpEvent({ route, pathParameters, query: { lang } }), lambdaContext());

describe('the legal pages', () => {
  it('names the provider, its representative and who is responsible for the content (Impressum)', async () => {
    const response = await get('/impressum');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(site.operator.representedBy);
    expect(response.body).toContain(`mailto:${site.operator.email}`);
    expect(response.body).toContain('Verantwortlich für den Inhalt nach § 18 Absatz 2');
  });

  it('states conformity, known barriers, the feedback channel and the Schlichtungsstelle', async () => {
    const body = (await get('/barrierefreiheit')).body ?? '';
    expect(body).toContain('teilweise vereinbar');
    expect(body).toContain(site.accessibility.knownBarriers[0]?.de ?? 'missing');
    expect(body).toContain(`mailto:${site.accessibility.feedback.email}`);
    expect(body).toContain(site.accessibility.enforcement.name);
  });

  it('shows a German-only text marked as German on a page in another language', async () => {
    const body = (await get('/impressum', {}, 'ar')).body ?? '';
    expect(body).toContain('<html lang="ar" dir="rtl">');
    // The legal form has an English text but no Arabic one: shown in German, marked.
    expect(body).toContain(`<span lang="de" dir="ltr">${site.operator.legalForm.de}</span>`);
  });

  it('generates a consultation’s privacy notice from its definition: personal fields and retention', async () => {
    const body = (await get('/c/{slug}/datenschutz', { slug: poll.slug })).body ?? '';
    const personal = /<ul id="personal-fields">([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
    expect(personal).toContain('<li>Name</li>');
    expect(personal).toContain('<li>E-Mail</li>');
    expect(personal).not.toContain('Ihr Favorit');
    expect(body).toContain('45 Tage nach dem Absenden');
    expect(body).toContain(site.privacy.authority.name);
    expect(body).toContain('Amazon Web Services EMEA SARL');
  });

  it('names the stages that will see a proposal', async () => {
    const body = (await get('/c/{slug}/datenschutz', { slug: proposals.slug })).body ?? '';
    for (const stage of proposals.workflow?.stages ?? []) expect(body).toContain(stage.name.de ?? 'missing');
  });

  it('links every consultation’s notice from the site privacy page', async () => {
    const body = (await get('/datenschutz')).body ?? '';
    expect(body).toContain(`href="/c/${poll.slug}/datenschutz?lang=de"`);
    expect(body).toContain(`href="/c/${proposals.slug}/datenschutz?lang=de"`);
  });

  it('answers 404 for an unknown consultation', async () => {
    expect((await get('/c/{slug}/datenschutz', { slug: 'no-such' })).statusCode).toBe(404);
  });
});
