import { describe, expect, it } from 'vitest';
import {
  type CreateRequest,
  createDepartment,
  createDepartmentChoice,
  mayCopy,
  mayCreate,
  planCreate,
} from '../../../../shared/admin/create-plan.ts';
import { MAX_DRAFT_BYTES } from '../../../../shared/admin/draft/index.ts';
import type { StaffMember } from '../../../../shared/admin/roles.ts';
import { type Consultation, consultationSchema } from '../../../../shared/definition/schema.ts';
import type { AdminConsultation } from '../../../../shared/storage/admin-types.ts';
import { aDraft } from '../draft/support.ts';

const admin: StaffMember = { email: 'boss@example.org', role: 'admin' };
const editor: StaffMember = { email: 'ed@example.org', role: 'editor', department: 'integration' };
const homeless: StaffMember = { email: 'lost@example.org', role: 'editor' };
const now = new Date('2026-05-04T08:00:00Z');

const published: Consultation = consultationSchema.parse(aDraft());
const templateOf = (department: string | undefined): AdminConsultation => ({
  ...(department === undefined
    ? {}
    : {
        entry: {
          consultationId: 'baumpflanzung',
          department,
          createdAt: now.toISOString(),
          createdBy: admin.email,
          slug: 'baumpflanzung',
          title: { de: 'Neue Bäume' },
          defaultLanguage: 'de',
        },
      }),
  published: {
    currentVersion: 'v1',
    slug: 'baumpflanzung',
    publishedAt: now.toISOString(),
    definition: published,
  },
});

const scratch = (department: string | undefined): CreateRequest => ({
  mode: 'scratch',
  department,
  id: 'radweg-2026',
  slug: 'radweg',
  languages: ['de', 'en'],
  defaultLanguage: 'en',
});
const copy = (department: string | undefined): CreateRequest => ({
  mode: 'template',
  department,
  id: 'baeume-2027',
  slug: 'baeume-2027',
  templateId: 'baumpflanzung',
});

describe('who may create, and in which department', () => {
  it('lets admins and editors with a department create, not an editor without one', () => {
    expect([admin, editor, homeless].map(mayCreate)).toEqual([true, true, false]);
  });

  it('lets admins choose the department and fixes an editor to their own', () => {
    expect(createDepartmentChoice(admin)).toEqual({ kind: 'choose' });
    expect(createDepartmentChoice(editor)).toEqual({ kind: 'fixed', department: 'integration' });
  });

  it.each([
    ['an admin naming one', admin, 'culture', { ok: true, department: 'culture' }],
    ['an admin leaving it empty (admins only)', admin, '', { ok: true, department: undefined }],
    ['an editor naming another one', editor, 'culture', { ok: true, department: 'integration' }],
    ['an editor leaving it empty', editor, '', { ok: true, department: 'integration' }],
  ] as const)('owns the consultation of %s', (_, member, posted, expected) => {
    expect(createDepartment(member, posted)).toEqual(expected);
  });

  it('refuses a department name that is none', () => {
    expect(createDepartment(admin, 'Not A Name!')).toMatchObject({ ok: false, message: expect.any(String) });
  });

  it('files an editor’s consultation in their department even when the request names another', () => {
    const plan = planCreate(editor, scratch('culture'), { now });

    expect(plan.ok && plan.entry.department).toBe('integration');
  });

  it('files an admin’s consultation where they chose, or nowhere (admins only)', () => {
    const chosen = planCreate(admin, scratch('culture'), { now });
    const none = planCreate(admin, scratch(undefined), { now });

    expect(chosen.ok && chosen.entry.department).toBe('culture');
    expect(none.ok && none.entry).not.toHaveProperty('department');
  });
});

