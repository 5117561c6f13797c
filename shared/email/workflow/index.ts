export type {
  EmailLink,
  TemplateContent,
  WorkflowEmailInput,
} from './content.ts';
export { renderWorkflowEmail, WORKFLOW_TEMPLATES } from './templates.ts';
