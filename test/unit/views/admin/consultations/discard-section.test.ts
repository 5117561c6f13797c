import { describe, expect, it } from 'vitest';
import {
  type ConsultationOverviewInput,
  canDiscard,
  REVISION_INPUT,
  renderConsultationListPage,
  renderConsultationOverviewPage,
} from '../../../../../shared/views/admin/consultations/index.ts';

const CHROME = {
  staff: { email: 'ed@example.org', role: 'editor' as const },
  csrfToken: 't',
  section: 'consultations' as const,
};

const PUBLISHED = {
  version: 'v1',
  publishedAt: '2026-01-01T00:00:00Z',
  slug: 'dv',
  opens: '2026-01-01T00:00:00Z',
  closes: '2027-01-01T00:00:00Z',
};

function anInput(overrides: {
  published?: boolean;
  unpublishedChanges?: boolean;
  canEdit?: boolean;
  discardError?: string;
}): ConsultationOverviewInput {
  return {
    chrome: CHROME,
    id: 'dv',
    title: 'Discard view',
    titleLang: 'en',
    status: overrides.published ? 'open' : 'draft',
    department: 'integration',
    canEdit: overrides.canEdit ?? true,
    published: overrides.published ? PUBLISHED : undefined,
    draft: {
      slug: 'dv',
      revision: 4,
      languages: ['en'],
      issueCounts: { settings: 0, texts: 0, fields: 0, workflow: 0 },
      unpublishedChanges: overrides.unpublishedChanges ?? true,
    },
    submissions: 0,
    versions: [],
    changes: [],
    changesPaged: false,
    discardError: overrides.discardError,
  };
}

const formOf = (html: string) => {
  const start = html.indexOf('id="discard-form"');
  return start < 0 ? undefined : html.slice(start, html.indexOf('</form>', start));
};

describe('the Discard section of the overview', () => {
  it('is there only when there is something to discard, for those who may edit', () => {
    expect(canDiscard(anInput({}))).toBe(true);
    expect(canDiscard(anInput({ published: true }))).toBe(true);
    expect(canDiscard(anInput({ published: true, unpublishedChanges: false }))).toBe(false);

    const nothing = renderConsultationOverviewPage(anInput({ published: true, unpublishedChanges: false }));
    const viewer = renderConsultationOverviewPage(anInput({ canEdit: false }));
    expect(formOf(nothing.html)).toBeUndefined();
    expect(formOf(viewer.html)).toBeUndefined();
  });

  it('posts the revision shown and an unticked confirmation, with a danger button', () => {
    const form = formOf(renderConsultationOverviewPage(anInput({})).html) ?? '';

    expect(form).toContain('action="/admin/consultations/dv/discard"');
    expect(form).toMatch(new RegExp(`<input type="hidden" name="${REVISION_INPUT}" value="4"`));
    expect(form).toMatch(/<input type="checkbox" id="discard-confirm" name="confirm" value="yes"\s*\/?>/);
    expect(form).toContain('Yes, discard');
    expect(form).toContain('class="button button--danger"');
  });

  it('says what happens: a draft never published is deleted, a published one goes back to its version', () => {
    const never = renderConsultationOverviewPage(anInput({})).html;
    const published = renderConsultationOverviewPage(anInput({ published: true })).html;

    expect(never).toContain('This consultation was never published. Discarding deletes its draft');
    expect(published).toContain('the draft becomes the published version <code>v1</code> again');
  });

  it('shows a refusal beside the checkbox and in the error summary', () => {
    const html = renderConsultationOverviewPage(anInput({ discardError: 'Tick “Yes, discard”' })).html;

    expect(html).toMatch(/<title>Error: /);
    expect(html).toContain('<a href="#discard-confirm">Tick “Yes, discard”</a>');
    expect(html).toMatch(/<p class="error-message" id="discard-confirm-error">[\s\S]*?Tick “Yes, discard”/);
  });
});

describe('the list after a discard', () => {
  it('says which draft was discarded', () => {
    const html = renderConsultationListPage({
      chrome: CHROME,
      canCreate: true,
      rows: [],
      discarded: 'dv',
    }).html;

    expect(html).toContain('The draft <code>dv</code> was discarded.');
  });
});
