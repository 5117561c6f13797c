import { adminChange } from '../../shared/admin/change.ts';
import type { AdminAction, AdminChange, AdminConsultation } from '../../shared/storage/admin-types.ts';
import { type AdminChrome, staffChrome } from '../../shared/views/admin/layout.tsx';
import type { SignedInStaff } from '../admin/http/index.ts';

// The consultation routes and the submissions inbox share one loader.
export {
  consultationIdParameter,
  type LoadedConsultation,
  loadConsultation,
} from '../admin/consultation-loader.ts';

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

/** The admin page frame of the consultation pages for a signed-in member. */
export function chromeOf(signedIn: SignedInStaff, breadcrumbs: AdminChrome['breadcrumbs'] = []): AdminChrome {
  return staffChrome(signedIn, { section: 'consultations', breadcrumbs });
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
  return adminChange({
    actor: signedIn.member.email,
    scope: { kind: 'consultation', consultationId },
    action,
    summary,
    at: now,
    version,
  });
}
