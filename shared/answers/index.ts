export { type AnswerValidator, compileAnswers } from './compile.ts';
export { countersFor } from './counters.ts';
export { formValue, formValues, parseFormBody } from './form-body.ts';
export { UnexpectedIssueError } from './issue-codes.ts';
export { splitPersonal } from './personal.ts';
export type {
  Answers,
  AnswerValue,
  FieldError,
  FieldErrorCode,
  FieldErrors,
  FormBody,
  ValidationResult,
} from './types.ts';
export { isFieldVisible } from './visibility.ts';
