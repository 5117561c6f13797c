export { loadSiteSettings, SITE_SETTINGS_FILE } from './load.ts';
export { type SiteContact, type SiteSettings, siteSettingsSchema } from './schema.ts';
