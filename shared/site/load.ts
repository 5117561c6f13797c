import { readFile } from 'node:fs/promises';
import { parseYamlWith, type YamlParseResult } from '../definition/load.ts';
import { type SiteSettings, siteSettingsSchema } from './schema.ts';

/** Where the site settings live beside the consultation definitions. */
export const SITE_SETTINGS_FILE = 'site/settings.yaml';

/** Reads and validates the site settings file; every error carries line, column and path. */
export async function loadSiteSettings(file: string): Promise<YamlParseResult<SiteSettings>> {
  return parseYamlWith(siteSettingsSchema, await readFile(file, 'utf8'), file);
}
