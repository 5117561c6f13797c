import { emailMessagesFor } from '../../i18n/email/messages.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { workflowEmailMessagesFor } from '../../i18n/workflow-email/messages.ts';
import { referenceLine, titleOf } from './audience.ts';
import type { TemplateContent } from './content.ts';

/**
 * The department learns that a submitter had their personal data erased, and when: the reference
 * and the consultation only, never an answer, so the mail itself holds no personal data.
 */
export const erased: TemplateContent<'erased'> = (effect, input) => {
  const w = workflowEmailMessagesFor(input.locale);
  const texts = { title: titleOf(input), reference: input.reference };
  return {
    locale: input.locale,
    subject: w.erased.subject(texts),
    greeting: emailMessagesFor(input.locale).greeting,
    paragraphs: [w.erased.body({ ...texts, at: formatDateTime(input.locale, effect.at) }), w.erased.copies],
    reference: referenceLine(input),
    footer: [w.automaticDepartment],
  };
};
