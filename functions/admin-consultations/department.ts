import { departmentSchema } from '../../shared/admin/roles.ts';
import { formValue } from '../../shared/answers/form-body.ts';
import {
  consultationPath,
  renderConsultationOverviewPage,
} from '../../shared/views/admin/consultations/index.ts';
import { staffPostRoute } from '../admin/http/index.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { consultationChange, loadConsultation } from './consultation.ts';
import { type AdminConsultationsDeps, MAX_BUTTON_BYTES } from './deps.ts';
import { overviewInput } from './overview.ts';

/**
 * POST /admin/consultations/{id}/department — admins move a consultation to another department
 * (empty: admins only). A malformed name: 400 with the page and the error at the input.
 */
export function departmentRoute(deps: AdminConsultationsDeps) {
  return staffPostRoute(deps, 'manageStaff', { maxBytes: MAX_BUTTON_BYTES }).handler(async (event) => {
    const loaded = await loadConsultation(deps, event, 'manageStaff');
    const { id, signedIn, department: before } = loaded;
    const raw = formValue(formBodyOf(event), 'department');
    const posted = (typeof raw === 'string' ? raw : (raw?.[0] ?? '')).trim();
    const parsed = posted === '' ? undefined : departmentSchema.safeParse(posted);
    if (parsed && !parsed.success) {
      const error = parsed.error.issues[0]?.message ?? 'is not a department name';
      const input = await overviewInput(deps, loaded, { departmentForm: { value: posted, error } });
      return htmlResponse(400, renderConsultationOverviewPage(input));
    }
    const after = parsed?.data;
    if (after !== before) {
      const name = (department: string | undefined) =>
        department ? `"${department}"` : 'none (admins only)';
      const summary = `Department changed from ${name(before)} to ${name(after)}`;
      await deps.admin.setDepartment(
        id,
        after,
        consultationChange(signedIn, id, 'departmentChanged', summary, deps.now()),
      );
    }
    return seeOther(consultationPath(id));
  });
}
