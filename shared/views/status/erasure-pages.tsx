import type { Consultation } from '../../definition/schema.ts';
import { isInputField } from '../../definition/schema.ts';
import { erasureMessagesFor } from '../../i18n/erasure/messages.ts';
import { formatDateTime } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Submission } from '../../storage/types.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { pageLocale, textIn } from '../localized.ts';
import { STATUS_STYLE } from './status-style.ts';

/** The name of the posted field that tells the erasure POST to act (the confirmation's button). */
export const ERASURE_STEP_FIELD = '_step';
/** Its value on the confirmation page's button; any other POST only shows the confirmation. */
export const ERASURE_CONFIRM = 'confirm';

/** The path the status page's erasure form posts to, below the status link's own path. */
export function erasurePath(statusPath: string): string {
  return `${statusPath}/erase`;
}

/** The status page's section: a button that opens the confirmation (a POST, so nothing is prefetched). */
export function ErasureSection(props: { locale: Locale; statusPath: string; submission: Submission }) {
  const { locale, submission } = props;
  const e = erasureMessagesFor(locale);
  if (submission.erasedAt) {
    return (
      <p class="notice" id="erased-notice">
        {e.notice({ at: formatDateTime(locale, submission.erasedAt) })}
      </p>
    );
  }
  return (
    <section aria-labelledby="erase-title">
      <h2 id="erase-title">{e.sectionTitle}</h2>
      <p>{e.sectionText}</p>
      <form method="post" action={erasurePath(props.statusPath)}>
        <input type="hidden" name="_lang" value={locale} />
        <button class="button" type="submit" id="erase-start">
          {e.startButton}
        </button>
      </form>
    </section>
  );
}

interface ErasurePageBase {
  definition: Consultation;
  locale: Locale;
  /** The status link's path (`/s/<token>`): where "back" leads and below which the erasure posts. */
  statusPath: string;
}

/**
 * What will be erased and what stays, before anything happens: the personal fields of the
 * definition by their labels and the contact details, against the anonymous rest and the
 * workflow, which goes on without mail. Only this page's button erases.
 */
export function renderErasureConfirmPage(input: ErasurePageBase & { submission: Submission }): RenderedPage {
  const { definition, submission, statusPath } = input;
  const locale = pageLocale(definition, input.locale);
  const e = erasureMessagesFor(locale);
  const personal = definition.fields
    .filter(isInputField)
    .filter((field) => field.personal && field.type !== 'email' && field.type !== 'phone')
    .map((field) => textIn(field.label, locale));
  const state = submission.workflow?.state;
  const ongoing = state?.status === 'inStage' || state?.status === 'sentBack';
  const consultationTitle = textIn(definition.title, locale);
  return renderPage({
    locale,
    title: `${e.confirmTitle}: ${consultationTitle}`,
    languages: definition.languages,
    styles: [STATUS_STYLE],
    children: (
      <>
        <p class="lead">{consultationTitle}</p>
        <h1>{e.confirmTitle}</h1>
        <h2 id="erase-removed">{e.removedTitle}</h2>
        <ul aria-labelledby="erase-removed">
          {personal.map((label) => (
            <li key={label}>{label}</li>
          ))}
          <li>{e.removedContact}</li>
        </ul>
        <h2 id="erase-kept">{e.keptTitle}</h2>
        <ul aria-labelledby="erase-kept">
          <li>{e.keptAnswers}</li>
          <li>{e.keptReference}</li>
          {ongoing && <li>{e.keptWorkflow}</li>}
        </ul>
        <p>{e.departmentTold}</p>
        <p>
          <strong>{e.final}</strong>
        </p>
        <form method="post" action={erasurePath(statusPath)}>
          <input type="hidden" name="_lang" value={locale} />
          <input type="hidden" name={ERASURE_STEP_FIELD} value={ERASURE_CONFIRM} />
          <button class="button" type="submit" id="erase-confirm">
            {e.confirmButton}
          </button>
        </form>
        <p>
          <a href={`${statusPath}?lang=${encodeURIComponent(locale)}`}>{e.cancel}</a>
        </p>
      </>
    ),
  });
}

/** The erasure happened now, or earlier (`already`): the same outcome, said as it is. */
export function renderErasedPage(
  input: ErasurePageBase & { erasedAt: string; already: boolean },
): RenderedPage {
  const { definition, statusPath, already } = input;
  const locale = pageLocale(definition, input.locale);
  const e = erasureMessagesFor(locale);
  const at = formatDateTime(locale, input.erasedAt);
  const title = already ? e.alreadyTitle : e.doneTitle;
  const consultationTitle = textIn(definition.title, locale);
  return renderPage({
    locale,
    title: `${title}: ${consultationTitle}`,
    languages: definition.languages,
    children: (
      <>
        <p class="lead">{consultationTitle}</p>
        <div class="panel">
          <h1>{title}</h1>
          <p id="erased-at">{already ? e.alreadyText({ at }) : e.doneText({ at })}</p>
        </div>
        <p>{e.departmentTold}</p>
        <p>
          <a href={`${statusPath}?lang=${encodeURIComponent(locale)}`}>{e.backToStatus}</a>
        </p>
      </>
    ),
  });
}
