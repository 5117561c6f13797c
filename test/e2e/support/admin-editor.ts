import type { Locator, Page } from 'playwright-core';
import { LOCALES, type Locale } from '../../../shared/i18n/locales.ts';
import { languageLabel } from '../../../shared/views/admin/consultations/index.ts';
import { submitWith } from './admin-session.ts';

/*
 * The consultation editor of the admin UI driven like a staff member drives it: visible labels,
 * fieldset legends and button texts (shared/views/admin/consultations/), one POST per button, no
 * JavaScript. Each step checks that the page it ends on is the one a working editor shows, and
 * otherwise fails with that page's heading and problems, so a broken step is named precisely.
 */

/** A text in some of the consultation's languages. */
export type Texts = Partial<Record<Locale, string>>;

export type FieldPlan =
  | { type: 'text' | 'email'; id: string; label: Texts; required?: boolean }
  | {
      type: 'radio';
      id: string;
      label: Texts;
      required?: boolean;
      options: { value: string; label: Texts }[];
    };

export interface StagePlan {
  id: string;
  name: Texts;
  approver: { email: string; name: string };
}

/** Everything a staff member enters for a new consultation. */
export interface ConsultationPlan {
  id: string;
  slug: string;
  languages: readonly Locale[];
  defaultLanguage: Locale;
  opens: string;
  closes: string;
  retentionDays: number;
  contact: { email: string; name: Texts };
  title: Texts;
  intro: Texts;
  thankYou: Texts;
  fields: readonly FieldPlan[];
  stages: readonly StagePlan[];
}

export type Section = 'settings' | 'texts' | 'fields' | 'workflow';

/** `/admin/consultations/<id>[suffix]` */
export function consultationPath(id: string, suffix = ''): string {
  return `/admin/consultations/${encodeURIComponent(id)}${suffix}`;
}

/** A fieldset by its legend (exactly, or a pattern such as /^Field 2\b/). */
export function group(container: Page | Locator, name: string | RegExp): Locator {
  return container.getByRole('group', typeof name === 'string' ? { name, exact: true } : { name });
}

/** The heading and the error summary of the page, for a failure message. */
export async function pageSummary(page: Page): Promise<string> {
  const heading = (await page.locator('h1').first().textContent())?.trim() ?? '(no h1)';
  const errors = await page.locator('.error-summary li, .error-list li').allTextContents();
  return `${page.url()}: "${heading}"${errors.length > 0 ? `; problems: ${errors.join(' | ')}` : ''}`;
}

/** Fails unless the page is the given path (the path only; a query is allowed). */
export async function expectPath(page: Page, path: string, step: string): Promise<void> {
  if (new URL(page.url()).pathname !== path) {
    throw new Error(`${step}: expected to end on ${path}, ended on ${await pageSummary(page)}`);
  }
}

/** Fills a localized text group (e.g. "Title"): one input per language, labelled with the language. */
export async function fillTexts(container: Locator, texts: Texts): Promise<void> {
  for (const [language, text] of Object.entries(texts) as [Locale, string][]) {
    await container.getByLabel(languageLabel(language)).fill(text);
  }
}

/** The "Start from scratch" form of /admin/consultations/new, filled and sent; ends on the settings. */
export async function createFromScratch(
  page: Page,
  baseUrl: string,
  plan: Pick<ConsultationPlan, 'id' | 'slug' | 'languages' | 'defaultLanguage'>,
): Promise<void> {
  await page.goto(`${baseUrl}/admin/consultations`);
  await submitWith(page, page.getByRole('link', { name: 'New consultation' }));
  const form = page.getByRole('region', { name: 'Start from scratch' });
  await form.getByLabel('Technical id').fill(plan.id);
  await form.getByLabel('Web address (slug)').fill(plan.slug);
  const languages = group(form, 'Languages');
  for (const language of LOCALES) {
    const box = languages.getByLabel(languageLabel(language), { exact: true });
    await box.setChecked(plan.languages.includes(language));
  }
  await form.getByLabel('Default language').selectOption(plan.defaultLanguage);
  await submitWith(page, form.getByRole('button', { name: 'Create draft' }));
  await expectPath(page, consultationPath(plan.id, '/edit/settings'), 'Creating the draft');
}

/** Opens a section of the editor. */
export async function openSection(page: Page, baseUrl: string, id: string, section: Section): Promise<void> {
  await page.goto(`${baseUrl}${consultationPath(id, `/edit/${section}`)}`);
}

/** Presses one of the section form's buttons and checks that it came back to the same section. */
export async function pressInSection(page: Page, button: Locator, step: string): Promise<void> {
  const path = new URL(page.url()).pathname;
  await submitWith(page, button);
  await expectPath(page, path, step);
}

/** The first "Save" button of the section form. */
export function saveButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Save', exact: true }).first();
}

/** Saves the section and fails when the page then shows problems of it (the draft should be complete). */
export async function saveWithoutProblems(page: Page, step: string): Promise<void> {
  await pressInSection(page, saveButton(page), step);
  if ((await page.locator('.error-summary').count()) > 0 || (await page.locator('.error-list').count()) > 0) {
    throw new Error(`${step}: the saved section still has problems: ${await pageSummary(page)}`);
  }
}

