import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { MAX_DRAFT_BYTES } from '../../../../shared/admin/draft/index.ts';
import { aConsultation } from '../../../support/consultation-factory.ts';
import {
  consultationsHarness,
  EDIT_ROUTE,
  formFields,
  type Harness,
  redirectOf,
  type SignedIn,
  textOf,
  textOfId,
} from './consultations-harness.ts';

/**
 * Creating from a template only from a consultation the member may read; publishing only the draft
 * revision the page showed; drafts kept within one table item.
 */

let h: Harness;
let boss: SignedIn;
let editor: SignedIn;

beforeAll(async () => {
  h = await consultationsHarness('adm-cons-review');
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
  editor = await h.sign({ email: 'ed@hannover.example', role: 'editor', department: 'integration' });
});

afterAll(() => h.env.client.destroy());

const at = (id: string) => ({ pathParameters: { id } });

/** Imports a definition as a draft of `department`, as the boss. */
async function imported(yaml: string, department = 'integration') {
  return h.postMultipart(boss, { _mode: 'import', department, yaml });
}

async function publishedIn(id: string, department: string) {
  redirectOf(await imported(JSON.stringify(aConsultation(id)), department));
  redirectOf(await h.publish(id, boss));
}

/** A consultation whose 12 fields share one label of 2 × 19,000 characters by a YAML alias. */
function aliasYaml(id: string, fieldCount: number): string {
  const base = aConsultation(id);
  const head = stringify({ ...base, fields: [] }).replace(/^fields: \[\]\n/m, '');
  const big = 'x'.repeat(19_000);
  const lines = ['fields:'];
  for (let i = 0; i < fieldCount; i++) {
    lines.push('  - type: text', `    id: f${i}`);
    if (i === 0) {
      lines.push('    label: &big');
      for (const language of base.languages) lines.push(`      ${language}: ${big}`);
    } else lines.push('    label: *big');
  }
  return `${head}${lines.join('\n')}\n`;
}

describe('creating from a template', () => {
  beforeAll(async () => {
    await publishedIn('rf-own', 'integration');
    await publishedIn('rf-other', 'culture');
    // Published from forms/ only: no entry, so the admins' alone.
    await h.env.repository.publishDefinition(aConsultation('rf-files'));
  });

  it('refuses another department’s consultation, or one without a department, to an editor with 400 and stores nothing', async () => {
    for (const template of ['rf-other', 'rf-files']) {
      const before = await h.env.scan();
      const response = await h.post('/admin/consultations', editor, {
        _mode: 'template',
        template,
        id: `rf-copy-of-${template}`,
        slug: `rf-copy-of-${template}`,
      });

      expect(response.statusCode).toBe(400);
      expect(textOfId(response.body ?? '', 'template-template-error')).toContain(
        'choose a consultation of your department',
      );
      expect(await h.env.scan()).toEqual(before);
    }
  });

  it('lets an editor copy their own department’s consultation, and an admin any', async () => {
    const own = await h.post('/admin/consultations', editor, {
      _mode: 'template',
      template: 'rf-own',
      id: 'rf-copy-own',
      slug: 'rf-copy-own',
    });
    expect(redirectOf(own)).toBe('/admin/consultations/rf-copy-own/edit/settings');
    const any = await h.post('/admin/consultations', boss, {
      _mode: 'template',
      template: 'rf-other',
      id: 'rf-copy-other',
      slug: 'rf-copy-other',
    });
    expect(redirectOf(any)).toBe('/admin/consultations/rf-copy-other/edit/settings');
  });

  it('lists only the templates the member may read', async () => {
    const forEditor = (await h.get('/admin/consultations/new', editor)).body ?? '';
    const forAdmin = (await h.get('/admin/consultations/new', boss)).body ?? '';

    expect(forEditor).toContain('<option value="rf-own"');
    expect(forEditor).not.toContain('<option value="rf-other"');
    expect(forEditor).not.toContain('<option value="rf-files"');
    expect(forAdmin).toContain('<option value="rf-other"');
    expect(forAdmin).toContain('<option value="rf-files"');
  });

  it('refuses a template id that cannot be a consultation id with 400 beside the input, without reading it', async () => {
    const before = await h.env.scan();
    const response = await h.post('/admin/consultations', boss, {
      _mode: 'template',
      template: 'x'.repeat(5000),
      id: 'rf-huge-template',
      slug: 'rf-huge-template',
    });

    expect(response.statusCode).toBe(400);
    expect(textOfId(response.body ?? '', 'template-template-error')).toContain(
      'is not the id of a consultation',
    );
    expect(await h.env.scan()).toEqual(before);
  });
});

