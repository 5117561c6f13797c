import { createDepartmentChoice, mayCopy } from '../../shared/admin/create-plan.ts';
import {
  type CreateAttempt,
  type NewConsultationPageInput,
  renderNewConsultationPage,
  titleIn,
} from '../../shared/views/admin/consultations/index.ts';
import type { SignedInStaff } from '../admin/http/index.ts';
import { staffOf, staffPageRoute } from '../admin/http/index.ts';
import { htmlResponse } from '../http/responses.ts';
import { chromeOf } from './consultation.ts';
import type { AdminConsultationsDeps } from './deps.ts';

/** GET /admin/consultations/new — the three ways to create a consultation. */
export function newRoute(deps: AdminConsultationsDeps) {
  return staffPageRoute(deps, 'edit').handler(async (event) => {
    const page = renderNewConsultationPage(await newPageInput(deps, staffOf(event)));
    return htmlResponse(200, page);
  });
}

/** The new-consultation page for a member, again with a refused attempt's values and errors. */
export async function newPageInput(
  deps: AdminConsultationsDeps,
  signedIn: SignedInStaff,
  attempt?: CreateAttempt,
): Promise<NewConsultationPageInput> {
  const rows = await deps.admin.listAdminConsultations();
  const { member } = signedIn;
  // A published consultation the member may read: a copy carries its approvers' addresses and
  // texts that may not be public yet (scheduled), so never another department's.
  const templates = rows
    .filter((row) => row.published !== undefined && mayCopy(member, row.department))
    .map((row) => {
      const title = titleIn(row.title, row.defaultLanguage, row.consultationId);
      return { id: row.consultationId, title: title.text, titleLang: title.lang };
    });
  return {
    chrome: chromeOf(signedIn, [{ href: '/admin/consultations', label: 'Consultations' }]),
    // Editors create in their own department only (create refuses one without a department).
    department: createDepartmentChoice(member),
    templates,
    attempt,
  };
}
