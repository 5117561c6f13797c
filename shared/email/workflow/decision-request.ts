import { formatDateTime } from '../../i18n/format.ts';
import { workflowEmailMessagesFor } from '../../i18n/workflow-email/messages.ts';
import { answerRows } from '../answer-rows.ts';
import type { EmailContent } from '../layout.tsx';
import { referenceLine, stageName, titleOf } from './audience.ts';
import type { TemplateContent, WorkflowEmailInput } from './content.ts';

/*
 * Emails that ask an approver to decide: the first request of a stage round and its reminders.
 * Both show the submission's answers and the decision link with its expiry, and say that opening
 * the link changes nothing (mail scanners open links too; only a button press on the page acts).
 */

function decisionRequest(
  input: WorkflowEmailInput,
  to: { name: string },
  subject: string,
  intro: string,
  returned?: { label: string; text: string; sentence: string },
): EmailContent {
  const w = workflowEmailMessagesFor(input.locale);
  const link = input.link;
  return {
    locale: input.locale,
    subject,
    greeting: w.greetingName({ name: to.name }),
    paragraphs: [intro, ...(returned ? [returned.sentence] : [])],
    quote: returned && { label: returned.label, text: returned.text },
    reference: referenceLine(input),
    action: link && {
      kind: 'button',
      label: w.decideButton,
      url: link.url,
      notes: [
        ...(link.expiresAt
          ? [w.linkValidUntil({ date: formatDateTime(input.locale, link.expiresAt.toISOString()) })]
          : []),
        w.linkChangesNothing,
      ],
    },
    answers: {
      title: w.submissionTitle,
      rows: answerRows(input.definition, input.locale, input.answers, {}),
    },
    footer: [w.automaticApprover],
  };
}

/** A stage round asks one approver to decide (again, when a later stage returned the submission). */
export const approvalRequested: TemplateContent<'approvalRequested'> = (effect, input) => {
  const w = workflowEmailMessagesFor(input.locale);
  const title = titleOf(input);
  const stage = stageName(input.stages, effect.stageId, input.locale);
  const from = effect.returnedFrom;
  return decisionRequest(
    input,
    effect.to,
    w.approvalRequested.subject({ title, reference: input.reference, stage }),
    w.approvalRequested.intro({ title, stage }),
    from && {
      sentence: w.approvalRequested.returnedFrom({
        stage: stageName(input.stages, from.stageId, input.locale),
      }),
      label: w.reasonLabel,
      text: from.comment,
    },
  );
};

/** The approver has not decided after the stage's reminder period. */
export const reminder: TemplateContent<'reminder'> = (effect, input) => {
  const w = workflowEmailMessagesFor(input.locale);
  const title = titleOf(input);
  const stage = stageName(input.stages, effect.stageId, input.locale);
  const since = input.waitingSince ? formatDateTime(input.locale, input.waitingSince) : '';
  return decisionRequest(
    input,
    effect.to,
    w.reminder.subject({ title, reference: input.reference, stage }),
    since ? w.reminder.intro({ title, stage, since }) : w.approvalRequested.intro({ title, stage }),
  );
};
