import { consultationStatus, isRecord } from '../../shared/admin/draft/index.ts';
import { consultationSchema, localeSchema } from '../../shared/definition/schema.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { AdminConsultation } from '../../shared/storage/admin-types.ts';
import { storedDefinitionText, versionOfDefinitionText } from '../../shared/storage/index.ts';
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
  if (!published) return true;
  const parsed = consultationSchema.safeParse(draft.definition);
  if (!parsed.success) return true;
  return versionOfDefinitionText(storedDefinitionText(parsed.data)) !== published.currentVersion;
}

/** The draft's title in its default language (else any it has, else the id), with that language. */
export function draftTitle(draft: Record<string, unknown>, id: string): { text: string; lang: Locale } {
  const defaultLanguage = localeSchema.safeParse(draft.defaultLanguage);
  const title = isRecord(draft.title) ? (draft.title as Partial<Record<Locale, string>>) : undefined;
  return titleIn(title, defaultLanguage.success ? defaultLanguage.data : 'de', id);
}
