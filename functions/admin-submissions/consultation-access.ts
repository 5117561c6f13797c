import type { Localized } from '../../shared/definition/schema.ts';
import { consultationSchema } from '../../shared/definition/schema.ts';
import type { AdminConsultation } from '../../shared/storage/admin-types.ts';
import {
  requireConsultationAccess,
  type SignedInStaff,
  type StaffEvent,
  staffOf,
} from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import type { AdminSubmissionsDeps } from './deps.ts';

/** The consultation of an inbox route, once the member's right to read it has been checked. */
export interface ReadableConsultation {
  id: string;
  signedIn: SignedInStaff;
  consultation: AdminConsultation;
  /** The published title, else the draft's (for headings and the way back). */
  title: Localized;
}

/**
 * Reads the route's consultation and checks `read` on it: the owner is the entry's department, and
 * one without an entry (only published from forms/) has none, so only admins read it. An id that
 * cannot be one, or names nothing, is a 404.
 */
export async function readableConsultation(
  deps: Pick<AdminSubmissionsDeps, 'admin'>,
  event: StaffEvent,
): Promise<ReadableConsultation> {
  const signedIn = staffOf(event);
  const parsed = consultationSchema.shape.id.safeParse(event.pathParameters?.id);
  if (!parsed.success) throw new HttpError(404, 'Malformed consultation id');
  const id = parsed.data;
  const consultation = await deps.admin.getAdminConsultation(id);
  if (!consultation.entry && !consultation.draft && !consultation.published) {
    throw new HttpError(404, 'No consultation has this id');
  }
  requireConsultationAccess(signedIn, 'read', { department: consultation.entry?.department });
  const title = consultation.published?.definition.title ?? consultation.entry?.title ?? {};
  return { id, signedIn, consultation, title };
}