describe('planCreate', () => {
  it('starts a draft from scratch (revision 1) with its entry and change', () => {
    const plan = planCreate(editor, scratch(undefined), { now });

    if (!plan.ok) throw new Error('refused');
    expect(plan.draft).toMatchObject({
      consultationId: 'radweg-2026',
      revision: 1,
      updatedAt: now.toISOString(),
      updatedBy: editor.email,
    });
    expect(plan.draft.definition).toMatchObject({
      id: 'radweg-2026',
      slug: 'radweg',
      languages: ['de', 'en'],
    });
    expect(plan.entry).toEqual({
      consultationId: 'radweg-2026',
      department: 'integration',
      createdAt: now.toISOString(),
      createdBy: editor.email,
      slug: 'radweg',
      title: { de: '', en: '' },
      defaultLanguage: 'en',
      opens: '2026-05-05T00:00:00+02:00',
      closes: '2026-06-02T00:00:00+02:00',
      draftRevision: 1,
    });
    expect(plan.change).toEqual({
      scope: { kind: 'consultation', consultationId: 'radweg-2026' },
      actor: editor.email,
      action: 'created',
      summary: 'Created from scratch in de, en',
      at: now.toISOString(),
    });
  });

  it('copies a published template of the member’s department under the new id and slug', () => {
    const plan = planCreate(editor, copy(undefined), { now, template: templateOf('integration') });

    if (!plan.ok) throw new Error('refused');
    expect(plan.draft.definition).toMatchObject({
      id: 'baeume-2027',
      slug: 'baeume-2027',
      title: published.title,
      opens: '2026-05-05T00:00:00+02:00',
    });
    expect(plan.entry).toMatchObject({ slug: 'baeume-2027', title: published.title, defaultLanguage: 'de' });
    expect(plan.change).toMatchObject({ action: 'copied', summary: 'Copied from "baumpflanzung"' });
  });

  it.each([
    ['another department’s', editor, templateOf('culture'), 'choose a consultation of your department'],
    [
      'one only from forms/ (the admins’)',
      editor,
      templateOf(undefined),
      'choose a consultation of your department',
    ],
    ['one that does not exist', editor, undefined, 'choose a consultation of your department'],
    [
      'an unpublished one',
      editor,
      { entry: templateOf('integration').entry },
      'is not a published consultation',
    ],
    ['one that does not exist, as an admin', admin, undefined, 'is not a published consultation'],
  ] as const)('refuses to copy %s', (_, member, template, message) => {
    expect(planCreate(member, copy(undefined), { now, template })).toEqual({
      ok: false,
      status: 400,
      input: 'template',
      message,
    });
  });

  it('lets admins copy any department’s or forms/’ consultation', () => {
    expect(mayCopy(admin, 'culture')).toBe(true);
    expect(mayCopy(admin, undefined)).toBe(true);
    expect(planCreate(admin, copy(undefined), { now, template: templateOf(undefined) }).ok).toBe(true);
  });

  it('takes an imported definition as it is', () => {
    const plan = planCreate(admin, { mode: 'import', department: 'culture', definition: published }, { now });

    if (!plan.ok) throw new Error('refused');
    expect(plan.draft.definition).toEqual(published);
    expect(plan.draft.definition).not.toBe(published);
    expect(plan.entry).toMatchObject({
      consultationId: 'baumpflanzung',
      department: 'culture',
      opens: published.opens,
      closes: published.closes,
    });
    expect(plan.change).toMatchObject({ action: 'imported', summary: 'Imported from YAML' });
  });

  it('refuses a first draft too large for its table item (413)', () => {
    const huge = { ...published, intro: { de: 'x'.repeat(MAX_DRAFT_BYTES), en: 'y' } } as Consultation;

    expect(
      planCreate(admin, { mode: 'import', department: undefined, definition: huge }, { now }),
    ).toMatchObject({
      ok: false,
      status: 413,
      input: 'id',
    });
    const stored = templateOf('integration');
    const template = stored.published && { ...stored, published: { ...stored.published, definition: huge } };
    expect(planCreate(editor, copy(undefined), { now, template })).toMatchObject({
      ok: false,
      status: 413,
      input: 'template',
    });
  });
});
