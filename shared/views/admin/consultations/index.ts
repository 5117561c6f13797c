export type { ConsultationStatus } from '../components.tsx';
export { type CodeBatchRow, type CodesPageInput, codesPath, renderCodesPage } from './codes-page.tsx';
export { type ConflictPageInput, renderConflictPage } from './conflict-page.tsx';
export { DraftForm, type PlacedInput } from './draft-form.ts';
export { type EditSectionPageInput, REVISION_INPUT, renderEditSectionPage } from './edit-page.tsx';
export { FIELD_TYPE_LABELS } from './fields-section.tsx';
export { LANGUAGE_OPTIONS, languageLabel, plural, titleIn } from './format.ts';
export { type DraftProblem, issueCountsOf, issueLinks } from './issues.ts';
export {
  type ConsultationListPageInput,
  type ConsultationListRow,
  renderConsultationListPage,
} from './list-page.tsx';
export {
  CREATE_MODES,
  type CreateAttempt,
  type CreateMode,
  createInputId,
  type NewConsultationPageInput,
  renderNewConsultationPage,
  type TemplateOption,
} from './new-page.tsx';
export {
  type ConsultationOverviewInput,
  canDiscard,
  DISCARD_CONFIRM_ID,
  DISCARD_CONFIRM_INPUT,
  DISCARD_CONFIRMED,
  type OverviewPublished,
  renderConsultationOverviewPage,
} from './overview-page.tsx';
export * from './paths.ts';
export { type PreviewUnavailableInput, renderPreviewUnavailablePage } from './preview-unavailable-page.tsx';
