export {
  actionValue,
  applyDraftAction,
  type DraftAction,
  fieldTypeInputName,
  type MoveDirection,
  NEW_FIELD_TYPE_INPUT,
  parseDraftAction,
} from './actions.ts';
export { describeDraftChange, MAX_SUMMARY_LENGTH } from './change-summary.ts';
export {
  applyEditorInputs,
  NOTIFY_SUBMITTER_INPUT,
  onRejectInput,
  quorumInput,
  REMOVE_WORKFLOW_ACTION,
  ruleInput,
  showIfEqualsInput,
  showIfFieldInput,
} from './choice-inputs.ts';
export {
  DEFAULT_OPEN_DAYS,
  DEFAULT_RETENTION_DAYS,
  defaultOpeningPeriod,
  draftFromTemplate,
  newDraft,
} from './create.ts';
export { exportYaml, SCHEMA_COMMENT } from './export-yaml.ts';
export {
  FIELD_TYPES,
  fieldDefault,
  fieldKeySchema,
  fieldKeysOf,
  hasOptions,
  isFieldType,
  takesAnswer,
} from './field-types.ts';
export {
  type FormInput,
  formInputsOf,
  type InputKind,
  inputId,
  inputName,
  MAX_LIST_ENTRIES,
  MAX_VALUE_LENGTH,
  readDraftForm,
} from './form-codec.ts';
export { DRAFT_SECTIONS, type DraftIssue, type DraftSection, draftIssues, sectionOf } from './issues.ts';
export { describePath } from './naming.ts';
export { type DraftPath, isRecord, parseDraftPath, valueAt } from './path.ts';
export { publishableDefinition } from './publishable.ts';
export { declaredLanguages, defaultOf, isKnownPath } from './schema-walk.ts';
export { draftBytes, draftTooLarge, MAX_DRAFT_BYTES } from './size.ts';
export { CONSULTATION_STATUSES, type ConsultationStatus, consultationStatus } from './status.ts';
export { missingTranslations } from './translations.ts';
