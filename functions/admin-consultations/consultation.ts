import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Permission } from '../../shared/admin/roles.ts';
import { consultationSchema } from '../../shared/definition/schema.ts';
import type { AdminAction, AdminChange, AdminConsultation } from '../../shared/storage/admin-types.ts';
import type { AdminChrome } from '../../shared/views/admin/layout.tsx';
import {
  requireConsultationAccess,
  type SignedInStaff,
  type StaffEvent,
  staffOf,
} from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import type { AdminConsultationsDeps } from './deps.ts';

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
 * Reads the consultation of the route and checks the member's access to it (403 for another
 * department's, 404 when it does not exist); every route that names a consultation starts here.
 */
export async function loadConsultation(
  deps: AdminConsultationsDeps,
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

/** The draft to edit: the stored one, else (a consultation only published from forms/) its published definition. */
export function workingDraft(consultation: AdminConsultation): {
  definition: Record<string, unknown>;
  revision: number;
} {
  if (consultation.draft)
    return { definition: consultation.draft.definition, revision: consultation.draft.revision };
  if (consultation.published) return { definition: { ...consultation.published.definition }, revision: 0 };
  return { definition: {}, revision: 0 };
}

/** The admin page frame for a signed-in member. */
export function chromeOf(signedIn: SignedInStaff, breadcrumbs: AdminChrome['breadcrumbs'] = []): AdminChrome {
  return {
    staff: { email: signedIn.member.email, role: signedIn.member.role },
    csrfToken: signedIn.session.csrfToken,
    section: 'consultations',
    breadcrumbs,
  };
}

/** The change record of something a member did to a consultation. */
export function consultationChange(
  signedIn: SignedInStaff,
  consultationId: string,
  action: AdminAction,
  summary: string,
  now: Date,
  version?: string,
): AdminChange {
  return {
    scope: { kind: 'consultation', consultationId },
    actor: signedIn.member.email,
    action,
    summary,
    ...(version === undefined ? {} : { version }),
    at: now.toISOString(),
  };
}
