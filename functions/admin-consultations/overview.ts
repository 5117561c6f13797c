import { declaredLanguages, draftIssues, inputId } from '../../shared/admin/draft/index.ts';
import { can } from '../../shared/admin/roles.ts';
import { DEFINITION_VERSION_PATTERN } from '../../shared/storage/index.ts';
import {
  type ConsultationOverviewInput,
  issueCountsOf,
  issueLinks,
  renderConsultationOverviewPage,
} from '../../shared/views/admin/consultations/index.ts';
import { staffPageRoute } from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse } from '../http/responses.ts';
import { chromeOf, type LoadedConsultation, loadConsultation, workingDraft } from './consultation.ts';
import type { AdminConsultationsDeps } from './deps.ts';
import { draftTitle, hasUnpublishedChanges, statusOf } from './summary.ts';

/** How many changes the consultation page shows at once. */
export const CHANGES_PER_PAGE = 20;

/** GET /admin/consultations/{id} — status, dates, owner, draft validity, lifecycle buttons, change log. */
export function overviewRoute(deps: AdminConsultationsDeps) {
  return staffPageRoute(deps, 'read').handler(async (event) => {
    const loaded = await loadConsultation(deps, event, 'read');
    const query = event.queryStringParameters ?? {};
    const publishedNow =
      query.published !== undefined && DEFINITION_VERSION_PATTERN.test(query.published)
        ? query.published
        : undefined;
    const input = await overviewInput(deps, loaded, { changesCursor: query.changes, publishedNow });
    return htmlResponse(200, renderConsultationOverviewPage(input));
  });
}

export interface OverviewOptions {
  changesCursor?: string | undefined;
  publishedNow?: string | undefined;
  /** A refused publish shows the draft's problems on top. */
  showPublishIssues?: boolean;
  departmentForm?: { value: string; error?: string | undefined };
  /** A refused discard: the error beside its confirmation checkbox. */
  discardError?: string | undefined;
}

/** Everything the consultation page shows, read for the member (the buttons depend on their role). */
export async function overviewInput(
  deps: AdminConsultationsDeps,
  loaded: LoadedConsultation,
  options: OverviewOptions = {},
): Promise<ConsultationOverviewInput> {
  const { id, consultation, signedIn, department } = loaded;
  const [tallies, versions, log] = await Promise.all([
    deps.admin.submissionTallies([id]),
    deps.admin.listVersions(id),
    // From this incarnation's creation on: a reused id shows nothing of its previous owner's log.
    deps.admin.listChanges(
      { kind: 'consultation', consultationId: id },
      {
        limit: CHANGES_PER_PAGE,
        cursor: options.changesCursor,
        from: consultation.entry?.changeLogFrom,
      },
    ),
  ]);
  if ('kind' in log) throw new HttpError(400, 'Unknown change log cursor');
  const draft = workingDraft(consultation);
  const d = draft.definition;
  const issues = draftIssues(d);
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const languages = declaredLanguages(d);
  const title = draftTitle(d, id);
  const published = consultation.published;
  const isAdmin = can(signedIn.member, 'manageStaff');
  return {
    chrome: chromeOf(signedIn, [{ href: '/admin/consultations', label: 'Consultations' }]),
    id,
    title: title.text,
    titleLang: title.lang,
    status: statusOf(consultation, deps.now()),
    department,
    departmentForm: isAdmin ? (options.departmentForm ?? { value: department ?? '' }) : undefined,
    canEdit: can(signedIn.member, 'edit', { department }),
    published: published && {
      version: published.currentVersion,
      publishedAt: published.publishedAt,
      slug: published.slug,
      opens: published.definition.opens,
      closes: published.definition.closes,
      closedAt: published.closedAt,
    },
    draft: {
      slug: text(d.slug) ?? '',
      opens: text(d.opens),
      closes: text(d.closes),
      revision: draft.revision,
      updatedAt: consultation.draft?.updatedAt,
      updatedBy: consultation.draft?.updatedBy,
      languages,
      issueCounts: issueCountsOf(issues),
      unpublishedChanges: hasUnpublishedChanges(consultation),
    },
    submissions: tallies[id]?.confirmed ?? 0,
    pendingSubmissions: tallies[id]?.pending ?? 0,
    versions,
    changes: log.changes,
    changesPaged: options.changesCursor !== undefined,
    nextChangesCursor: log.cursor,
    publishedNow: options.publishedNow,
    publishIssues: options.showPublishIssues ? issueLinks(id, issues, inputId) : undefined,
    discardError: options.discardError,
  };
}
