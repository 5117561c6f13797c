import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationInput } from '../../../../shared/definition/schema.ts';
import { aConsultationWithWorkflow } from '../../../support/consultation-factory.ts';
import {
  attributeOf,
  consultationsHarness,
  EDIT_ROUTE,
  type Fields,
  formFields,
  type Harness,
  redirectOf,
  type SignedIn,
  tagWithId,
  textOf,
} from './consultations-harness.ts';

let h: Harness;
let boss: SignedIn;
let editor: SignedIn;

beforeAll(async () => {
  h = await consultationsHarness('adm-cons-edit');
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
  editor = await h.sign({ email: 'ed@hannover.example', role: 'editor', department: 'integration' });
});

afterAll(() => h.env.client.destroy());

/** A complete, valid draft of the integration department (created by import through the handler). */
async function aDraft(id: string, overrides: Partial<ConsultationInput> = {}) {
  const definition = aConsultationWithWorkflow(id, undefined, overrides);
  const response = await h.postMultipart(boss, {
    _mode: 'import',
    department: 'integration',
    yaml: JSON.stringify(definition),
  });
  redirectOf(response);
  return definition;
}

const page = async (id: string, section: string, as = boss) =>
  h.get(EDIT_ROUTE, as, { pathParameters: { id, section } });

async function submit(id: string, section: string, changes: Fields, action = 'save', as = boss) {
  const html = (await page(id, section, as)).body ?? '';
  const fields = { ...formFields(html, 'section-form'), ...changes, _action: action };
  return h.post(EDIT_ROUTE, as, fields, { pathParameters: { id, section } });
}

const stored = async (id: string) => (await h.admin.getAdminConsultation(id)).draft;
const changeCount = async (id: string) => {
  const log = await h.admin.listChanges({ kind: 'consultation', consultationId: id }, { limit: 100 });
  return 'changes' in log ? log.changes.length : -1;
};

