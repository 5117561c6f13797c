import { consultationState } from '../../definition/schedule.ts';

/** The status staff see for a consultation in the admin list and on its page. */
export const CONSULTATION_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/**
 * draft: never published; scheduled: published, not yet open; open; closed: past `closes`, or
 * closed by hand (`closedAt`) whatever the dates say. Editing a published consultation's draft does
 * not change its status: residents still see the published version.
 */
export function consultationStatus(input: {
  published?: { opens: string; closes: string; closedAt?: string | undefined } | undefined;
  now: Date;
}): ConsultationStatus {
  const { published, now } = input;
  if (!published) return 'draft';
  if (published.closedAt) return 'closed';
  const state = consultationState(published, now);
  return state === 'notYetOpen' ? 'scheduled' : state;
}
