import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationInput } from '../../../../shared/definition/schema.ts';
import { aConsultation } from '../../../support/consultation-factory.ts';
import { schedules } from '../../functions/function-environment.ts';
import {
  aSubmission,
  attributeOf,
  consultationsHarness,
  EDIT_ROUTE,
  formFields,
  type Harness,
  redirectOf,
  rows,
  type SignedIn,
  tagWithId,
  textOf,
} from './consultations-harness.ts';

let h: Harness;
let boss: SignedIn;
let editor: SignedIn;
let viewer: SignedIn;

const OVERVIEW = '/admin/consultations/{id}';

beforeAll(async () => {
  h = await consultationsHarness('adm-cons-list');
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
  editor = await h.sign({ email: 'ed@hannover.example', role: 'editor', department: 'integration' });
  viewer = await h.sign({ email: 'vi@hannover.example', role: 'viewer', department: 'integration' });

  // integration: one open and published with 2 submissions, one still a draft; culture: one draft.
  await aDraft('lo-open', 'integration', { ...schedules.open(), title: { de: 'Offen', en: 'Open one' } });
  redirectOf(await h.publish('lo-open', boss));
  for (let i = 0; i < 2; i++) await h.env.repository.putSubmissionOnce(aSubmission('lo-open', i), {});
  await aDraft('lo-draft', 'integration', { title: { de: 'Entwurf', en: 'Draft one' } });
  await aDraft('lo-culture', 'culture', { title: { de: 'Kultur', en: 'Culture' } });
});

afterAll(() => h.env.client.destroy());

async function aDraft(id: string, department: string, overrides: Partial<ConsultationInput>) {
  const yaml = JSON.stringify(aConsultation(id, overrides));
  redirectOf(await h.postMultipart(boss, { _mode: 'import', department, yaml }));
}

describe('the consultations list', () => {
  it('shows an admin every consultation with status, dates, department and submissions', async () => {
    const html = (await h.get('/admin/consultations', boss)).body ?? '';
    const list = rows(html);

    expect(Object.keys(list).sort()).toEqual(['lo-culture', 'lo-draft', 'lo-open']);
    expect(list['lo-open']?.slice(0, 4)).toEqual(['Offen', 'lo-open', 'integration', 'Open']);
    expect(list['lo-open']?.[6]).toBe('2');
    expect(list['lo-draft']?.[3]).toBe('Draft');
    expect(list['lo-draft']?.[6]).toBe('0');
    // Dates in Berlin time, e.g. "15 Jun 2026, 10:00".
    expect(list['lo-open']?.[4]).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}$/);
    expect(html).toContain('href="/admin/consultations/new"');
  });

  it('shows non-admins only their department’s consultations, and viewers no create link', async () => {
    const forEditor = (await h.get('/admin/consultations', editor)).body ?? '';
    const forViewer = (await h.get('/admin/consultations', viewer)).body ?? '';

    expect(Object.keys(rows(forEditor)).sort()).toEqual(['lo-draft', 'lo-open']);
    expect(Object.keys(rows(forViewer)).sort()).toEqual(['lo-draft', 'lo-open']);
    expect(forEditor).toContain('href="/admin/consultations/new"');
    expect(forViewer).not.toContain('href="/admin/consultations/new"');
    expect((await h.get('/admin/consultations/new', viewer)).statusCode).toBe(403);
  });

  it('marks a published consultation whose draft has changed since', async () => {
    const before = rows((await h.get('/admin/consultations', boss)).body ?? '');
    expect(before['lo-open']?.[0]).toBe('Offen');

    const page =
      (await h.get(EDIT_ROUTE, boss, { pathParameters: { id: 'lo-open', section: 'texts' } })).body ?? '';
    const fields = {
      ...formFields(page, 'section-form'),
      't:title.en': 'Open one, renamed',
      _action: 'save',
    };
    redirectOf(
      await h.post(EDIT_ROUTE, boss, fields, { pathParameters: { id: 'lo-open', section: 'texts' } }),
    );

    const after = rows((await h.get('/admin/consultations', boss)).body ?? '');
    expect(after['lo-open']?.[0]).toBe('Offen (unpublished changes)');
  });
});

