import { formatDateTime } from '../../i18n/format.ts';
import { reviewMessagesFor } from '../../i18n/review/messages.ts';
import type { RecordedDecision } from '../../storage/types.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { textIn } from '../localized.ts';
import type { ReviewContext } from './review-context.ts';
import { ReviewHeading } from './submission-summary.tsx';

export interface DecidedPageInput extends ReviewContext {
  decision: Pick<RecordedDecision, 'decision' | 'comment' | 'at'>;
  /** Right after the approver's own post: worded as a confirmation instead of "already decided". */
  done: boolean;
}

/** The approver's recorded decision of this stage round: a thank-you after deciding, else a reminder of it. */
export function renderDecidedPage(input: DecidedPageInput): RenderedPage {
  const { definition, locale, decision, done } = input;
  const m = reviewMessagesFor(locale);
  const title = done ? m.doneTitle : m.decidedTitle;
  return renderPage({
    locale,
    title: `${title}: ${textIn(definition.title, locale)}`,
    languages: definition.languages,
    children: (
      <>
        <div class={done ? 'panel' : undefined}>
          <ReviewHeading context={input} title={title} />
        </div>
        <h2>{m.yourDecision}</h2>
        <p>
          <strong class="decision">{m.outcomes[decision.decision]}</strong>
        </p>
        {decision.comment && (
          <>
            <h3>{m.comment}</h3>
            <blockquote class="comment">
              <p>{decision.comment}</p>
            </blockquote>
          </>
        )}
        <p>
          {m.decidedAt}: {formatDateTime(locale, decision.at)}
        </p>
        <p>{m.nothingToDo}</p>
      </>
    ),
  });
}

/** The stage round of the link is over without this approver's decision (decided by others, or moved on). */
export function renderStageClosedPage(input: ReviewContext): RenderedPage {
  const { definition, locale } = input;
  const m = reviewMessagesFor(locale);
  return renderPage({
    locale,
    title: `${m.closedTitle}: ${textIn(definition.title, locale)}`,
    languages: definition.languages,
    children: (
      <>
        <ReviewHeading context={input} title={m.closedTitle} />
        <p>{m.closedText}</p>
      </>
    ),
  });
}
