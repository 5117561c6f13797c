// `npm run forms:check [paths…]`: validates consultation definitions and prints every problem as
// `file:line:column  path  message`, so department staff can fix a form before it is published.
import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DefinitionError, loadDefinitionFiles } from '../../shared/definition/load.ts';
import { consultationState } from '../../shared/definition/schedule.ts';
import { type Consultation, isInputField } from '../../shared/definition/schema.ts';
import { loadSiteSettings, SITE_SETTINGS_FILE } from '../../shared/site/index.ts';

const DEFAULT_DIR = fileURLToPath(new URL('../../forms/', import.meta.url));
const isDefinitionFile = (name: string) => ['.yaml', '.yml'].includes(extname(name)) && !name.startsWith('.');

/** Expands folders to their definition files; paths that do not exist become errors. */
async function collectFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) missing.push(path);
    else if (info.isDirectory()) {
      const names = (await readdir(path)).filter(isDefinitionFile).sort();
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  return { files: files.map(shownPath), missing };
}

/** Paths inside the working directory are shown relative to it, others in full (no `../../`). */
function shownPath(file: string): string {
  const path = relative(process.cwd(), file);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : resolve(file);
}

function describeOk(definition: Consultation, now: Date): string {
  const inputs = definition.fields.filter(isInputField).length;
  const state = consultationState(definition, now);
  const when = {
    notYetOpen: `opens ${definition.opens}`,
    open: `open until ${definition.closes}`,
    closed: `closed since ${definition.closes}`,
  }[state];
  return `/c/${definition.slug}, ${inputs} questions, languages ${definition.languages.join(' ')}, ${when}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatError(error: DefinitionError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  return error.path ? `  ${where}  ${error.path}  ${error.message}` : `  ${where}  ${error.message}`;
}

/** Checks forms/site/settings.yaml (the legal pages' facts); prints its errors; false when it has any. */
async function checkSiteSettings(): Promise<boolean> {
  const file = shownPath(join(DEFAULT_DIR, SITE_SETTINGS_FILE));
  const info = await stat(file).catch(() => undefined);
  if (!info) {
    console.log(
      `${file}\n  not found: the site settings (Impressum, Datenschutz, Barrierefreiheit) are required`,
    );
    return false;
  }
  const result = await loadSiteSettings(file);
  if (result.ok) {
    console.log(`${file}  OK  site settings of ${result.value.operator.name}`);
    return true;
  }
  console.log(`${file}  ${plural(result.errors.length, 'error')}`);
  for (const error of result.errors) console.log(formatError({ ...error, file }));
  return false;
}

async function main(args: readonly string[]): Promise<number> {
  // Without arguments the whole forms/ folder is checked, the site settings included.
  if (!args.length && !(await checkSiteSettings())) return 1;
  const { files, missing } = await collectFiles(args.length ? args : [DEFAULT_DIR]);
  for (const path of missing) console.log(`${path}\n  not found`);
  if (!files.length) {
    console.log(
      `No form definitions (*.yaml) found in ${args.join(', ') || relative(process.cwd(), DEFAULT_DIR)}.`,
    );
    return 1;
  }
  const { definitions, errors } = await loadDefinitionFiles(files);
  const now = new Date();
  for (const file of files) {
    const own = errors.filter((e) => e.file === file);
    const loaded = definitions.find((d) => d.file === file);
    if (own.length) {
      console.log(`${file}  ${plural(own.length, 'error')}`);
      for (const error of own) console.log(formatError(error));
    } else if (loaded) console.log(`${file}  OK  ${describeOk(loaded.definition, now)}`);
  }
  const failed = new Set(errors.map((e) => e.file)).size;
  if (errors.length || missing.length) {
    const notFound = missing.length ? `; not found: ${missing.join(', ')}` : '';
    console.log(
      `\n${plural(errors.length, 'error')} in ${failed} of ${plural(files.length, 'file')}${notFound}.`,
    );
    return 1;
  }
  console.log(
    `\n${files.length === 1 ? 'The form definition is' : `All ${files.length} form definitions are`} valid.`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
