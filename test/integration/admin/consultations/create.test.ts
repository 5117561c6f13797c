import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDefinitionYaml } from '../../../../shared/definition/load.ts';
import { aConsultation } from '../../../support/consultation-factory.ts';
import {
  attributeOf,
  consultationsHarness,
  decode,
  type Harness,
  redirectOf,
  type SignedIn,
  tagWithId,
  textOf,
  textOfId,
} from './consultations-harness.ts';

const FORMS = join(import.meta.dirname, '../../../../forms');

let h: Harness;
let boss: SignedIn;
let editor: SignedIn;

beforeAll(async () => {
  h = await consultationsHarness('adm-cons-create');
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
  editor = await h.sign({ email: 'ed@hannover.example', role: 'editor', department: 'integration' });
});

afterAll(() => h.env.client.destroy());

const create = (as: SignedIn, fields: Record<string, string | string[]>) =>
  h.post('/admin/consultations', as, fields);

describe('GET /admin/consultations/new', () => {
  it('offers the three ways, with a file upload for the import', async () => {
    const html = (await h.get('/admin/consultations/new', boss)).body ?? '';

    expect(html).toContain('enctype="multipart/form-data"');
    expect(attributeOf(tagWithId(html, 'import-file'), 'type')).toBe('file');
    expect(attributeOf(tagWithId(html, 'scratch-department'), 'name')).toBe('department');
  });

  it('gives an editor their own department instead of a choice', async () => {
    const html = (await h.get('/admin/consultations/new', editor)).body ?? '';

    expect(html).not.toContain('id="scratch-department"');
    expect(textOf(html)).toContain('Department: integration (yours)');
  });
});

describe('creating from scratch', () => {
  it('refuses malformed input with 400, each error next to its input, and stores nothing', async () => {
    const response = await create(boss, {
      _mode: 'scratch',
      id: 'Not An Id',
      slug: '',
      languages: [''],
      defaultLanguage: 'de',
    });
    const html = response.body ?? '';

    expect(response.statusCode).toBe(400);
    expect(attributeOf(tagWithId(html, 'scratch-id'), 'aria-invalid')).toBe('true');
    expect(textOfId(html, 'scratch-id-error')).toContain('lowercase letters, digits and single hyphens');
    expect(textOfId(html, 'scratch-slug-error')).toContain('enter a web address');
    expect(textOfId(html, 'scratch-languages-error')).toContain('choose at least one language');
    expect(attributeOf(tagWithId(html, 'scratch-id'), 'value')).toBe('Not An Id');
    expect(await h.admin.listAdminConsultations()).toEqual([]);
  });

  it('creates an editor’s consultation in their department, whatever was posted', async () => {
    const response = await create(editor, {
      _mode: 'scratch',
      id: 'cr-editor',
      slug: 'cr-editor',
      department: 'culture',
      languages: ['', 'de', 'ar'],
      defaultLanguage: 'de',
    });

    expect(redirectOf(response)).toBe('/admin/consultations/cr-editor/edit/settings');
    const { entry, draft } = await h.admin.getAdminConsultation('cr-editor');
    expect(entry?.department).toBe('integration');
    expect(draft?.definition).toMatchObject({ languages: ['de', 'ar'], defaultLanguage: 'de' });
  });

  it('refuses an id that is taken', async () => {
    const response = await create(boss, {
      _mode: 'scratch',
      id: 'cr-editor',
      slug: 'cr-other',
      languages: ['de'],
      defaultLanguage: 'de',
    });

    expect(response.statusCode).toBe(400);
    expect(textOfId(response.body ?? '', 'scratch-id-error')).toContain('"cr-editor" is already the id');
  });
});

