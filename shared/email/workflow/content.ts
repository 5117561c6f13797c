import type { Answers } from '../../answers/types.ts';
import type { Consultation } from '../../definition/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { EmailEffect, EmailTemplate, WorkflowStage } from '../../workflow/types.ts';
import type { EmailContent } from '../layout.tsx';

/** What a workflow email is rendered from; the sender resolves recipient, language and links first. */
export interface WorkflowEmailInput {
  definition: Consultation;
  /** The recipient's language (one of the definition's languages). */
  locale: Locale;
  reference: string;
  /** The answers shown to approvers and the department: never the submitter's personal answers. */
  answers: Answers;
  /** The stages the submission travels (its workflow snapshot), for their names. */
  stages: readonly WorkflowStage[];
  /** The button's target: the approver's decision link or the submitter's status link; none for the department. */
  link?: EmailLink | undefined;
  /** Reminders: when the stage started waiting for the approver (ISO timestamp). */
  waitingSince?: string | undefined;
}

/** An absolute link with its expiry (when it has one). */
export interface EmailLink {
  url: string;
  expiresAt?: Date | undefined;
}

/** Builds the content of one template from its effect. */
export type TemplateContent<T extends EmailTemplate> = (
  effect: Extract<EmailEffect, { template: T }>,
  input: WorkflowEmailInput,
) => EmailContent;
