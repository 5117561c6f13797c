import type { Localized } from '../../shared/definition/schema.ts';
import { type LoadedConsultation, loadConsultation } from '../admin/consultation-loader.ts';
import type { StaffEvent } from '../admin/http/index.ts';
import type { AdminSubmissionsDeps } from './deps.ts';

/** The consultation of an inbox route, once the member's right to read it has been checked. */
export interface ReadableConsultation extends Omit<LoadedConsultation, 'department'> {
  /** The published title, else the draft's (for headings and the way back). */
  title: Localized;
}

/**
 * Reads the route's consultation and checks `read` on it (loadConsultation: 404 for an id that
 * cannot be one or names nothing, 403 for another department's).
 */
export async function readableConsultation(
  deps: Pick<AdminSubmissionsDeps, 'admin'>,
  event: StaffEvent,
): Promise<ReadableConsultation> {
  const { id, signedIn, consultation } = await loadConsultation(deps, event, 'read');
  const title = consultation.published?.definition.title ?? consultation.entry?.title ?? {};
  return { id, signedIn, consultation, title };
}
