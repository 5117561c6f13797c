import { emailMessagesFor } from '../../i18n/email/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import { workflowEmailMessagesFor } from '../../i18n/workflow-email/messages.ts';
import { textIn } from '../../views/localized.ts';
import type { WorkflowStage } from '../../workflow/types.ts';
import type { WorkflowEmailInput } from './content.ts';

/*
 * The parts every workflow email shares, by who reads it: the consultation's title, stage names
 * (approvers appear to submitters only as their stage, never by address), greeting and footer.
 */

/** The consultation's title in the email's language. */
export function titleOf(input: WorkflowEmailInput): string {
  return textIn(input.definition.title, input.locale);
}

/** A stage's name in the email's language; its id when the snapshot does not know it (a guard). */
export function stageName(stages: readonly WorkflowStage[], stageId: string, locale: Locale): string {
  const stage = stages.find((s) => s.id === stageId);
  return stage ? textIn(stage.name, locale) : stageId;
}

/** The reference line every email carries. */
export function referenceLine(input: WorkflowEmailInput): { label: string; value: string } {
  return { label: emailMessagesFor(input.locale).reference, value: input.reference };
}

/** The footer of an email to the submitter: whom to ask, and why the email came. */
export function submitterFooter(input: WorkflowEmailInput): string[] {
  const { contact } = input.definition;
  return [
    emailMessagesFor(input.locale).contact({
      name: textIn(contact.name, input.locale),
      email: contact.email,
    }),
    workflowEmailMessagesFor(input.locale).automaticSubmitter,
  ];
}
