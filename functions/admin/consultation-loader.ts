import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Permission } from '../../shared/admin/roles.ts';
import { consultationSchema } from '../../shared/definition/schema.ts';
import type { AdminConsultation, AdminRepository } from '../../shared/storage/admin-types.ts';
import { HttpError } from '../http/http-error.ts';
import { requireConsultationAccess, type SignedInStaff, type StaffEvent, staffOf } from './http/index.ts';

/** The `{id}` of the route; one that cannot be a consultation id is a 404 without a read. */
export function consultationIdParameter(event: APIGatewayProxyEventV2): string {
  const parsed = consultationSchema.shape.id.safeParse(event.pathParameters?.id);
  if (!parsed.success) throw new HttpError(404, 'Malformed consultation id');
  return parsed.data;
}

/** A consultation as a route sees it once the member's access to it has been checked. */
export interface LoadedConsultation {
  id: string;
  signedIn: SignedInStaff;
  consultation: AdminConsultation;
  /** The owner: the entry's department; none (admins only) for one known only from forms/. */
  department: string | undefined;
}

/**
 * Reads the consultation of the route and checks the member's `permission` on it (403 for another
 * department's, 404 when it does not exist); every admin route that names a consultation (the
 * consultation pages and the submissions inbox) starts here. The owner is the entry's department:
 * one without an entry (only published from forms/) has none, so only admins reach it.
 */
export async function loadConsultation(
  deps: { admin: Pick<AdminRepository, 'getAdminConsultation'> },
  event: StaffEvent,
  permission: Permission,
): Promise<LoadedConsultation> {
  const signedIn = staffOf(event);
  const id = consultationIdParameter(event);
  const consultation = await deps.admin.getAdminConsultation(id);
  if (!consultation.entry && !consultation.draft && !consultation.published)
    throw new HttpError(404, 'No consultation has this id');
  const department = consultation.entry?.department;
  requireConsultationAccess(signedIn, permission, { department });
  return { id, signedIn, consultation, department };
}