describe('publishing the revision shown', () => {
  it('answers 409 when the draft was saved after the page was opened, and publishes nothing', async () => {
    redirectOf(await imported(JSON.stringify(aConsultation('rf-race'))));
    // A opens the consultation's page at revision 1.
    const pageOfA = (await h.get('/admin/consultations/{id}', boss, at('rf-race'))).body ?? '';
    const { _csrf: _token, ...publishForm } = formFields(pageOfA, 'publish-form');
    expect(publishForm._rev).toBe('1');
    // B saves revision 2.
    const texts = { pathParameters: { id: 'rf-race', section: 'texts' } };
    const html = (await h.get(EDIT_ROUTE, editor, texts)).body ?? '';
    const fields = { ...formFields(html, 'section-form'), 't:title.en': 'Changed by B', _action: 'save' };
    redirectOf(await h.post(EDIT_ROUTE, editor, fields, texts));

    // A presses Publish.
    const response = await h.post('/admin/consultations/{id}/publish', boss, publishForm, at('rf-race'));

    expect(response.statusCode).toBe(409);
    expect(textOf(response.body ?? '')).toContain('Nothing was published');
    expect(await h.admin.listVersions('rf-race')).toEqual([]);
    // A post without the revision is refused the same way.
    const bare = await h.post('/admin/consultations/{id}/publish', boss, {}, at('rf-race'));
    expect(bare.statusCode).toBe(409);
    expect(await h.admin.listVersions('rf-race')).toEqual([]);
    // The page opened again publishes B's revision.
    redirectOf(await h.publish('rf-race', boss));
    expect(await h.admin.listVersions('rf-race')).toHaveLength(1);
  });

  it('answers the same 409 when the draft is saved between the check and the publish, and publishes nothing', async () => {
    redirectOf(await imported(JSON.stringify(aConsultation('rf-race-late'))));
    const pageOfA = (await h.get('/admin/consultations/{id}', boss, at('rf-race-late'))).body ?? '';
    const { _csrf: _token, ...publishForm } = formFields(pageOfA, 'publish-form');
    // B saves revision 2 after the route checked revision 1, just before the publish transaction.
    const publish = h.admin.publishWithChange.bind(h.admin);
    const late = vi.spyOn(h.admin, 'publishWithChange').mockImplementationOnce(async (...args) => {
      const draft = (await h.admin.getAdminConsultation('rf-race-late')).draft;
      if (!draft) throw new Error('no draft');
      const saved = await h.admin.saveDraft(
        { ...draft, definition: { ...draft.definition, retentionDays: 60 } },
        1,
        {
          scope: { kind: 'consultation', consultationId: 'rf-race-late' },
          actor: editor.member.email,
          action: 'edited',
          summary: 'Saved by B',
          at: new Date().toISOString(),
        },
      );
      expect(saved).toBe('saved');
      return publish(...args);
    });

    const response = await h.post('/admin/consultations/{id}/publish', boss, publishForm, at('rf-race-late'));
    const calls = late.mock.calls.map((args) => args[2]);
    late.mockRestore();

    expect(calls).toEqual([{ draftRevision: 1 }]);
    expect(response.statusCode).toBe(409);
    expect(textOf(response.body ?? '')).toContain('The draft was saved again after you opened');
    expect(textOf(response.body ?? '')).toContain('Nothing was published');
    expect(await h.admin.listVersions('rf-race-late')).toEqual([]);
    // The page opened again publishes B's revision.
    redirectOf(await h.publish('rf-race-late', boss));
    expect(await h.admin.listVersions('rf-race-late')).toHaveLength(1);
  });
});

describe('the size of a draft', () => {
  it('refuses an import whose YAML aliases expand past the budget with 413, and stores nothing', async () => {
    const yaml = aliasYaml('rf-alias', 12);
    expect(yaml.length).toBeLessThan(MAX_DRAFT_BYTES / 5);
    const before = await h.env.scan();

    const response = await imported(yaml);

    expect(response.statusCode).toBe(413);
    expect(textOf(response.body ?? '')).toContain('This consultation is too large to store');
    expect(await h.env.scan()).toEqual(before);
  });

  it('refuses a save that would make the draft too large with 413, and saves nothing', async () => {
    // 7 labels of 38,000 characters: within the budget.
    redirectOf(await imported(aliasYaml('rf-grow', 7)));
    const before = (await h.admin.getAdminConsultation('rf-grow')).draft;
    const hints: Record<string, string> = {};
    for (let i = 0; i < 4; i++)
      for (const language of ['de', 'en']) hints[`t:fields.${i}.hint.${language}`] = 'y'.repeat(19_000);

    const response = await h.post(
      EDIT_ROUTE,
      boss,
      { _rev: String(before?.revision), _action: 'save', ...hints },
      { pathParameters: { id: 'rf-grow', section: 'fields' } },
    );

    expect(response.statusCode).toBe(413);
    expect(textOf(response.body ?? '')).toContain('This consultation is too large to store');
    expect((await h.admin.getAdminConsultation('rf-grow')).draft).toEqual(before);
  });
});
