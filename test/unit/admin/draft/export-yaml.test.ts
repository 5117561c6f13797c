import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportYaml } from '../../../../shared/admin/draft/index.ts';
import { loadDefinitionFiles, parseDefinitionYaml } from '../../../../shared/definition/load.ts';
import type { Consultation } from '../../../../shared/definition/schema.ts';
import { aConsultation, aConsultationWithWorkflow } from '../../../support/consultation-factory.ts';
import { shippedForms } from './support.ts';

function reparse(text: string): Consultation {
  const result = parseDefinitionYaml(text, 'export.yaml');
  if (!result.ok) throw new Error(`exported YAML does not parse: ${JSON.stringify(result.errors)}`);
  return result.definition;
}

describe('exportYaml', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mitwirken-export-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exports every file in forms/ so that it parses back to the same consultation', async () => {
    for (const { definition } of await shippedForms())
      expect(reparse(exportYaml(definition))).toEqual(definition);
  });

  it('exports files that pass the checks of forms:check', { timeout: 30_000 }, async () => {
    // Prepare
    const files: string[] = [];
    for (const { file, definition } of await shippedForms()) {
      const path = join(dir, basename(file));
      await writeFile(path, exportYaml(definition));
      files.push(path);
    }
    // Act
    const loaded = await loadDefinitionFiles(files);
    const run = spawnSync('npx', ['tsx', 'infra/tools/forms-check.ts', dir], { encoding: 'utf8' });
    // Assess
    expect(loaded.errors).toEqual([]);
    expect(loaded.definitions).toHaveLength(files.length);
    expect(run.stdout).toContain(`All ${files.length} form definitions are valid.`);
    expect(run.status).toBe(0);
  });

  it('starts with the editor-help line of the files in forms/ and keeps their key order', () => {
    const text = exportYaml(aConsultationWithWorkflow('export-order'));
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    expect(Object.keys(parse(text))).toEqual([
      'id',
      'slug',
      'defaultLanguage',
      'languages',
      'opens',
      'closes',
      'retentionDays',
      'title',
      'intro',
      'thankYou',
      'contact',
      'fields',
      'workflow',
    ]);
    expect(Object.keys(parse(text).fields[0])).toEqual(['type', 'id', 'required', 'label', 'options']);
  });

  it('writes short lists and blocks on one line, like the examples', async () => {
    const forms = await shippedForms();
    const proposal = forms.find(({ definition }) => definition.workflow)?.definition;
    const text = exportYaml(proposal!);
    expect(text).toMatch(/\nlanguages: \[ de, en(, [a-z-]+)* \]\n/);
    expect(text).toContain('rule: { quorum: 2 }');
    expect(text).toMatch(/\n {8}- \{ email: [^,]+, name: [^,]+, language: [a-z]+ \}\n/);
    expect(text).toMatch(/\n {2}de: >-\n {4}\S/);
  });

  it('leaves out what the format fills in by itself', () => {
    const definition = aConsultationWithWorkflow('export-defaults');
    const text = exportYaml(definition);
    expect(text).not.toMatch(
      /required: false|personal: false|maxLength: 200|onReject: end|remindAfterDays: 3/,
    );
    expect(reparse(text)).toEqual(definition);
  });

  it('round-trips texts with characters YAML treats specially', () => {
    const text = fc
      .string({
        minLength: 1,
        maxLength: 120,
        unit: fc.constantFrom(
          'a',
          ' ',
          ':',
          '#',
          ',',
          '"',
          "'",
          '-',
          '{',
          '[',
          '&',
          '*',
          '!',
          '|',
          '>',
          '%',
          '@',
          '`',
          '?',
          'ü',
          'ي',
          '\n',
          '1',
          'true',
          'null',
        ),
      })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(text, text, (de, en) => {
        const definition = aConsultation('export-text', {
          title: { de, en },
          intro: { de: en, en: `${de} ${en}` },
        });
        expect(reparse(exportYaml(definition))).toEqual(definition);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a draft as it is, in the same order', () => {
    const text = exportYaml({ fields: [{ label: { en: 'A' }, type: 'text' }], slug: 'x', id: 'x' });
    expect(text).toContain('id: x\nslug: x\n');
    expect(text).toMatch(/- type: text\n\s+label: \{ en: A \}/);
  });
});
