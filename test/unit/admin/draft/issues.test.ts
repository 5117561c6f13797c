import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDraftAction,
  draftIssues,
  formInputsOf,
  missingTranslations,
  newDraft,
  readDraftForm,
} from '../../../../shared/admin/draft/index.ts';
import { aDraft } from './support.ts';

const issueAt = (draft: Record<string, unknown>, path: (string | number)[]) =>
  draftIssues(draft).find((issue) => JSON.stringify(issue.path) === JSON.stringify(path));

const stage = (approver: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: 'experts',
  name: { de: 'Fachleute', en: 'Experts' },
  approvers: [{ email: 'a@x.org', name: 'A', language: 'de', ...approver }],
  rule: 'any',
  ...extra,
});

describe('draftIssues', () => {
  it('finds nothing in a valid draft', () => {
    expect(draftIssues(aDraft())).toEqual([]);
  });

  it('refuses at save time a pattern the linear-time engine cannot run, saying why at the regex input', () => {
    // Prepare: a lookahead, valid for JavaScript but not for RE2
    const text = { type: 'text', id: 'plz', label: { de: 'PLZ', en: 'Postcode' } };
    const pattern = (regex: string) => ({ regex, message: { de: 'Fünf Ziffern', en: 'Five digits' } });
    const draft = aDraft({ fields: [{ ...text, pattern: pattern('(?=.*3)[0-9]{5}') }] });
    // Act
    const issue = issueAt(draft, ['fields', 0, 'pattern', 'regex']);
    // Assess
    expect(issue?.message).toMatch(/^Uses lookahead or lookbehind .* must match in linear time/);
    expect(
      issueAt(aDraft({ fields: [{ ...text, pattern: pattern('(a+)+') }] }), [
        'fields',
        0,
        'pattern',
        'regex',
      ]),
    ).toBe(undefined);
  });

  it('names a missing translation at its input, even while other things are wrong too', () => {
    // Prepare: the schema itself only checks translations once everything else is valid
    const draft = aDraft({ retentionDays: 'ninety' });
    (draft.fields as { label: Record<string, string> }[])[2]!.label = { de: 'E-Mail' };
    // Act
    const issue = issueAt(draft, ['fields', 2, 'label', 'en']);
    // Assess
    expect(issue).toEqual({
      path: ['fields', 2, 'label', 'en'],
      section: 'fields',
      message: 'Enter the English text',
      summary: 'Field 3 (email), label in English: enter the text',
    });
  });

  it('asks for a number within the limits', () => {
    expect(issueAt(aDraft({ retentionDays: 'ninety' }), ['retentionDays'])).toMatchObject({
      section: 'settings',
      message: 'Enter a whole number from 1 to 3650',
      summary: 'Days personal data is kept: enter a whole number from 1 to 3650',
    });
    expect(issueAt(aDraft({ retentionDays: 0 }), ['retentionDays'])?.message).toBe(
      'Enter a whole number from 1 to 3650',
    );
    const fields = [{ type: 'number', id: 'n', label: { de: 'N', en: 'N' }, min: 'abc' }];
    expect(issueAt(aDraft({ fields }), ['fields', 0, 'min'])?.message).toBe('Enter a number');
  });

  it('asks for at least two options', () => {
    const draft = aDraft();
    (draft.fields as { options: unknown[] }[])[0]!.options.pop();
    expect(issueAt(draft, ['fields', 0, 'options'])).toMatchObject({
      section: 'fields',
      message: 'Add at least 2 options',
      summary: 'Field 1 (district), options: add at least 2 options',
    });
  });

  it('asks for an email address like name@example.org', () => {
    const draft = aDraft({ contact: { email: 'gruen at example', name: { de: 'Stadtgrün', en: 'Parks' } } });
    expect(issueAt(draft, ['contact', 'email'])).toMatchObject({
      section: 'settings',
      message: 'Enter an email address like name@example.org',
      summary: 'Contact email: enter an email address like name@example.org',
    });
    const workflow = { stages: [stage({ email: '' })] };
    expect(issueAt(aDraft({ workflow }), ['workflow', 'stages', 0, 'approvers', 0, 'email'])).toMatchObject({
      section: 'workflow',
      summary: 'Stage 1 (experts), approver 1, email: enter an email address like name@example.org',
    });
  });

  it('explains dates in the order they must be in', () => {
    const draft = aDraft({ closes: '2027-03-01T00:00:00+01:00' });
    expect(issueAt(draft, ['closes'])?.message).toBe('Must be after the opening time');
    expect(issueAt(aDraft({ opens: '1. April' }), ['opens'])?.message).toBe(
      'Enter a date and time like 2026-05-01T00:00:00+02:00',
    );
  });

  it('keeps the schema’s own readable messages, capitalised', () => {
    const fields = [{ type: 'text', id: 'Age', label: { de: 'Alter', en: 'Age' } }];
    expect(issueAt(aDraft({ fields }), ['fields', 0, 'id'])?.message).toBe(
      'Must start with a lowercase letter and contain only a-z, 0-9 and _ (at most 40 characters)',
    );
  });

  it('names texts in a language the consultation no longer offers', () => {
    expect(issueAt(aDraft({ languages: ['de'] }), ['title'])?.message).toBe(
      'Has text in English, which is not one of the languages; remove it',
    );
  });

  it('asks for a field type, a rule and a language from the lists', () => {
    const fields = [...(aDraft().fields as unknown[]), { type: 'txt', id: 'x' }];
    expect(issueAt(aDraft({ fields }), ['fields', 3, 'type'])?.message).toBe('Choose a field type');
    const workflow = { stages: [stage({ language: 'xx' }, { rule: 'most' })] };
    expect(issueAt(aDraft({ workflow }), ['workflow', 'stages', 0, 'rule'])?.message).toBe(
      'Choose when the stage approves: any, all, majority or a quorum',
    );
    expect(
      issueAt(aDraft({ workflow }), ['workflow', 'stages', 0, 'approvers', 0, 'language'])?.message,
    ).toBe('Choose a language');
  });

  it('lists the problems of a new draft page by page, each language of each text at its own input', () => {
    const draft = newDraft({
      id: 'neu',
      slug: 'neu',
      languages: ['de', 'en'],
      defaultLanguage: 'de',
      now: new Date(),
    });
    const issues = draftIssues(draft);
    expect(issues.map((issue) => issue.section)).toEqual(
      [...issues.map((issue) => issue.section)].sort(bySection),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'contact.email',
      'contact.name.de',
      'contact.name.en',
      'title.de',
      'title.en',
      'intro.de',
      'intro.en',
      'thankYou.de',
      'thankYou.en',
      'fields',
    ]);
    expect(issues.at(-1)?.message).toBe('Add at least one field');
  });

  it('asks for the texts of a field just added', () => {
    const draft = applyDraftAction(aDraft(), { kind: 'addField', type: 'radio' });
    const paths = draftIssues(draft).map((issue) => issue.path.join('.'));
    expect(paths).toEqual([
      'fields.3.label.de',
      'fields.3.label.en',
      'fields.3.options.0.label.de',
      'fields.3.options.0.label.en',
      'fields.3.options.1.label.de',
      'fields.3.options.1.label.en',
    ]);
  });

  it('never shows zod’s own wording, whatever an input holds', () => {
    const draft = aDraft({ workflow: { stages: [stage({})] } });
    const inputs = formInputsOf(draft);
    const junk = fc.constantFrom('', ' ', 'x', '-5', '99999', '1.5', 'true', 'a@b', 'Ä Ö');
    fc.assert(
      fc.property(fc.constantFrom(...inputs), junk, ({ name }, value) => {
        const edited = readDraftForm(draft, { [name]: value });
        for (const issue of draftIssues(edited)) {
          expect(issue.message).toMatch(/^[A-Z"]/);
          expect(issue.message).not.toMatch(/Invalid|expected|received|Unrecognized|Too (small|big)/);
          expect(issue.summary.length).toBeGreaterThan(issue.message.length);
        }
      }),
    );
  });
});

const SECTIONS = ['settings', 'texts', 'fields', 'workflow'];
function bySection(a: string, b: string): number {
  return SECTIONS.indexOf(a) - SECTIONS.indexOf(b);
}

describe('missingTranslations', () => {
  it('counts, per declared language, the texts that lack it', () => {
    // Prepare: Turkish added, one English label missing
    const draft = aDraft({ languages: ['de', 'en', 'tr'] });
    (draft.fields as { label: Record<string, string> }[])[1]!.label = { de: 'Kommentar' };
    // Act
    const counts = missingTranslations(draft);
    // Assess: title, intro, thankYou, contact name, 3 labels, 2 option labels
    expect(counts).toMatchObject({ de: 0, en: 1, tr: 9, ar: 0 });
  });

  it('counts an optional hint only when there is one', () => {
    const draft = aDraft();
    expect(missingTranslations(draft).en).toBe(0);
    (draft.fields as { hint?: Record<string, string> }[])[1]!.hint = { de: 'Kurz' };
    expect(missingTranslations(draft).en).toBe(1);
  });
});
