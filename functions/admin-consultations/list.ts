import { can } from '../../shared/admin/roles.ts';
import { consultationSchema } from '../../shared/definition/schema.ts';
import type { AdminConsultationRow, SubmissionTally } from '../../shared/storage/admin-types.ts';
import {
  type ConsultationListRow,
  renderConsultationListPage,
  titleIn,
} from '../../shared/views/admin/consultations/index.ts';
import { staffOf, staffPageRoute } from '../admin/http/index.ts';
import { htmlResponse } from '../http/responses.ts';
import { chromeOf } from './consultation.ts';
import type { AdminConsultationsDeps } from './deps.ts';
import { rowHasUnpublishedChanges, rowStatus } from './summary.ts';

/**
 * GET /admin/consultations — the consultations the member may read, with status, dates and counts:
 * two Queries for the rows and one BatchGetItem per 12 rows for the counts, never a read per row.
 */
export function listRoute(deps: AdminConsultationsDeps) {
  return staffPageRoute(deps, 'read').handler(async (event) => {
    const signedIn = staffOf(event);
    const now = deps.now();
    const visible = (await deps.admin.listAdminConsultations()).filter((row) =>
      can(signedIn.member, 'read', { department: row.department }),
    );
    const tallies = await deps.admin.submissionTallies(visible.map((row) => row.consultationId));
    const page = renderConsultationListPage({
      chrome: chromeOf(signedIn),
      rows: visible.map((row) => listRow(row, tallies[row.consultationId], now)),
      canCreate: can(signedIn.member, 'edit'),
      discarded: discardedId(event.queryStringParameters?.discarded),
    });
    return htmlResponse(200, page);
  });
}

/** `?discarded=<id>` after a discard: shown only when it is a well-formed consultation id. */
function discardedId(value: string | undefined): string | undefined {
  const parsed = consultationSchema.shape.id.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** One row: the published slug and dates when published (they decide the status), else the draft's. */
function listRow(
  row: AdminConsultationRow,
  tally: SubmissionTally | undefined,
  now: Date,
): ConsultationListRow {
  const { published } = row;
  const title = titleIn(row.title, row.defaultLanguage, row.consultationId);
  return {
    id: row.consultationId,
    slug: published?.slug ?? row.slug,
    title: title.text,
    titleLang: title.lang,
    department: row.department,
    status: rowStatus(row, now),
    opens: published?.opens ?? row.opens,
    closes: published?.closes ?? row.closes,
    submissions: tally?.confirmed ?? 0,
    pending: tally?.pending ?? 0,
    unpublishedChanges: rowHasUnpublishedChanges(row),
  };
}
