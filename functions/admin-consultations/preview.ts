import { draftIssues, inputId } from '../../shared/admin/draft/index.ts';
import { consultationSchema } from '../../shared/definition/schema.ts';
import { newSubmissionId } from '../../shared/submissions/ids.ts';
import {
  consultationPath,
  issueLinks,
  renderPreviewUnavailablePage,
} from '../../shared/views/admin/consultations/index.ts';
import { renderFormPage } from '../../shared/views/form-page.tsx';
import { staffPageRoute } from '../admin/http/index.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse } from '../http/responses.ts';
import { chromeOf, loadConsultation, workingDraft } from './consultation.ts';
import type { AdminConsultationsDeps } from './deps.ts';

/** The banner of every preview (the staff's language, whatever the page's). */
export const PREVIEW_NOTICE = 'Preview – not published; answers are not sent';

/**
 * GET /admin/consultations/{id}/preview?lang=xx — the draft rendered by the residents' own form
 * renderer, with a banner (linking back to the consultation's page) and a form that cannot send; a
 * draft with problems gets the list of them.
 */
export function previewRoute(deps: AdminConsultationsDeps) {
  return staffPageRoute(deps, 'read').handler(async (event) => {
    const { id, signedIn, consultation } = await loadConsultation(deps, event, 'read');
    const draft = workingDraft(consultation).definition;
    const issues = draftIssues(draft);
    const parsed = consultationSchema.safeParse(draft);
    if (issues.length > 0 || !parsed.success) {
      const page = renderPreviewUnavailablePage({
        chrome: chromeOf(signedIn, [
          { href: '/admin/consultations', label: 'Consultations' },
          { href: consultationPath(id), label: 'Consultation' },
        ]),
        id,
        issues: issueLinks(id, issues, inputId),
      });
      return htmlResponse(200, page);
    }
    const definition = parsed.data;
    const locale = requestLocale(event, {
      available: definition.languages,
      fallback: definition.defaultLanguage,
    });
    const page = renderFormPage({
      definition,
      version: 'preview',
      locale,
      submissionId: newSubmissionId(deps.now()),
      preview: { notice: PREVIEW_NOTICE, lang: 'en', backHref: consultationPath(id) },
    });
    return htmlResponse(200, page);
  });
}
