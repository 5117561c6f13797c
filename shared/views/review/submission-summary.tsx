import { isInputField } from '../../definition/schema.ts';
import { answerRows } from '../../email/answer-rows.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { htmlLang, NATIVE_NAMES } from '../../i18n/locales.ts';
import { reviewMessagesFor } from '../../i18n/review/messages.ts';
import type { AuditEvent } from '../../storage/types.ts';
import { textIn } from '../localized.ts';
import type { ReviewContext } from './review-context.ts';

/** The page heading with the consultation, the stage of the link and the reference. */
export function ReviewHeading({ context, title }: { context: ReviewContext; title: string }) {
  const { definition, stage, submission, locale } = context;
  const m = reviewMessagesFor(locale);
  return (
    <>
      <h1>{title}</h1>
      <p class="lead">{textIn(definition.title, locale)}</p>
      <p>{m.stage({ stage: textIn(stage.name, locale) })}</p>
      <p>
        {m.reference}: <strong>{submission.reference}</strong>
      </p>
      <p>
        {m.submittedAt}: {formatDateTime(locale, submission.submittedAt)}
      </p>
    </>
  );
}

/**
 * The answers in the language they were written in (marked with `lang`, and said in words), without
 * personal fields: approvers judge the proposal, not the person.
 */
export function SubmittedAnswers({ context }: { context: ReviewContext }) {
  const { definition, submission, locale } = context;
  const m = reviewMessagesFor(locale);
  const personal = new Set(
    definition.fields
      .filter(isInputField)
      .filter((f) => f.personal)
      .map((f) => f.id),
  );
  const rows = answerRows(definition, submission.locale, submission.answers, {}).filter(
    (row) => !personal.has(row.fieldId),
  );
  return (
    <section aria-labelledby="review-answers">
      <h2 id="review-answers">{m.answersHeading}</h2>
      <p>{m.answersIn({ language: NATIVE_NAMES[submission.locale] })}</p>
      {rows.length === 0 ? (
        <p>{m.noAnswers}</p>
      ) : (
        <dl class="answers" lang={htmlLang(submission.locale)}>
          {rows.map((row) => (
            <div key={row.fieldId}>
              <dt>{row.label}</dt>
              <dd class="answer">{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {personal.size > 0 && <p class="hint">{m.personalHidden}</p>}
    </section>
  );
}

/** The audit trail: when, what, at which stage, by whom (a role, never an address), and the comment. */
export function ReviewHistory({ context }: { context: ReviewContext }) {
  const { events, locale } = context;
  const m = reviewMessagesFor(locale);
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="review-history">
      <h2 id="review-history">{m.historyHeading}</h2>
      <ol class="history">
        {events.map((event) => (
          <li key={`${event.version}-${event.at}-${event.event}`}>
            <HistoryEntry context={context} event={event} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function HistoryEntry({ context, event }: { context: ReviewContext; event: AuditEvent }) {
  const { locale } = context;
  const m = reviewMessagesFor(locale);
  const stageName = (stageId: string | undefined) => {
    const stage = context.stages.find((s) => s.id === stageId);
    return stage ? textIn(stage.name, locale) : undefined;
  };
  const actor =
    event.actor.kind === 'approver'
      ? m.memberOf({ stage: stageName(event.actor.stageId) ?? event.actor.stageId })
      : event.actor.kind === 'submitter'
        ? m.submitter
        : m.system;
  const stage = stageName(event.stageId);
  return (
    <>
      <p>
        <strong>
          {m.events[event.event]}
          {event.decision && `: ${m.outcomes[event.decision]}`}
        </strong>{' '}
        – {formatDateTime(locale, event.at)}
      </p>
      <p class="hint">
        {stage !== undefined && `${m.stage({ stage })} · `}
        {actor}
      </p>
      {event.comment && (
        <blockquote class="comment">
          <p>{event.comment}</p>
        </blockquote>
      )}
    </>
  );
}