describe('the editor', () => {
  it.each(['settings', 'texts', 'fields', 'workflow'])(
    'posts the %s section back unchanged without saving a new revision',
    async (section) => {
      const id = `ed-same-${section}`;
      await aDraft(id);

      const location = redirectOf(await submit(id, section, {}));

      expect(location).toBe(`/admin/consultations/${id}/edit/${section}?saved=1`);
      expect((await stored(id))?.revision).toBe(1);
      expect(await changeCount(id)).toBe(1);
    },
  );

  it('refuses a stale revision with 409 and saves nothing', async () => {
    await aDraft('ed-stale');
    const html = (await page('ed-stale', 'texts')).body ?? '';
    const loaded = formFields(html, 'section-form');
    // Someone else saves first.
    redirectOf(await submit('ed-stale', 'texts', { 't:title.en': 'Theirs' }));

    const response = await h.post(
      EDIT_ROUTE,
      boss,
      { ...loaded, 't:title.en': 'Mine', _action: 'save' },
      { pathParameters: { id: 'ed-stale', section: 'texts' } },
    );

    expect(response.statusCode).toBe(409);
    expect(textOf(response.body ?? '')).toContain('Someone else saved this draft after you opened it');
    const draft = await stored('ed-stale');
    expect(draft?.revision).toBe(2);
    expect(draft?.definition.title).toMatchObject({ en: 'Theirs' });
    expect(await changeCount('ed-stale')).toBe(2);
  });

  it('answers 404 for a section that does not exist', async () => {
    await aDraft('ed-404');

    expect((await page('ed-404', 'publish')).statusCode).toBe(404);
    expect(
      (await h.post(EDIT_ROUTE, boss, { _rev: '1' }, { pathParameters: { id: 'ed-404', section: 'secret' } }))
        .statusCode,
    ).toBe(404);
    expect((await page('no-such-consultation', 'texts')).statusCode).toBe(404);
  });

  it('refuses an unknown button with 400 and a body over 256 KB with 413', async () => {
    await aDraft('ed-limits');

    expect((await submit('ed-limits', 'fields', {}, 'explode:1')).statusCode).toBe(400);
    const huge = await submit('ed-limits', 'texts', { 't:intro.en': 'x'.repeat(260 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect((await stored('ed-limits'))?.revision).toBe(1);
  });

  it('refuses a POST without the CSRF token and saves nothing', async () => {
    await aDraft('ed-csrf');
    const fields = formFields((await page('ed-csrf', 'texts')).body ?? '', 'section-form');

    const response = await h.post(
      EDIT_ROUTE,
      boss,
      { ...fields, _csrf: 'forged', 't:title.en': 'Forged' },
      { pathParameters: { id: 'ed-csrf', section: 'texts' }, csrf: null },
    );

    expect(response.statusCode).toBe(403);
    expect((await stored('ed-csrf'))?.revision).toBe(1);
  });

  it('marks every text input with its language and direction, right to left for Arabic', async () => {
    await aDraft('ed-rtl', {
      languages: ['de', 'ar'],
      title: { de: 'Titel', ar: 'عنوان' },
      intro: { de: 'Einleitung', ar: 'مقدمة' },
      thankYou: { de: 'Danke', ar: 'شكرا' },
      contact: { email: 'a@example.org', name: { de: 'Amt', ar: 'مكتب' } },
      fields: [{ type: 'text', id: 'name', label: { de: 'Name', ar: 'الاسم' } }],
      workflow: undefined,
    });
    const html = (await page('ed-rtl', 'texts')).body ?? '';

    const arabic = tagWithId(html, 'f-title-ar');
    expect(attributeOf(arabic, 'lang')).toBe('ar');
    expect(attributeOf(arabic, 'dir')).toBe('rtl');
    expect(attributeOf(arabic, 'value')).toBe('عنوان');
    expect(attributeOf(tagWithId(html, 'f-title-de'), 'dir')).toBe('ltr');
  });

  it('moves and removes fields, and changing a type drops what the new type does not have', async () => {
    await aDraft('ed-fields');

    redirectOf(await submit('ed-fields', 'fields', {}, 'moveField:1:up'));
    const moved = (await stored('ed-fields'))?.definition.fields as { id: string; type: string }[];
    expect(moved.map((field) => field.id)).toEqual(['comment', 'name_choice', 'full_name', 'email']);

    const location = redirectOf(
      await submit('ed-fields', 'fields', { '_fieldType.1': 'text' }, 'setFieldType:1'),
    );
    expect(location).toMatch(/#f-fields-1$/);
    const changed = (await stored('ed-fields'))?.definition.fields as Record<string, unknown>[];
    expect(changed[1]).toMatchObject({ type: 'text', id: 'name_choice', label: { de: 'Ihr Favorit' } });
    expect(changed[1]).not.toHaveProperty('options');

    redirectOf(await submit('ed-fields', 'fields', {}, 'removeField:0'));
    const removed = (await stored('ed-fields'))?.definition.fields as { id: string }[];
    expect(removed.map((field) => field.id)).toEqual(['name_choice', 'full_name', 'email']);
  });

  it('removes the workflow with its own button', async () => {
    await aDraft('ed-no-workflow');

    redirectOf(await submit('ed-no-workflow', 'workflow', {}, 'removeWorkflow'));

    expect((await stored('ed-no-workflow'))?.definition).not.toHaveProperty('workflow');
    expect(textOf((await page('ed-no-workflow', 'workflow')).body ?? '')).toContain('Add a workflow');
  });

  it('saves incomplete work and shows the problem at the input: the summary links to it', async () => {
    await aDraft('ed-invalid');

    redirectOf(
      await submit('ed-invalid', 'workflow', { 't:workflow.stages.0.approvers.0.email': 'not-an-address' }),
    );
    const html = (await page('ed-invalid', 'workflow')).body ?? '';

    const input = tagWithId(html, 'f-workflow-stages-0-approvers-0-email');
    expect(attributeOf(input, 'aria-invalid')).toBe('true');
    expect(attributeOf(input, 'value')).toBe('not-an-address');
    expect(html).toMatch(/<a href="#f-workflow-stages-0-approvers-0-email">[^<]*approver 1, email/);
    expect(textOf(html)).toContain('Workflow (1 problem)');
  });

  it('starts the draft of a consultation published only from forms/ on its first save (admins only)', async () => {
    const published = aConsultationWithWorkflow('ed-from-forms');
    await h.env.repository.publishDefinition(published);
    const html = (await page('ed-from-forms', 'texts')).body ?? '';
    expect(html).toContain('<input type="hidden" name="_rev" value="0"/>');

    redirectOf(await submit('ed-from-forms', 'texts', { 't:title.en': 'Edited in the browser' }));

    const { entry, draft } = await h.admin.getAdminConsultation('ed-from-forms');
    expect(draft?.revision).toBe(1);
    expect(draft?.definition).toMatchObject({
      fields: published.fields,
      title: { en: 'Edited in the browser' },
    });
    expect(entry?.department).toBeUndefined();
    expect((await page('ed-from-forms', 'texts', editor)).statusCode).toBe(403);
  });

  it('lets an editor edit their department’s draft but refuses another department’s with 403', async () => {
    await aDraft('ed-owned');
    const stranger = await h.sign({ email: 'other@hannover.example', role: 'editor', department: 'culture' });
    const viewer = await h.sign({
      email: 'viewer@hannover.example',
      role: 'viewer',
      department: 'integration',
    });

    expect(redirectOf(await submit('ed-owned', 'texts', { 't:title.en': 'Ours' }, 'save', editor))).toContain(
      '?saved=1',
    );
    expect((await page('ed-owned', 'texts', stranger)).statusCode).toBe(403);
    expect((await page('ed-owned', 'texts', viewer)).statusCode).toBe(403);
    const post = await h.post(
      EDIT_ROUTE,
      stranger,
      { _rev: '2', 't:title.en': 'Theirs', _action: 'save' },
      { pathParameters: { id: 'ed-owned', section: 'texts' } },
    );
    expect(post.statusCode).toBe(403);
    expect((await stored('ed-owned'))?.definition.title).toMatchObject({ en: 'Ours' });
  });
});
