import type { RenderedPage } from '../../document.tsx';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';

export interface ConflictPageInput {
  chrome: AdminChrome;
  title: string;
  /** What happened and that nothing was changed, in a sentence or two. */
  message: string;
  back: { href: string; label: string };
}

/** The answer to a change that lost a race or no longer applies (409), or that is too large to store (413): nothing was changed. */
export function renderConflictPage({ chrome, title, message, back }: ConflictPageInput): RenderedPage {
  return renderAdminPage({
    title,
    chrome,
    children: (
      <>
        <h1>{title}</h1>
        <p>{message}</p>
        <p>
          <a href={back.href}>{back.label}</a>
        </p>
      </>
    ),
  });
}