/** Settings: slug, dates, retention and contact. */
export async function fillSettings(page: Page, plan: ConsultationPlan): Promise<void> {
  await page.getByLabel('Web address (slug)').fill(plan.slug);
  await page.getByLabel('Opens').fill(plan.opens);
  await page.getByLabel('Closes').fill(plan.closes);
  await page.getByLabel('Days personal data is kept').fill(String(plan.retentionDays));
  await page.getByLabel('Contact email').fill(plan.contact.email);
  await fillTexts(group(page, 'Contact name'), plan.contact.name);
}

/** Texts: title, introduction and thank-you text in every language. */
export async function fillTextsSection(page: Page, plan: ConsultationPlan): Promise<void> {
  await fillTexts(group(page, 'Title'), plan.title);
  await fillTexts(group(page, 'Introduction'), plan.intro);
  await fillTexts(group(page, 'Thank-you text'), plan.thankYou);
}

/** The fieldset of field `n` (from 1). */
export function fieldGroup(page: Page, n: number): Locator {
  return group(page, new RegExp(`^Field ${n}\\b`));
}

/** Adds a field of a type with "Type of the new field" and "Add a field". */
export async function addField(page: Page, type: FieldPlan['type']): Promise<void> {
  await page.getByLabel('Type of the new field').selectOption(type);
  await pressInSection(page, page.getByRole('button', { name: 'Add a field' }), `Adding a ${type} field`);
}

/** Fills field `n` (from 1) as planned: its technical name, question, required and options. */
export async function fillField(page: Page, n: number, field: FieldPlan): Promise<void> {
  const editor = fieldGroup(page, n);
  await editor.getByLabel('Technical name').fill(field.id);
  await fillTexts(group(editor, 'Question'), field.label);
  await editor.getByLabel('An answer is required').setChecked(field.required ?? false);
  if (field.type === 'radio') {
    const options = group(editor, 'Answer options');
    for (const [j, option] of field.options.entries()) {
      const optionEditor = group(options, `Option ${j + 1}`);
      await optionEditor.getByLabel('Stored value').fill(option.value);
      await fillTexts(group(optionEditor, 'Text shown'), option.label);
    }
  }
}

/** The fieldset of stage `n` (from 1). */
export function stageGroup(page: Page, n: number): Locator {
  return group(page, new RegExp(`^Stage ${n}\\b`));
}

/** Fills stage `n` (from 1): technical name, name and its first approver. */
export async function fillStage(page: Page, n: number, stage: StagePlan): Promise<void> {
  const editor = stageGroup(page, n);
  await editor.getByLabel('Technical name').fill(stage.id);
  await fillTexts(group(editor, 'Name shown to approvers and submitters'), stage.name);
  const approver = group(group(editor, 'Approvers'), 'Approver 1');
  await approver.getByLabel(/^Email/).fill(stage.approver.email);
  await approver.getByLabel(/^Name/).fill(stage.approver.name);
}

/**
 * Builds the whole draft section by section (the editor is already on the new draft's settings):
 * settings, texts, the fields one by one, then the workflow's stages; every section saved without
 * problems.
 */
export async function fillDraft(page: Page, baseUrl: string, plan: ConsultationPlan): Promise<void> {
  await openSection(page, baseUrl, plan.id, 'settings');
  await fillSettings(page, plan);
  await saveWithoutProblems(page, 'Saving the settings');

  await openSection(page, baseUrl, plan.id, 'texts');
  await fillTextsSection(page, plan);
  await saveWithoutProblems(page, 'Saving the texts');

  await openSection(page, baseUrl, plan.id, 'fields');
  for (const field of plan.fields) await addField(page, field.type);
  for (const [i, field] of plan.fields.entries()) await fillField(page, i + 1, field);
  await saveWithoutProblems(page, 'Saving the fields');

  await openSection(page, baseUrl, plan.id, 'workflow');
  if (plan.stages.length > 0) {
    await pressInSection(page, page.getByRole('button', { name: 'Add a workflow' }), 'Adding a workflow');
    for (let n = 2; n <= plan.stages.length; n++)
      await pressInSection(page, page.getByRole('button', { name: 'Add a stage' }), `Adding stage ${n}`);
    for (const [i, stage] of plan.stages.entries()) await fillStage(page, i + 1, stage);
    await saveWithoutProblems(page, 'Saving the workflow');
  }
}

/** On the consultation's page: presses "Publish"; ends on the page again, saying which version. */
export async function publish(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}${consultationPath(id)}`);
  await submitWith(page, page.getByRole('button', { name: 'Publish', exact: true }));
  await expectPath(page, consultationPath(id), 'Publishing');
  if ((await page.getByRole('status').filter({ hasText: 'Published as version' }).count()) !== 1) {
    throw new Error(`Publishing: no "Published as version" notice on ${await pageSummary(page)}`);
  }
}

/** A time `days` from now as the editor takes it: ISO 8601 with an offset (UTC here). */
export function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
