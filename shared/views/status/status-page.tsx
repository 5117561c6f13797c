import type { FieldErrors, FormBody } from '../../answers/types.ts';
import type { Consultation } from '../../definition/schema.ts';
import { formatDateTime } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { statusMessagesFor } from '../../i18n/status/messages.ts';
import { statusLinkMessagesFor } from '../../i18n/status-link/messages.ts';
import type { SubmissionHistory } from '../../storage/types.ts';
import { conditionalStyle } from '../conditional-visibility.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { ErrorSummary } from '../error-summary.tsx';
import { ConsultationForm, summaryErrors } from '../form-page.tsx';
import { pageLocale, textIn } from '../localized.ts';
import { Paragraphs } from '../paragraphs.tsx';
import { currentStateSentence } from './current-state.ts';
import { ErasureSection } from './erasure-pages.tsx';
import { stageName } from './stage-names.ts';
import { STATUS_STYLE } from './status-style.ts';
import { formBodyFromAnswers } from './stored-values.ts';
import { Timeline } from './timeline.tsx';

/** The name of the hidden field that carries the workflow version the revision form was rendered at. */
export const WORKFLOW_VERSION_FIELD = '_version';

export interface StatusPageInput {
  /** The definition version the submission was made with (its form is the one to revise). */
  definition: Consultation;
  history: SubmissionHistory;
  locale: Locale;
  /** Where the revision form posts: the path of the status link itself (`/s/<token>`). */
  action: string;
  /** A refused revision: the input as posted and why, shown instead of the stored answers. */
  revision?: { values: FormBody; errors: FieldErrors };
}

/**
 * The submitter's private status page: reference, submission date, where the submission stands
 * and its history. When it was sent back, the stage's comment and the form prefilled with the
 * stored answers (or the refused input), posting to the status link.
 */
export function renderStatusPage({
  definition,
  history,
  action,
  revision,
  ...input
}: StatusPageInput): RenderedPage {
  const locale = pageLocale(definition, input.locale);
  const m = messagesFor(locale);
  const s = statusMessagesFor(locale);
  const link = statusLinkMessagesFor(locale);
  const { submission, events } = history;
  const snapshot = submission.workflow?.snapshot;
  const state = submission.workflow?.state;
  const sentBack = state?.status === 'sentBack' ? state : undefined;
  const errors = sentBack ? summaryErrors(definition, locale, revision?.errors ?? {}) : [];
  const consultationTitle = textIn(definition.title, locale);
  const conditional = sentBack ? conditionalStyle(definition.fields) : undefined;
  const title = `${link.title}: ${consultationTitle}`;

  return renderPage({
    locale,
    title: errors.length > 0 ? `${m.chrome.errorPrefix}: ${title}` : title,
    languages: definition.languages,
    styles: conditional ? [STATUS_STYLE, conditional] : [STATUS_STYLE],
    children: (
      <>
        <ErrorSummary locale={locale} errors={errors} />
        <p class="lead">{consultationTitle}</p>
        <h1>{link.title}</h1>
        <dl class="summary-list">
          <div>
            <dt>{s.reference}</dt>
            <dd class="reference">{submission.reference}</dd>
          </div>
          <div>
            <dt>{s.submittedAt}</dt>
            <dd>
              <time dateTime={submission.submittedAt}>{formatDateTime(locale, submission.submittedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{s.currentState}</dt>
            <dd id="current-state">{currentStateSentence(submission, events, locale)}</dd>
          </div>
        </dl>
        {sentBack && state && (
          <>
            <section class="notice" aria-labelledby="sent-back-title">
              <h2 id="sent-back-title">{s.sentBackTitle}</h2>
              <p>{s.sentBackBy({ stage: stageName(snapshot, sentBack.stageId, locale) })}</p>
              <blockquote class="sent-back-comment">
                <Paragraphs text={sentBack.comment} />
              </blockquote>
              <p>{s.resubmitRule({ stage: stageName(snapshot, sentBack.stageId, locale) })}</p>
            </section>
            <section aria-labelledby="revise-title">
              <h2 id="revise-title">{s.reviseTitle}</h2>
              <ConsultationForm
                definition={definition}
                locale={locale}
                action={action}
                hidden={{ [WORKFLOW_VERSION_FIELD]: String(state.version), _lang: locale }}
                values={revision?.values ?? formBodyFromAnswers(submission.answers, submission.personal)}
                errors={errors}
                honeypot={false}
                submitLabel={s.resubmit}
              />
            </section>
          </>
        )}
        <Timeline events={events} snapshot={snapshot} locale={locale} />
        <ErasureSection locale={locale} statusPath={action} submission={submission} />
        <p class="small">{link.privateLink}</p>
      </>
    ),
  });
}