describe('importing YAML', () => {
  it.each(readdirSync(FORMS).filter((name) => name.endsWith('.yaml')))(
    'imports forms/%s as an upload, unchanged in meaning',
    async (name) => {
      const text = await readFile(join(FORMS, name), 'utf8');
      const parsed = parseDefinitionYaml(text, name);
      if (!parsed.ok) throw new Error(`forms/${name} does not parse`);

      const response = await h.postMultipart(
        boss,
        { _mode: 'import', department: 'integration', yaml: '' },
        { name, text },
      );

      expect(redirectOf(response)).toBe(`/admin/consultations/${parsed.definition.id}/edit/settings`);
      const stored = await h.admin.getAdminConsultation(parsed.definition.id);
      expect(stored.draft?.definition).toEqual(parsed.definition);
      expect(stored.entry?.department).toBe('integration');
      const log = await h.admin.listChanges(
        { kind: 'consultation', consultationId: parsed.definition.id },
        { limit: 10 },
      );
      expect('changes' in log && log.changes.map((change) => change.action)).toEqual(['imported']);
    },
  );

  it('imports pasted YAML from the text area', async () => {
    const text = (await readFile(join(FORMS, 'strategiepapier-name.yaml'), 'utf8'))
      .replace('id: strategiepapier-name', 'id: cr-pasted')
      .replace('slug: strategiepapier-name', 'slug: cr-pasted');

    const response = await h.postMultipart(boss, { _mode: 'import', yaml: text });

    expect(redirectOf(response)).toBe('/admin/consultations/cr-pasted/edit/settings');
  });

  it('refuses YAML that is not a valid consultation with 400, listing line:column path message, and stores nothing', async () => {
    const before = await h.env.scan();
    const yaml = [
      'id: cr-broken',
      'slug: cr-broken',
      'languages: [de]',
      'title:',
      '  de: Titel',
      'fields:',
      '  - type: texx',
      '    id: name',
    ].join('\n');

    const response = await h.postMultipart(boss, { _mode: 'import', yaml });
    const html = response.body ?? '';

    expect(response.statusCode).toBe(400);
    const problems = [...html.matchAll(/<li><code>([^<]*)<\/code><\/li>/g)].map((m) => decode(m[1] ?? ''));
    expect(
      problems.some((p) =>
        p.startsWith('7:11 fields[0].type "texx" is not a field type (did you mean "text"?)'),
      ),
    ).toBe(true);
    expect(problems).toContain('1:1 opens is missing; it must be a text');
    expect(textOf(html)).toContain('YAML: the YAML is not a valid consultation');
    expect(await h.env.scan()).toEqual(before);
  });

  it('refuses a YAML syntax error with its position', async () => {
    const response = await h.postMultipart(boss, { _mode: 'import', yaml: 'id: x\n\tslug: y\n' });

    expect(response.statusCode).toBe(400);
    expect(textOf(response.body ?? '')).toMatch(/2:1 \(file\) YAML syntax error/);
  });
});

describe('copying a published consultation', () => {
  it('copies texts, fields and workflow into a new draft with new dates, id and slug', async () => {
    const source = aConsultation('cr-template-source');
    await h.env.repository.publishDefinition(source);

    const response = await create(boss, {
      _mode: 'template',
      template: 'cr-template-source',
      id: 'cr-copy',
      slug: 'cr-copy',
      department: 'integration',
    });

    expect(redirectOf(response)).toBe('/admin/consultations/cr-copy/edit/settings');
    const draft = (await h.admin.getAdminConsultation('cr-copy')).draft?.definition;
    expect(draft).toMatchObject({
      id: 'cr-copy',
      slug: 'cr-copy',
      title: source.title,
      fields: source.fields,
    });
    expect(Date.parse(String(draft?.opens))).toBeGreaterThan(Date.now());
    expect(Date.parse(String(draft?.closes)) - Date.parse(String(draft?.opens))).toBeGreaterThanOrEqual(
      27 * 86_400_000,
    );
  });

  it('lists published consultations as templates', async () => {
    const html = (await h.get('/admin/consultations/new', boss)).body ?? '';

    expect(html).toContain('<option value="cr-template-source"');
  });

  it('refuses a slug another consultation publishes under', async () => {
    const response = await create(boss, {
      _mode: 'template',
      template: 'cr-template-source',
      id: 'cr-copy-2',
      slug: 'cr-template-source',
    });

    expect(response.statusCode).toBe(400);
    expect(textOfId(response.body ?? '', 'template-slug-error')).toContain('already the web address');
  });
});
