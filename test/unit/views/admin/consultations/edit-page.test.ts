import { describe, expect, it } from 'vitest';
import { draftIssues, missingTranslations } from '../../../../../shared/admin/draft/index.ts';
import type { ConsultationInput } from '../../../../../shared/definition/schema.ts';
import {
  type DraftSectionName,
  renderEditSectionPage,
} from '../../../../../shared/views/admin/consultations/index.ts';
import { aConsultationWithWorkflow } from '../../../../support/consultation-factory.ts';
import { attribute, idsIn, mainOf, tagWithId } from '../../html-probe.ts';

const CHROME = {
  staff: { email: 'ed@example.org', role: 'editor' as const },
  csrfToken: 'token-1',
  section: 'consultations' as const,
};

function render(section: DraftSectionName, draft: Record<string, unknown>) {
  return renderEditSectionPage({
    chrome: CHROME,
    id: 'unit-edit',
    title: 'Unit',
    titleLang: 'de',
    section,
    draft,
    revision: 7,
    issues: draftIssues(draft),
    missingTranslations: missingTranslations(draft),
  }).html;
}

/** A valid definition as a raw draft object, changed by `change`. */
function draftWith(
  change: (draft: Record<string, unknown>) => void,
  overrides: Partial<ConsultationInput> = {},
) {
  const draft: Record<string, unknown> = structuredClone(
    aConsultationWithWorkflow('unit-edit', undefined, overrides),
  );
  change(draft);
  return draft;
}

function errorText(html: string, id: string): string | undefined {
  const match = new RegExp(`<p class="error-message" id="${id}">([\\s\\S]*?)</p>`).exec(html);
  return match?.[1]?.replace(/<[^>]*>/g, '');
}

describe('renderEditSectionPage', () => {
  it('puts a problem next to its input, linked by aria-describedby, and in the summary linking to it', () => {
    const html = render(
      'fields',
      draftWith((d) => {
        (d.fields as Record<string, unknown>[])[2] = {
          type: 'text',
          id: 'Bad Id',
          label: { de: 'Name', en: 'Name' },
        };
      }),
    );

    const input = tagWithId(html, 'f-fields-2-id');
    expect(attribute(input, 'name')).toBe('t:fields.2.id');
    expect(attribute(input, 'value')).toBe('Bad Id');
    expect(attribute(input, 'aria-invalid')).toBe('true');
    expect(String(attribute(input, 'aria-describedby'))).toContain('f-fields-2-id-error');
    expect(errorText(html, 'f-fields-2-id-error')).toMatch(/^Error: Must start with a lowercase letter/);
    expect(html).toMatch(/<a href="#f-fields-2-id">Field 3 \(Bad Id\), (technical name|id)[^<]*<\/a>/);
    // The other inputs carry no error.
    expect(attribute(tagWithId(html, 'f-fields-0-id'), 'aria-invalid')).toBeUndefined();
  });

  it('shows a problem about a whole list at the list, and no duplicate ids', () => {
    const html = render(
      'fields',
      draftWith((d) => {
        d.fields = [];
      }),
    );

    expect(mainOf(html)).toContain('The form has no fields yet.');
    expect(html).toMatch(
      /<div id="f-fields" class="editor-list"><p class="error-message">.*Add at least one field/,
    );
    const ids = idsIn(html);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['settings', 'texts', 'fields', 'workflow'] as const)(
    'gives every element of the %s section its own id',
    (section) => {
      const ids = idsIn(
        render(
          section,
          draftWith((d) => {
            d.languages = ['de', 'en', 'ar'];
          }),
        ),
      );

      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    },
  );

  it('gives each translation its language and direction, right to left for Persian, and marks missing ones', () => {
    const html = render(
      'texts',
      draftWith((d) => {
        d.languages = ['de', 'fa'];
        d.title = { de: 'Titel' };
      }),
    );

    const persian = tagWithId(html, 'f-title-fa');
    expect(attribute(persian, 'lang')).toBe('fa');
    expect(attribute(persian, 'dir')).toBe('rtl');
    expect(attribute(tagWithId(html, 'f-title-de'), 'dir')).toBe('ltr');
    expect(html).toContain('<label class="label" for="f-title-fa">Persian (fa) – missing</label>');
    expect(errorText(html, 'f-title-fa-error')).toBe('Error: Enter the Persian text');
    expect(mainOf(html)).toMatch(/Persian \(fa\): \d+ missing/);
  });

  it('makes Save the first button of the form, so the Enter key never removes or moves anything', () => {
    const html = render(
      'fields',
      draftWith(() => {}),
    );
    const form = html.slice(html.indexOf('id="section-form"'));

    expect(/<button[^>]*>/.exec(form)?.[0]).toContain('value="save"');
    expect(html).toContain('<input type="hidden" name="_rev" value="7"/>');
    expect(html).toContain('<input type="hidden" name="_csrf" value="token-1"/>');
  });

  it('marks the current section in the section navigation and counts the others’ problems', () => {
    const html = render(
      'texts',
      draftWith((d) => {
        d.slug = 'Not A Slug';
      }),
    );

    expect(html).toContain(
      '<a href="/admin/consultations/unit-edit/edit/texts" aria-current="page">Texts</a>',
    );
    expect(html).toContain('<a href="/admin/consultations/unit-edit/edit/settings">Settings (1 problem)</a>');
  });

  it('offers the stage’s rule as one choice, with the quorum next to it, and earlier stages to return to', () => {
    const html = render(
      'workflow',
      draftWith((d) => {
        const stages = (d.workflow as { stages: Record<string, unknown>[] }).stages;
        if (stages[1]) {
          stages[1].rule = { quorum: 2 };
          stages[1].onReject = { returnTo: 'experts' };
        }
      }),
    );

    expect(attribute(tagWithId(html, 'f-workflow-stages-1-rule'), 'name')).toBe('_rule.1');
    expect(html).toMatch(/<option value="quorum" selected>/);
    expect(html).toContain(
      '<option value="majority">When more than half of the approvers approve (majority)</option>',
    );
    expect(attribute(tagWithId(html, 'f-workflow-stages-1-rule-quorum'), 'value')).toBe('2');
    expect(html).toMatch(/<option value="returnTo:experts" selected>Stage “experts” decides again<\/option>/);
    expect(html).toContain('value="removeWorkflow"');
  });
});
