/** A parsed application/x-www-form-urlencoded body: repeated names become arrays. */
export type FormBody = Record<string, string | string[]>;

/** A stored answer: text-like fields and single choices are strings, number and scale numbers,
 * checkboxes arrays of option values, a ticked consent `true`. Empty optional answers are absent. */
export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

/** Why an answer was refused; the views turn each code into a localized sentence. */
export type FieldErrorCode =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'pattern'
  | 'email'
  | 'phone'
  | 'number'
  | 'integer'
  | 'min'
  | 'max'
  | 'date'
  | 'dateMin'
  | 'dateMax'
  | 'option'
  | 'minSelected'
  | 'maxSelected'
  | 'consent';

export interface FieldError {
  code: FieldErrorCode;
  /** Values the message needs, e.g. `{ max: 200 }` for tooLong, `{ min: '2026-01-01' }` for dateMin. */
  params?: Record<string, string | number>;
}

/** Errors by field id, in the order of the form. */
export type FieldErrors = Record<string, FieldError>;

export type ValidationResult = { ok: true; answers: Answers } | { ok: false; errors: FieldErrors };
