import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { definition, yamlOf } from './factory.ts';

function formsCheck(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'infra/tools/forms-check.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout };
}

describe('npm run forms:check', { timeout: 30_000 }, () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mitwirken-check-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('passes on the shipped forms', () => {
    const { status, out } = formsCheck();
    expect(status).toBe(0);
    expect(out).toContain('forms/strategiepapier-name.yaml  OK');
  });

  it('fails with file:line:column, path and message for a broken file', async () => {
    const bad = join(dir, 'kaputt.yaml');
    await writeFile(
      bad,
      yamlOf(definition({ fields: [{ type: 'txt', id: 'a', label: { de: 'A', en: 'A' } }] })),
    );
    await writeFile(join(dir, 'gut.yaml'), yamlOf(definition({ id: 'gut', slug: 'gut' })));
    const { status, out } = formsCheck(dir);
    expect(status).toBe(1);
    expect(out).toMatch(
      new RegExp(`${bad.replaceAll('.', '\\.')}:\\d+:\\d+  fields\\[0\\]\\.type  "txt" is not a field type`),
    );
    expect(out).toMatch(/gut\.yaml {2}OK/);
    expect(out).toContain('1 error in 1 of 2 files');
  });

  it('fails when a path does not exist', () => {
    const { status, out } = formsCheck(join(dir, 'fehlt.yaml'));
    expect(status).toBe(1);
    expect(out).toContain('not found');
  });
});
