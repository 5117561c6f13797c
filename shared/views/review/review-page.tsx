import type { Decision } from '../../definition/workflow-schema.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { reviewMessagesFor } from '../../i18n/review/messages.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { ErrorSummary, type SummaryError } from '../error-summary.tsx';
import { errorId, hintId, inputId, optionId } from '../field-ids.ts';
import { textIn } from '../localized.ts';
import { DecisionRule, effectId, effectText } from './decision-rule.tsx';
import { MAX_REVIEW_COMMENT_LENGTH, type ReviewContext } from './review-context.ts';
import { ReviewHeading, ReviewHistory, SubmittedAnswers } from './submission-summary.tsx';

/** Why a posted decision form was refused, per field. */
export interface ReviewFormErrors {
  decision?: 'required';
  comment?: 'required' | 'tooLong';
}

export interface ReviewPageInput extends ReviewContext {
  /** What was posted, kept when the form comes back with errors. */
  values?: { decision?: Decision | undefined; comment?: string | undefined };
  errors?: ReviewFormErrors;
}

/**
 * The submission an approver is asked to decide on, its history and the decision form. The form
 * posts to the page's own address (the token is in it), so it carries no hidden fields.
 */
export function renderReviewPage(input: ReviewPageInput): RenderedPage {
  const { definition, stage, locale, values = {}, errors = {} } = input;
  const m = reviewMessagesFor(locale);
  const decisionError = errors.decision && m.errors.decision;
  const commentError =
    errors.comment === 'required'
      ? m.errors.commentRequired
      : errors.comment === 'tooLong'
        ? m.errors.commentTooLong({ max: MAX_REVIEW_COMMENT_LENGTH })
        : undefined;
  const summary: SummaryError[] = [];
  if (decisionError) summary.push({ fieldId: 'decision', message: decisionError });
  if (commentError) summary.push({ fieldId: 'comment', message: commentError });
  const needsComment = stage.decisions.some((d) => d !== 'approve');
  const commentDescribedBy = [
    needsComment ? hintId('comment') : undefined,
    commentError && errorId('comment'),
  ]
    .filter(Boolean)
    .join(' ');
  const title = summary.length > 0 ? `${messagesFor(locale).chrome.errorPrefix}: ${m.title}` : m.title;
  return renderPage({
    locale,
    title: `${title}: ${textIn(definition.title, locale)}`,
    languages: definition.languages,
    children: (
      <>
        <ErrorSummary locale={locale} errors={summary} />
        <ReviewHeading context={input} title={m.title} />
        <SubmittedAnswers context={input} />
        <ReviewHistory context={input} />
        {input.preview && <DecisionRule context={input} preview={input.preview} />}
        <form method="post" novalidate>
          <h2>{m.formHeading}</h2>
          <div class={decisionError ? 'field field--error' : 'field'}>
            <fieldset class="fieldset" aria-describedby={decisionError ? errorId('decision') : undefined}>
              <legend class="legend">{m.decisionLegend}</legend>
              {decisionError && <FieldError id={errorId('decision')} message={decisionError} input={input} />}
              <div class="choices">
                {stage.decisions.map((decision, index) => {
                  const id = optionId('decision', decision, index);
                  // What this choice would cause, said before the click (computed by the engine).
                  const effect = effectText(input, decision, input.preview?.effects[decision]);
                  return (
                    <div class="choice" key={decision}>
                      <input
                        type="radio"
                        id={id}
                        name="decision"
                        value={decision}
                        checked={values.decision === decision}
                        aria-invalid={decisionError ? 'true' : undefined}
                        aria-describedby={effect ? effectId(decision) : undefined}
                      />
                      <div>
                        <label for={id}>{m.choices[decision]}</label>
                        {effect && (
                          <p class="hint" id={effectId(decision)}>
                            {effect}
                          </p>
                        )}
                      </div>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
          <div class={commentError ? 'field field--error' : 'field'}>
            <label class="label" for={inputId('comment')}>
              {m.comment}
            </label>
            {needsComment && (
              <p class="hint" id={hintId('comment')}>
                {m.commentHint({ max: MAX_REVIEW_COMMENT_LENGTH })}
              </p>
            )}
            {commentError && <FieldError id={errorId('comment')} message={commentError} input={input} />}
            <textarea
              class="textarea"
              id={inputId('comment')}
              name="comment"
              rows={6}
              maxlength={MAX_REVIEW_COMMENT_LENGTH}
              value={values.comment ?? ''}
              aria-describedby={commentDescribedBy || undefined}
              aria-invalid={commentError ? 'true' : undefined}
            />
          </div>
          <p>{m.finalNotice}</p>
          <button class="button" type="submit">
            {m.submit}
          </button>
        </form>
      </>
    ),
  });
}

function FieldError({ id, message, input }: { id: string; message: string; input: ReviewContext }) {
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{messagesFor(input.locale).chrome.errorPrefix}:</span> {message}
    </p>
  );
}
