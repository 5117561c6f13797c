import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDefinitionYaml } from '../../../../shared/definition/load.ts';
import type { ConsultationInput } from '../../../../shared/definition/schema.ts';
import { aConsultation, aConsultationWithWorkflow } from '../../../support/consultation-factory.ts';
import {
  attributeOf,
  consultationsHarness,
  EDIT_ROUTE,
  formFields,
  type Harness,
  redirectOf,
  type SignedIn,
  textOf,
} from './consultations-harness.ts';

const mainOf = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';

let h: Harness;
let boss: SignedIn;

beforeAll(async () => {
  h = await consultationsHarness('adm-cons-publish');
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
});

afterAll(() => h.env.client.destroy());

async function aDraft(id: string, overrides: Partial<ConsultationInput> = {}) {
  const definition = aConsultationWithWorkflow(id, undefined, overrides);
  redirectOf(
    await h.postMultipart(boss, {
      _mode: 'import',
      department: 'integration',
      yaml: JSON.stringify(definition),
    }),
  );
  return definition;
}

const at = (id: string) => ({ pathParameters: { id } });
const publish = (id: string) => h.publish(id, boss);
const exportOf = (id: string, query?: Record<string, string>) =>
  h.get('/admin/consultations/{id}/export', boss, { ...at(id), ...(query ? { query } : {}) });
const preview = (id: string, lang?: string) =>
  h.get('/admin/consultations/{id}/preview', boss, { ...at(id), ...(lang ? { query: { lang } } : {}) });

async function breakTitle(id: string) {
  const html = (await h.get(EDIT_ROUTE, boss, { pathParameters: { id, section: 'texts' } })).body ?? '';
  const fields = { ...formFields(html, 'section-form'), 't:title.en': '', _action: 'save' };
  redirectOf(await h.post(EDIT_ROUTE, boss, fields, { pathParameters: { id, section: 'texts' } }));
}

describe('publishing', () => {
  it('refuses an invalid draft with 400, listing its problems linked to their inputs, and publishes nothing', async () => {
    await aDraft('pe-invalid');
    await breakTitle('pe-invalid');

    const response = await publish('pe-invalid');
    const html = response.body ?? '';

    expect(response.statusCode).toBe(400);
    expect(html).toContain('The draft cannot be published yet');
    expect(html).toMatch(
      /<a href="\/admin\/consultations\/pe-invalid\/edit\/texts#f-title-en">Texts – Title in English/,
    );
    expect(await h.admin.listVersions('pe-invalid')).toEqual([]);
    // The button says why it cannot be pressed.
    expect(html).toMatch(/<button type="submit" class="button" disabled aria-describedby="publish-blocked">/);
  });

  it('answers 409 when the slug belongs to another consultation, and publishes nothing', async () => {
    await aDraft('pe-clash', { slug: 'pe-taken' });
    // Another consultation takes the slug after the draft was created.
    await h.env.repository.publishDefinition(aConsultation('pe-owner', { slug: 'pe-taken' }));

    const response = await publish('pe-clash');

    expect(response.statusCode).toBe(409);
    expect(textOf(response.body ?? '')).toContain('Nothing was published');
    expect(await h.admin.listVersions('pe-clash')).toEqual([]);
  });

  it('publishes the same draft twice as one version', async () => {
    await aDraft('pe-twice');

    const first = redirectOf(await publish('pe-twice'));
    const second = redirectOf(await publish('pe-twice'));

    expect(second).toBe(first);
    expect(await h.admin.listVersions('pe-twice')).toHaveLength(1);
  });
});

describe('export', () => {
  it('exports the published version as YAML that parses back to the same consultation', async () => {
    const definition = await aDraft('pe-export');
    const location = redirectOf(await publish('pe-export'));
    const version = new URL(location, 'https://x').searchParams.get('published') ?? '';

    const response = await exportOf('pe-export', { version });

    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toBe('application/yaml; charset=utf-8');
    expect(response.headers?.['content-disposition']).toBe('attachment; filename="pe-export.yaml"');
    const parsed = parseDefinitionYaml(response.body ?? '', 'pe-export.yaml');
    expect(parsed).toEqual({ ok: true, definition });
    expect(parsed.ok && parsed.definition).toEqual(
      (await h.admin.getAdminConsultation('pe-export')).published?.definition,
    );
  });

  it('exports the draft, even an invalid one, as it stands', async () => {
    await aDraft('pe-export-draft');
    await breakTitle('pe-export-draft');

    const response = await exportOf('pe-export-draft');
    const parsed = parseDefinitionYaml(response.body ?? '', 'x.yaml');

    expect(response.statusCode).toBe(200);
    expect(parsed.ok).toBe(false);
    expect(response.body).toContain('id: pe-export-draft');
  });

  it('answers 404 for a version that does not exist or is malformed', async () => {
    await aDraft('pe-export-404');

    expect((await exportOf('pe-export-404', { version: 'ffffffffffff' })).statusCode).toBe(404);
    expect((await exportOf('pe-export-404', { version: '../../etc' })).statusCode).toBe(404);
  });
});

describe('preview', () => {
  it('renders the residents’ form from the draft with a banner, in the asked language, unable to send', async () => {
    await aDraft('pe-preview');

    const response = await preview('pe-preview', 'en');
    const html = response.body ?? '';

    expect(response.statusCode).toBe(200);
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(textOf(html)).toContain('Preview – not published; answers are not sent');
    expect(html).toContain('We are Hanover');
    const form = /<form\b[^>]*>/.exec(html)?.[0] ?? '';
    expect(attributeOf(form, 'action')).toBeUndefined();
    expect(attributeOf(form, 'method')).toBeUndefined();
    expect(html).toMatch(/<button type="submit" class="button" disabled>/);
    // The language switcher keeps the preview's address.
    expect(html).toContain('href="?lang=de"');
    expect((await preview('pe-preview', 'de')).body).toContain('Wir sind Hannover');
  });

  it('links from the banner back to the consultation’s page', async () => {
    await aDraft('pe-preview-back');

    const html = (await preview('pe-preview-back', 'de')).body ?? '';

    const banner = /<p class="preview-notice"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';
    const link = /<a\b[^>]*>/.exec(banner)?.[0] ?? '';
    expect(attributeOf(link, 'href')).toBe('/admin/consultations/pe-preview-back');
    expect(textOf(banner)).toContain('Back to Wir sind Hannover (staff)');
  });

  it('lists what to fix instead when the draft is not valid', async () => {
    await aDraft('pe-preview-invalid');
    await breakTitle('pe-preview-invalid');

    const html = (await preview('pe-preview-invalid', 'en')).body ?? '';

    expect(textOf(html)).toContain('No preview yet');
    expect(html).toContain('href="/admin/consultations/pe-preview-invalid/edit/texts#f-title-en"');
    expect(mainOf(html)).not.toContain('<form');
  });
});
