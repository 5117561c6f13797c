import { emailMessagesFor } from '../../i18n/email/messages.ts';
import { workflowEmailMessagesFor } from '../../i18n/workflow-email/messages.ts';
import type { EmailContent } from '../layout.tsx';
import { referenceLine, stageName, submitterFooter, titleOf } from './audience.ts';
import type { TemplateContent, WorkflowEmailInput } from './content.ts';

/*
 * Emails that tell the submitter where their submission stands. Approvers appear only as the
 * stage they belong to; a comment an approver wrote is shown, their address never. Each carries
 * the submitter's status link (for a send-back it is the way to revise, until a revise page exists).
 */

function update(
  input: WorkflowEmailInput,
  subject: string,
  body: string,
  options: { quote?: EmailContent['quote']; actionLabel?: string } = {},
): EmailContent {
  return {
    locale: input.locale,
    subject,
    greeting: emailMessagesFor(input.locale).greeting,
    paragraphs: [body],
    quote: options.quote,
    reference: referenceLine(input),
    action: input.link && {
      kind: 'button',
      label: options.actionLabel ?? workflowEmailMessagesFor(input.locale).statusButton,
      url: input.link.url,
      notes: [],
    },
    footer: submitterFooter(input),
  };
}

/** The three updates that only name the stage the submission is now at. */
function atStage<T extends 'received' | 'advanced' | 'returned'>(template: T): TemplateContent<T> {
  return (effect: { stageId: string }, input) => {
    const texts = workflowEmailMessagesFor(input.locale)[template];
    const title = titleOf(input);
    const stage = stageName(input.stages, effect.stageId, input.locale);
    return update(input, texts.subject({ title, reference: input.reference }), texts.body({ title, stage }));
  };
}

/** The submission (or its revision) arrived and waits at its first stage. */
export const received: TemplateContent<'received'> = atStage('received');

/** A stage approved; the submission moved on to the next one. */
export const advanced: TemplateContent<'advanced'> = atStage('advanced');

/** A later stage rejected and returned the submission to an earlier one. */
export const returned: TemplateContent<'returned'> = atStage('returned');

/** Every stage approved. */
export const approved: TemplateContent<'approved'> = (_effect, input) => {
  const texts = workflowEmailMessagesFor(input.locale).approved;
  const title = titleOf(input);
  return update(input, texts.subject({ title, reference: input.reference }), texts.body({ title }));
};

/** A stage rejected the submission for good, with its reason. */
export const rejected: TemplateContent<'rejected'> = (effect, input) => {
  const w = workflowEmailMessagesFor(input.locale);
  const title = titleOf(input);
  const stage = stageName(input.stages, effect.stageId, input.locale);
  return update(
    input,
    w.rejected.subject({ title, reference: input.reference }),
    w.rejected.body({ title, stage }),
    { quote: { label: w.reasonLabel, text: effect.comment } },
  );
};

/** A stage asks the submitter to revise the submission, with its comment. */
export const sentBack: TemplateContent<'sentBack'> = (effect, input) => {
  const w = workflowEmailMessagesFor(input.locale);
  const title = titleOf(input);
  const stage = stageName(input.stages, effect.stageId, input.locale);
  return update(
    input,
    w.sentBack.subject({ title, reference: input.reference }),
    w.sentBack.body({ title, stage }),
    { quote: { label: w.commentLabel, text: effect.comment }, actionLabel: w.reviseButton },
  );
};
