import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type DefinitionError, loadDefinitionsFromDir } from '../../shared/definition/load.ts';
import type { Consultation } from '../../shared/definition/schema.ts';
import { loadSiteSettings, SITE_SETTINGS_FILE, type SiteSettings } from '../../shared/site/index.ts';

/** A form in forms/ is invalid; the message lists every error as `file:line:column path: message`. */
export class InvalidFormsError extends Error {
  override name = 'InvalidFormsError';
}

/** The validated definitions a deployment publishes, as the custom resource receives them. */
export interface FormsForDeployment {
  definitions: Consultation[];
  /** `definitions` as JSON: the custom resource's input, parsed again (with zod) by its handler. */
  json: string;
  /** The site settings (forms/site/settings.yaml) as JSON, when the folder has them. */
  siteJson?: string;
  /** sha256 of `json` (and `siteJson`): any change to any form changes it, so CloudFormation re-runs the publisher. */
  contentHash: string;
}

// CloudFormation hands custom resource properties to Lambda in an asynchronous invoke (256 KB
// payload); beyond this size the definitions must travel as an S3 asset instead.
const MAX_JSON_BYTES = 200 * 1024;

/** Loads and validates forms/*.yaml at synth time; throws InvalidFormsError with every error found. */
export async function loadFormsForDeployment(dir: string): Promise<FormsForDeployment> {
  const { definitions, errors } = await loadDefinitionsFromDir(dir);
  if (errors.length > 0) {
    throw new InvalidFormsError(
      `${errors.length} error(s) in the forms; nothing was synthesized:\n${errors.map(formatError).join('\n')}`,
    );
  }
  const siteFile = join(dir, SITE_SETTINGS_FILE);
  if (!(await stat(siteFile).catch(() => undefined))) {
    return formsForDeployment(definitions.map((loaded) => loaded.definition));
  }
  const site = await loadSiteSettings(siteFile);
  if (!site.ok) {
    throw new InvalidFormsError(
      `${site.errors.length} error(s) in the site settings; nothing was synthesized:\n${site.errors.map(formatError).join('\n')}`,
    );
  }
  return formsForDeployment(
    definitions.map((loaded) => loaded.definition),
    site.value,
  );
}

/** Serializes validated definitions (and the site settings) for the publisher and hashes them. */
export function formsForDeployment(definitions: Consultation[], site?: SiteSettings): FormsForDeployment {
  const json = JSON.stringify(definitions);
  const siteJson = site === undefined ? undefined : JSON.stringify(site);
  const bytes = Buffer.byteLength(json, 'utf8') + Buffer.byteLength(siteJson ?? '', 'utf8');
  if (bytes > MAX_JSON_BYTES) {
    throw new InvalidFormsError(
      `The forms add up to ${bytes} bytes of JSON; the publisher accepts at most ${MAX_JSON_BYTES}`,
    );
  }
  const hash = createHash('sha256').update(json);
  if (siteJson !== undefined) hash.update('\n').update(siteJson);
  const contentHash = hash.digest('hex');
  return { definitions, json, ...(siteJson === undefined ? {} : { siteJson }), contentHash };
}

function formatError(error: DefinitionError): string {
  const where = `${relative(process.cwd(), error.file)}:${error.line}:${error.column}`;
  return `  ${where}${error.path ? ` ${error.path}` : ''}: ${error.message}`;
}
