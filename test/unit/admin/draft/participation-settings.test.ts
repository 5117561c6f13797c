import { describe, expect, it } from 'vitest';
import {
  draftIssues,
  exportYaml,
  missingTranslations,
  readDraftForm,
} from '../../../../shared/admin/draft/index.ts';
import { parseDefinitionYaml } from '../../../../shared/definition/load.ts';
import { renderEditSectionPage } from '../../../../shared/views/admin/consultations/index.ts';
import { aConsultation } from '../../../support/consultation-factory.ts';

/** The settings editor's "who may answer, and how often": verification, onePerPerson, changeVote. */

/** A valid consultation whose email field is required (what `verification: email` needs). */
function draftOf(): Record<string, unknown> {
  const definition = structuredClone(aConsultation('settings-vote'));
  return {
    ...definition,
    fields: definition.fields.map((field) => (field.type === 'email' ? { ...field, required: true } : field)),
  };
}

function settingsPage(draft: Record<string, unknown>): string {
  return renderEditSectionPage({
    chrome: { staff: { email: 'ed@example.org', role: 'editor' }, csrfToken: 't', section: 'consultations' },
    id: 'settings-vote',
    title: 'Vote',
    titleLang: 'de',
    section: 'settings',
    draft,
    revision: 1,
    issues: draftIssues(draft),
    missingTranslations: missingTranslations(draft),
  }).html;
}

/** The option marked selected in the select named `name`. */
function selected(html: string, name: string): string | undefined {
  const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
  // Preact writes an empty value as a bare `value` attribute.
  const option = /<option value(?:="([^"]*)")? selected/.exec(select);
  return option ? (option[1] ?? '') : undefined;
}

const POST = (verification: string, onePerPerson: string, changeVote: string) => ({
  't:verification': verification,
  'b:onePerPerson': onePerPerson,
  't:changeVote': changeVote,
});

describe('the participation settings', () => {
  it('leave a consultation that never had them unchanged when saved as shown', () => {
    const draft = draftOf();
    const html = settingsPage(draft);
    expect([
      selected(html, 't:verification'),
      selected(html, 'b:onePerPerson'),
      selected(html, 't:changeVote'),
    ]).toEqual(['', '', '']);
    expect(readDraftForm(draft, POST('', '', ''))).toEqual(draft);
  });

  it('set a code vote, and show it chosen when the page is opened again', () => {
    const saved = readDraftForm(draftOf(), POST('code', '', ''));
    expect(saved.verification).toBe('code');
    expect('onePerPerson' in saved).toBe(false);
    expect(draftIssues(saved)).toEqual([]);
    expect(selected(settingsPage(saved), 't:verification')).toBe('code');
  });

  it('set email with one answer per person that a second answer replaces, and clear all three again', () => {
    const original = draftOf();
    const saved = readDraftForm(original, POST('email', 'true', 'replace'));
    expect(saved).toMatchObject({ verification: 'email', onePerPerson: true, changeVote: 'replace' });
    const html = settingsPage(saved);
    expect([
      selected(html, 't:verification'),
      selected(html, 'b:onePerPerson'),
      selected(html, 't:changeVote'),
    ]).toEqual(['email', 'true', 'replace']);
    expect(readDraftForm(saved, POST('', '', ''))).toEqual(original);
  });

  it('explain in plain words what a choice needs (one per person without a check)', () => {
    const saved = readDraftForm(draftOf(), POST('', 'true', 'replace'));
    const messages = draftIssues(saved).map((issue) => issue.message);
    expect(messages.join(' ')).toContain('nobody can tell two people apart');
    expect(settingsPage(saved)).toContain('nobody can tell two people apart');
  });

  it('export to YAML that reads back to the same consultation', () => {
    const saved = readDraftForm(draftOf(), POST('email', 'true', 'replace'));
    const result = parseDefinitionYaml(exportYaml(saved), 'vote.yaml');
    expect(result.ok && result.definition).toMatchObject({
      verification: 'email',
      onePerPerson: true,
      changeVote: 'replace',
    });
    const code = parseDefinitionYaml(exportYaml(readDraftForm(draftOf(), POST('code', '', ''))), 'code.yaml');
    expect(code.ok && code.definition.verification).toBe('code');
  });
});
