import { emailMessagesFor } from '../../i18n/email/messages.ts';
import { workflowEmailMessagesFor } from '../../i18n/workflow-email/messages.ts';
import { answerRows } from '../answer-rows.ts';
import { referenceLine, stageName, titleOf } from './audience.ts';
import type { TemplateContent } from './content.ts';

/** The department learns a submission's final result, with its reference, the answers and any reason. */
export const outcome: TemplateContent<'outcome'> = (effect, input) => {
  const w = workflowEmailMessagesFor(input.locale);
  const title = titleOf(input);
  const stage = stageName(input.stages, effect.stageId, input.locale);
  const texts = { title, reference: input.reference };
  const approved = effect.outcome === 'approved';
  return {
    locale: input.locale,
    subject: approved ? w.outcome.approvedSubject(texts) : w.outcome.rejectedSubject(texts),
    greeting: emailMessagesFor(input.locale).greeting,
    paragraphs: [
      approved ? w.outcome.approved({ ...texts, stage }) : w.outcome.rejected({ ...texts, stage }),
    ],
    quote: effect.comment ? { label: w.reasonLabel, text: effect.comment } : undefined,
    reference: referenceLine(input),
    answers: {
      title: w.submissionTitle,
      rows: answerRows(input.definition, input.locale, input.answers, {}),
    },
    footer: [w.automaticDepartment],
  };
};
