import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { DefinitionError } from '../../shared/definition/load.ts';
import { loadDefinitionsFromDir } from '../../shared/definition/load.ts';
import type { Consultation } from '../../shared/definition/schema.ts';
import { loadSiteSettings, SITE_SETTINGS_FILE, type SiteSettings } from '../../shared/site/index.ts';
import { LocalPlatformError } from './services.ts';

/** forms/*.yaml has mistakes; the message lists each as `file:line:column path: message`. */
export class InvalidFormsError extends LocalPlatformError {
  override name = 'InvalidFormsError';
}

/** Loads and validates every definition in the folder; throws InvalidFormsError listing every mistake. */
export async function loadForms(formsDir: string): Promise<Consultation[]> {
  let loaded: Awaited<ReturnType<typeof loadDefinitionsFromDir>>;
  try {
    loaded = await loadDefinitionsFromDir(formsDir);
  } catch (error) {
    throw new InvalidFormsError(
      `Cannot read the forms folder ${formsDir}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  if (loaded.errors.length > 0) {
    const count = loaded.errors.length;
    throw new InvalidFormsError(
      `${count} ${count === 1 ? 'mistake' : 'mistakes'} in the form definitions; nothing was started:\n${formatDefinitionErrors(loaded.errors)}\n(check a file on its own with "npm run forms:check")`,
    );
  }
  return loaded.definitions.map((d) => d.definition);
}

/** One line per error, with a path relative to the working directory so editors can jump to it. */
export function formatDefinitionErrors(errors: readonly DefinitionError[]): string {
  return errors
    .map(
      (e) =>
        `  ${relative(process.cwd(), e.file)}:${e.line}:${e.column}${e.path ? ` ${e.path}` : ''}: ${e.message}`,
    )
    .join('\n');
}

/** The site settings of the legal pages (forms/site/settings.yaml), if the folder has them; throws InvalidFormsError when invalid. */
export async function loadSite(formsDir: string): Promise<SiteSettings | undefined> {
  const file = join(formsDir, SITE_SETTINGS_FILE);
  if (!(await stat(file).catch(() => undefined))) return undefined;
  const result = await loadSiteSettings(file);
  if (result.ok) return result.value;
  throw new InvalidFormsError(
    `The site settings have mistakes; nothing was started:\n${formatDefinitionErrors(result.errors)}\n(check with "npm run forms:check")`,
  );
}
