import type { EmailEffect, EmailTemplate } from '../../workflow/types.ts';
import { layoutEmail, type RenderedEmail } from '../layout.tsx';
import { contactChanged } from './contact-changed.ts';
import type { TemplateContent, WorkflowEmailInput } from './content.ts';
import { approvalRequested, reminder } from './decision-request.ts';
import { erased } from './erased.ts';
import { outcome } from './outcome.ts';
import { advanced, approved, received, rejected, returned, sentBack } from './submitter-updates.ts';

type Registry = { [T in EmailTemplate]: TemplateContent<T> };

/** Every workflow email template by name: a template the engine adds is a compile error here until it has one. */
export const WORKFLOW_TEMPLATES = {
  approvalRequested,
  reminder,
  received,
  advanced,
  returned,
  approved,
  rejected,
  sentBack,
  contactChanged,
  outcome,
  erased,
} as const satisfies Registry;

/** Renders the email an engine effect asks for, in the input's language. */
export function renderWorkflowEmail(effect: EmailEffect, input: WorkflowEmailInput): RenderedEmail {
  return layoutEmail(contentOf(effect.template, effect, input));
}

// Indexing the mapped registry with T gives TemplateContent<T>, so the effect fits without a cast.
function contentOf<T extends EmailTemplate>(
  template: T,
  effect: Extract<EmailEffect, { template: T }>,
  input: WorkflowEmailInput,
) {
  const registry: Registry = WORKFLOW_TEMPLATES;
  const content: TemplateContent<T> = registry[template];
  return content(effect, input);
}
