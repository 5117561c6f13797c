import { declaredLanguages } from '../../../admin/draft/index.ts';
import { directionOf, htmlLang, type Locale } from '../../../i18n/locales.ts';
import type { RenderedPage } from '../../document.tsx';
import { inlineStyle } from '../../inline-style.ts';
import { ActionButton, CsrfField, ErrorSummary } from '../components.tsx';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';
import { DraftForm } from './draft-form.ts';
import { fieldsSection } from './fields-section.tsx';
import { plural } from './format.ts';
import { type DraftProblem, issueCountsOf } from './issues.ts';
import {
  consultationPath,
  DRAFT_SECTIONS,
  type DraftSectionName,
  SECTION_TITLES,
  sectionPath,
} from './paths.ts';
import { settingsSection } from './settings-section.tsx';
import { textsSection } from './texts-section.tsx';
import { workflowSection } from './workflow-section.tsx';

/** The posted field with the draft revision the editor loaded (a stale one is refused with 409). */
export const REVISION_INPUT = '_rev';

export interface EditSectionPageInput {
  chrome: AdminChrome;
  id: string;
  title: string;
  titleLang: Locale;
  section: DraftSectionName;
  /** The stored draft (possibly incomplete or invalid). */
  draft: Record<string, unknown>;
  revision: number;
  /** Every problem of the draft; the page shows its section's and counts the others'. */
  issues: readonly DraftProblem[];
  missingTranslations: Readonly<Partial<Record<Locale, number>>>;
  /** After a save (`?saved=1`). */
  saved?: boolean;
}

// Texts in several languages side by side; items of lists (fields, options, stages) framed.
const EDITOR_STYLE = inlineStyle(
  [
    '.section-nav ul{list-style:none;margin:0 0 2rem;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}',
    '.section-nav a{display:inline-block;min-block-size:44px;padding-block:.6rem}',
    '.section-nav a[aria-current]{font-weight:700;color:#0b0c0c;text-decoration-thickness:3px}',
    '.translations__grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:0 1.5rem}',
    '.editor-group{margin-block:0 2rem}',
    '.editor-item{border:2px solid #b1b4b6;padding:1rem 1.25rem;margin-block:0 1.5rem}',
    '.editor-group--error{border-inline-start:5px solid #b10e1e;padding-inline-start:1rem}',
    '.editor-inline{display:flex;flex-wrap:wrap;align-items:flex-end;gap:0 1rem}',
    '.editor-add{display:flex;flex-wrap:wrap;align-items:flex-end;gap:0 1rem;margin-block:1rem 2rem}',
  ].join('\n'),
);

/** One section of the draft editor: its inputs with their problems, and the other sections' counts. */
export function renderEditSectionPage(input: EditSectionPageInput): RenderedPage {
  const { id, section, draft } = input;
  const languages = declaredLanguages(draft);
  const counts = issueCountsOf(input.issues);
  const rendered = DraftForm.render(
    draft,
    input.issues.filter((issue) => issue.section === section),
    (form) => {
      switch (section) {
        case 'settings':
          return settingsSection(form, languages, id);
        case 'texts':
          return textsSection(form, languages, input.missingTranslations);
        case 'fields':
          return fieldsSection(form, languages);
        case 'workflow':
          return workflowSection(form, languages);
        default:
          return section satisfies never;
      }
    },
  );
  const heading = SECTION_TITLES[section];
  return renderAdminPage({
    title: `${rendered.summary.length > 0 ? 'Error: ' : ''}${heading} – ${input.title}`,
    chrome: input.chrome,
    styles: [EDITOR_STYLE],
    children: (
      <>
        <ErrorSummary
          issues={rendered.summary}
          title={`${heading}: ${plural(rendered.summary.length, 'problem')} to fix`}
        />
        {input.saved && (
          <div class="notice" role="status">
            <p>Saved. The draft is not published until you publish it.</p>
          </div>
        )}
        <h1>
          {heading}:{' '}
          <span lang={htmlLang(input.titleLang)} dir={directionOf(input.titleLang)}>
            {input.title}
          </span>
        </h1>
        <nav class="section-nav" aria-label="Sections of the draft">
          <ul>
            {DRAFT_SECTIONS.map((name) => (
              <li key={name}>
                <a href={sectionPath(id, name)} aria-current={name === section ? 'page' : undefined}>
                  {SECTION_TITLES[name]}
                  {counts[name] > 0 && ` (${plural(counts[name], 'problem')})`}
                </a>
              </li>
            ))}
            <li>
              <a href={consultationPath(id)}>Overview, preview and publish</a>
            </li>
          </ul>
        </nav>
        {languages.length === 0 && section !== 'settings' && (
          <p class="notice">
            Choose the consultation’s languages under <a href={sectionPath(id, 'settings')}>Settings</a>{' '}
            first: every text is entered per language.
          </p>
        )}
        <form method="post" action={sectionPath(id, section)} id="section-form" novalidate>
          <CsrfField token={input.chrome.csrfToken ?? ''} />
          <input type="hidden" name={REVISION_INPUT} value={String(input.revision)} />
          {/* The first submit button is the one the Enter key presses: it must only save. */}
          <div class="button-group">
            <ActionButton name="_action" value="save">
              Save
            </ActionButton>
          </div>
          {rendered.unplaced.length > 0 && (
            <ul class="error-list">
              {rendered.unplaced.map((issue) => (
                <li class="error-message" key={issue.summary}>
                  {issue.summary}
                </li>
              ))}
            </ul>
          )}
          {rendered.content}
          <div class="button-group">
            <ActionButton name="_action" value="save">
              Save
            </ActionButton>
          </div>
        </form>
      </>
    ),
  });
}
