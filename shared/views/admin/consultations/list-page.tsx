import { directionOf, htmlLang, type Locale } from '../../../i18n/locales.ts';
import type { RenderedPage } from '../../document.tsx';
import { type ConsultationStatus, StatusTag } from '../components.tsx';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';
import { formatStaffTime } from '../staff-time.tsx';
import { consultationPath } from './paths.ts';

/** One consultation in the staff list. */
export interface ConsultationListRow {
  id: string;
  slug: string;
  /** The title in `titleLang` (the default language). */
  title: string;
  titleLang: Locale;
  department?: string | undefined;
  status: ConsultationStatus;
  opens?: string | undefined;
  closes?: string | undefined;
  /** Confirmed (counted) submissions. */
  submissions: number;
  /** Answers not confirmed by email (waiting, or expired); 0 without verification. */
  pending?: number;
  /** The draft differs from the published version (or was never published). */
  unpublishedChanges: boolean;
}

export interface ConsultationListPageInput {
  chrome: AdminChrome;
  rows: readonly ConsultationListRow[];
  /** Editors and admins may create consultations. */
  canCreate: boolean;
  /** `?discarded=<id>` after a never-published draft was discarded. */
  discarded?: string | undefined;
}

/** The staff list of consultations: status, dates and submission counts, each linked to its page. */
export function renderConsultationListPage({
  chrome,
  rows,
  canCreate,
  discarded,
}: ConsultationListPageInput): RenderedPage {
  return renderAdminPage({
    title: 'Consultations',
    chrome,
    children: (
      <>
        {discarded && (
          <div class="notice" role="status">
            <p>
              The draft <code>{discarded}</code> was discarded.
            </p>
          </div>
        )}
        <h1>Consultations</h1>
        {canCreate && (
          <p>
            <a class="button" href="/admin/consultations/new">
              New consultation
            </a>
          </p>
        )}
        {rows.length === 0 ? (
          <p>There are no consultations you may see yet.</p>
        ) : (
          <table class="table">
            <caption class="visually-hidden">Consultations, with status, dates and submissions</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Slug</th>
                <th scope="col">Department</th>
                <th scope="col">Status</th>
                <th scope="col">Opens</th>
                <th scope="col">Closes</th>
                <th scope="col">Submissions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a
                      href={consultationPath(row.id)}
                      lang={htmlLang(row.titleLang)}
                      dir={directionOf(row.titleLang)}
                    >
                      {row.title}
                    </a>
                    {row.unpublishedChanges && row.status !== 'draft' && (
                      <>
                        {' '}
                        <span class="marker">(unpublished changes)</span>
                      </>
                    )}
                  </th>
                  <td>{row.slug}</td>
                  <td>{row.department ?? '– (admins only)'}</td>
                  <td>
                    <StatusTag status={row.status} />
                  </td>
                  <td>{formatStaffTime(row.opens)}</td>
                  <td>{formatStaffTime(row.closes)}</td>
                  <td>
                    {row.submissions}
                    {row.pending ? <span class="hint"> (+{row.pending} unconfirmed)</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}
