import type { RenderedPage } from '../../document.tsx';
import { ErrorSummary, type SummaryIssue } from '../components.tsx';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';
import { consultationPath } from './paths.ts';

export interface PreviewUnavailableInput {
  chrome: AdminChrome;
  id: string;
  /** What must be fixed first, each linked to its input in the editor. */
  issues: readonly SummaryIssue[];
}

/** Instead of a preview: the draft is not a valid consultation yet, and this is what to fix. */
export function renderPreviewUnavailablePage({ chrome, id, issues }: PreviewUnavailableInput): RenderedPage {
  return renderAdminPage({
    title: 'No preview yet',
    chrome,
    children: (
      <>
        <h1>No preview yet</h1>
        <p>
          The preview shows the form exactly as residents will see it, so the draft must be complete first.
        </p>
        <ErrorSummary
          issues={issues}
          title={`Fix ${issues.length === 1 ? 'this problem' : `these ${issues.length} problems`} first`}
        />
        <p>
          <a href={consultationPath(id)}>Back to the consultation</a>
        </p>
      </>
    ),
  });
}
