import { DRAFT_SECTIONS, type DraftSection } from '../../../admin/draft/index.ts';

/** The editor's sections, in their order on the page (the draft domain's sections). */
export { DRAFT_SECTIONS };
export type DraftSectionName = DraftSection;

/** Headings of the editor's sections. */
export const SECTION_TITLES: Record<DraftSectionName, string> = {
  settings: 'Settings',
  texts: 'Texts',
  fields: 'Fields',
  workflow: 'Workflow',
};

/** `/admin/consultations/<id>`: the consultation's page in the admin UI. */
export function consultationPath(id: string, suffix = ''): string {
  return `/admin/consultations/${encodeURIComponent(id)}${suffix}`;
}

/** The editor page of one section. */
export function sectionPath(id: string, section: DraftSectionName): string {
  return consultationPath(id, `/edit/${section}`);
}
