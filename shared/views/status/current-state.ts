import { formatDateTime } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { statusMessagesFor } from '../../i18n/status/messages.ts';
import type { AuditEvent, Submission } from '../../storage/types.ts';
import { stageName } from './stage-names.ts';

/** Where a submission stands, in one sentence for its submitter (stage, since when, outcome). */
export function currentStateSentence(
  submission: Submission,
  events: readonly AuditEvent[],
  locale: Locale,
): string {
  const m = statusMessagesFor(locale);
  const workflow = submission.workflow;
  if (!workflow) return m.received;
  const { snapshot, state } = workflow;
  const date = (iso: string) => formatDateTime(locale, iso);
  switch (state.status) {
    case 'inStage': {
      const stage = stageName(snapshot, state.stageId, locale);
      // After a resubmission the stage has it again: say so, the submitter just sent it.
      const last = events.at(-1);
      const back = last?.event === 'resubmitted' && last.at === state.enteredAt;
      return (back ? m.backInStage : m.inStage)({ stage, since: date(state.enteredAt) });
    }
    case 'sentBack':
      return m.sentBack({ stage: stageName(snapshot, state.stageId, locale), at: date(state.at) });
    case 'approved':
      return m.approved({ at: date(state.at) });
    case 'rejected':
      return m.rejected({ stage: stageName(snapshot, state.stageId, locale), at: date(state.at) });
    default:
      return state satisfies never;
  }
}
