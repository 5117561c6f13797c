import { emailMessagesFor } from '../../i18n/email/messages.ts';
import { workflowEmailMessagesFor } from '../../i18n/workflow-email/messages.ts';
import { referenceLine, submitterFooter, titleOf } from './audience.ts';
import type { TemplateContent } from './content.ts';

/**
 * To the submitter's former address after a revision changed it: that it changed and whom to ask if
 * it was not them. Never the new address, the answers or a link: whoever reads the old mailbox may
 * not be the submitter any more.
 */
export const contactChanged: TemplateContent<'contactChanged'> = (_effect, input) => {
  const texts = workflowEmailMessagesFor(input.locale).contactChanged;
  const title = titleOf(input);
  return {
    locale: input.locale,
    subject: texts.subject({ title, reference: input.reference }),
    greeting: emailMessagesFor(input.locale).greeting,
    paragraphs: [texts.body({ title }), texts.notYou],
    reference: referenceLine(input),
    footer: submitterFooter(input),
  };
};
