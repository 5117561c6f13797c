import { erasureMessagesFor } from '../../i18n/erasure/messages.ts';
import { formatDateTime } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { statusMessagesFor } from '../../i18n/status/messages.ts';
import type { AuditEvent } from '../../storage/types.ts';
import type { WorkflowSnapshot } from '../../workflow/types.ts';
import { Paragraphs } from '../paragraphs.tsx';
import { stageName } from './stage-names.ts';

/** One line of the submitter's history: when, what (approvers only by stage), and a comment if any. */
interface Entry {
  at: string;
  text: string;
  comment?: string | undefined;
}

/**
 * The lines a submitter sees for their audit trail, oldest first. Approvers appear only as "a
 * member of stage X": their names and addresses are theirs, not the submitter's. Reminders are
 * internal and left out; the outcome events after a decision carry no comment of their own, since
 * the decision that caused them shows it.
 */
export function timelineEntries(
  events: readonly AuditEvent[],
  snapshot: WorkflowSnapshot | undefined,
  locale: Locale,
): Entry[] {
  const m = statusMessagesFor(locale).event;
  const stage = (event: AuditEvent) => stageName(snapshot, event.stageId ?? '', locale);
  return events.flatMap((event): Entry[] => {
    const at = event.at;
    switch (event.event) {
      case 'submitted':
        return [{ at, text: m.submitted }];
      case 'decided': {
        const text =
          event.decision === 'approve'
            ? m.approve({ stage: stage(event) })
            : event.decision === 'reject'
              ? m.reject({ stage: stage(event) })
              : m.sendBack({ stage: stage(event) });
        return [{ at, text, comment: event.comment }];
      }
      case 'advanced':
        return [{ at, text: m.advanced({ stage: stage(event) }) }];
      case 'returned':
        return [{ at, text: m.returned({ stage: stage(event) }) }];
      case 'approved':
        return [{ at, text: m.approved }];
      case 'rejected':
        return [{ at, text: m.rejected({ stage: stage(event) }) }];
      case 'sentBack':
        return [{ at, text: m.sentBack }];
      case 'resubmitted':
        return [{ at, text: m.resubmitted({ stage: stage(event) }) }];
      case 'reminded':
        return [];
      case 'erased':
        return [{ at, text: erasureMessagesFor(locale).timeline }];
      default:
        return event.event satisfies never;
    }
  });
}

/** The submission's history as an ordered list, each step with its date and any decision comment. */
export function Timeline(props: {
  events: readonly AuditEvent[];
  snapshot: WorkflowSnapshot | undefined;
  locale: Locale;
}) {
  const { locale } = props;
  const m = statusMessagesFor(locale);
  const entries = timelineEntries(props.events, props.snapshot, locale);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{m.timelineTitle}</h2>
      <ol class="timeline">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`} class="timeline__entry">
            <p class="timeline__date">
              <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>
            </p>
            <p class="timeline__text">{entry.text}</p>
            {entry.comment !== undefined && (
              <blockquote class="timeline__comment">
                <p class="visually-hidden">{m.commentLabel}</p>
                <Paragraphs text={entry.comment} />
              </blockquote>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
