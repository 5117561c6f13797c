import type { Consultation } from '../definition/schema.ts';
import type { WorkflowSnapshot } from './types.ts';

/**
 * Copies a consultation's workflow for a new submission (undefined when it has none).
 * `submitterHasEmail`: whether this submission carries an email address to write to.
 */
export function snapshotWorkflow(
  definition: Consultation,
  { submitterHasEmail }: { submitterHasEmail: boolean },
): WorkflowSnapshot | undefined {
  const workflow = definition.workflow;
  if (!workflow) return undefined;
  const hasEmailField = definition.fields.some((field) => field.type === 'email');
  // A deep copy: the definition may be a cached object that later versions replace.
  const stages = structuredClone(workflow.stages).map((stage) => ({
    ...stage,
    approvers: stage.approvers.map((approver) => ({ ...approver, email: approver.email.toLowerCase() })),
  }));
  return {
    stages,
    notify: {
      // Unset means "whenever the form can reach the submitter".
      submitter: (workflow.notify.submitter ?? hasEmailField) && submitterHasEmail,
      department: workflow.notify.department,
    },
    department: { email: definition.contact.email, language: definition.defaultLanguage },
  };
}