describe('the consultation page', () => {
  it('shows status, address, submissions and the inbox link, and the lifecycle buttons to an editor', async () => {
    const html = (await h.get(OVERVIEW, editor, { pathParameters: { id: 'lo-open' } })).body ?? '';
    const text = textOf(html);

    expect(html).toContain('<a href="/c/lo-open">/c/lo-open</a>');
    expect(html).toContain('href="/admin/consultations/lo-open/submissions"');
    expect(text).toContain('Submissions 2 – open the submissions inbox');
    expect(html).toContain('action="/admin/consultations/lo-open/publish"');
    expect(html).toContain('action="/admin/consultations/lo-open/close"');
    expect(html).toContain('href="/admin/consultations/lo-open/preview?lang=en"');
    expect(html).toContain('href="/admin/consultations/lo-open/export"');
    // Only admins move consultations between departments.
    expect(html).not.toContain('action="/admin/consultations/lo-open/department"');
  });

  it('shows a viewer the page without buttons or edit links', async () => {
    const html = (await h.get(OVERVIEW, viewer, { pathParameters: { id: 'lo-open' } })).body ?? '';

    expect(html).not.toContain('/publish"');
    expect(html).not.toContain('/edit/');
    expect(textOf(html)).toContain('Texts – no problems');
  });

  it('refuses another department’s consultation with 403', async () => {
    expect((await h.get(OVERVIEW, editor, { pathParameters: { id: 'lo-culture' } })).statusCode).toBe(403);
    expect((await h.get(OVERVIEW, viewer, { pathParameters: { id: 'lo-culture' } })).statusCode).toBe(403);
    expect(
      (
        await h.post(
          '/admin/consultations/{id}/publish',
          editor,
          {},
          { pathParameters: { id: 'lo-culture' } },
        )
      ).statusCode,
    ).toBe(403);
    expect((await h.admin.listVersions('lo-culture')).length).toBe(0);
  });

  it('lets an admin move a consultation to another department, and refuses a malformed name', async () => {
    const bad = await h.post(
      '/admin/consultations/{id}/department',
      boss,
      { department: 'Not Valid!' },
      { pathParameters: { id: 'lo-draft' } },
    );
    expect(bad.statusCode).toBe(400);
    expect(attributeOf(tagWithId(bad.body ?? '', 'department'), 'aria-invalid')).toBe('true');

    const moved = await h.post(
      '/admin/consultations/{id}/department',
      boss,
      { department: 'culture' },
      { pathParameters: { id: 'lo-draft' } },
    );

    expect(redirectOf(moved)).toBe('/admin/consultations/lo-draft');
    expect((await h.admin.getAdminConsultation('lo-draft')).entry?.department).toBe('culture');
    expect((await h.get(OVERVIEW, editor, { pathParameters: { id: 'lo-draft' } })).statusCode).toBe(403);
    const editorPost = await h.post(
      '/admin/consultations/{id}/department',
      editor,
      { department: 'integration' },
      { pathParameters: { id: 'lo-open' } },
    );
    expect(editorPost.statusCode).toBe(403);
  });

  it('pages through the change log', async () => {
    for (let i = 0; i < 22; i++) {
      const page =
        (await h.get(EDIT_ROUTE, boss, { pathParameters: { id: 'lo-culture', section: 'settings' } })).body ??
        '';
      const fields = {
        ...formFields(page, 'section-form'),
        'n:retentionDays': String(40 + i),
        _action: 'save',
      };
      redirectOf(
        await h.post(EDIT_ROUTE, boss, fields, { pathParameters: { id: 'lo-culture', section: 'settings' } }),
      );
    }
    const first = (await h.get(OVERVIEW, boss, { pathParameters: { id: 'lo-culture' } })).body ?? '';
    const older = /href="\/admin\/consultations\/lo-culture\?changes=([^"#]+)#changes-title"/.exec(
      first,
    )?.[1];
    expect(older).toBeDefined();

    const second =
      (
        await h.get(OVERVIEW, boss, {
          pathParameters: { id: 'lo-culture' },
          query: { changes: decodeURIComponent(older ?? '') },
        })
      ).body ?? '';

    expect(textOf(second)).toContain('Imported from YAML');
    expect(textOf(first)).not.toContain('Imported from YAML');
    expect(
      (await h.get(OVERVIEW, boss, { pathParameters: { id: 'lo-culture' }, query: { changes: 'junk' } }))
        .statusCode,
    ).toBe(400);
  });
});
