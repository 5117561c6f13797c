import { consultationStatus, isRecord } from '../../shared/admin/draft/index.ts';
import { localeSchema } from '../../shared/definition/schema.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { AdminConsultation, AdminConsultationRow } from '../../shared/storage/admin-types.ts';
import { draftVersionOf } from '../../shared/storage/index.ts';
import { type ConsultationStatus, titleIn } from '../../shared/views/admin/consultations/index.ts';

/** The status staff see: draft until published, then scheduled, open or closed (by date or by hand). */
export function statusOf(consultation: AdminConsultation, now: Date): ConsultationStatus {
  const published = consultation.published;
  if (!published) return consultationStatus({ now });
  const { opens, closes } = published.definition;
  return consultationStatus({
    published: { opens, closes, ...(published.closedAt ? { closedAt: published.closedAt } : {}) },
    now,
  });
}

/**
 * Whether the draft says something the published version does not: compared by content version,
 * so saving without a change, or a change and its undo, leaves no marker.
 */
export function hasUnpublishedChanges(consultation: AdminConsultation): boolean {
  const { draft, published } = consultation;
  if (!draft) return false;
  return draftDiffers(draftVersionOf(draft.definition), published?.currentVersion);
}

/** A list row's status, from the catalogue's published dates and closedAt (no per-row read). */
export function rowStatus(row: AdminConsultationRow, now: Date): ConsultationStatus {
  return consultationStatus({ published: row.published, now });
}

/** hasUnpublishedChanges for a list row: the draft version the entry kept at the last save. */
export function rowHasUnpublishedChanges(row: AdminConsultationRow): boolean {
  return row.hasDraft && draftDiffers(row.draftVersion, row.published?.version);
}

/** An invalid draft (no version) or one never published always differs from what residents see. */
function draftDiffers(draftVersion: string | undefined, publishedVersion: string | undefined): boolean {
  return draftVersion === undefined || draftVersion !== publishedVersion;
}

/** The draft's title in its default language (else any it has, else the id), with that language. */
export function draftTitle(draft: Record<string, unknown>, id: string): { text: string; lang: Locale } {
  const defaultLanguage = localeSchema.safeParse(draft.defaultLanguage);
  const title = isRecord(draft.title) ? (draft.title as Partial<Record<Locale, string>>) : undefined;
  return titleIn(title, defaultLanguage.success ? defaultLanguage.data : 'de', id);
}
