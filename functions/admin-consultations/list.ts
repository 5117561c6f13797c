import { can } from '../../shared/admin/roles.ts';
import type { AdminConsultationRow } from '../../shared/storage/admin-types.ts';
import {
  type ConsultationListRow,
  renderConsultationListPage,
  titleIn,
} from '../../shared/views/admin/consultations/index.ts';
import { staffOf, staffPageRoute } from '../admin/http/index.ts';
import { htmlResponse } from '../http/responses.ts';
import { chromeOf } from './consultation.ts';
import type { AdminConsultationsDeps } from './deps.ts';
import { hasUnpublishedChanges, statusOf } from './summary.ts';

/** GET /admin/consultations — the consultations the member may read, with status, dates and counts. */
export function listRoute(deps: AdminConsultationsDeps) {
  return staffPageRoute(deps, 'read').handler(async (event) => {
    const signedIn = staffOf(event);
    const now = deps.now();
    const visible = (await deps.admin.listAdminConsultations()).filter((row) =>
      can(signedIn.member, 'read', { department: row.department }),
    );
    const rows = await Promise.all(visible.map((row) => listRow(deps, row, now)));
    const page = renderConsultationListPage({
      chrome: chromeOf(signedIn),
      rows,
      canCreate: can(signedIn.member, 'edit'),
    });
    return htmlResponse(200, page);
  });
}

/** One row: the published dates when published (they decide the status), else the draft's. */
async function listRow(
  deps: AdminConsultationsDeps,
  row: AdminConsultationRow,
  now: Date,
): Promise<ConsultationListRow> {
  const [consultation, submissions] = await Promise.all([
    deps.admin.getAdminConsultation(row.consultationId),
    deps.admin.submissionCount(row.consultationId),
  ]);
  const published = consultation.published?.definition;
  const title = titleIn(row.title, row.defaultLanguage, row.consultationId);
  return {
    id: row.consultationId,
    slug: published?.slug ?? row.slug,
    title: title.text,
    titleLang: title.lang,
    department: row.department,
    status: statusOf(consultation, now),
    opens: published?.opens ?? row.opens,
    closes: published?.closes ?? row.closes,
    submissions,
    unpublishedChanges: hasUnpublishedChanges(consultation),
  };
}
