import type { ComponentChildren } from 'preact';
import type { InputField } from '../definition/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import { conditionId, errorId, hintId } from './field-ids.ts';
import { textIn } from './localized.ts';

/** What every input component gets: the field, the page locale, the submitted values of this field,
 * the localized error message if any, and the "only if …" hint of a conditional field. */
export interface FieldProps<F extends InputField = InputField> {
  field: F;
  locale: Locale;
  value: readonly string[];
  error: string | undefined;
  condition: string | undefined;
}

/** The ids of the texts that describe a field, for aria-describedby (undefined when there are none). */
export function describedBy({ field, error, condition }: FieldProps): string | undefined {
  const ids = [
    condition === undefined ? undefined : conditionId(field.id),
    field.hint === undefined ? undefined : hintId(field.id),
    error === undefined ? undefined : errorId(field.id),
  ].filter((id) => id !== undefined);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The label text followed by "(required)" or "(optional)" in words, never by colour alone. */
export function LabelText({ field, locale }: { field: InputField; locale: Locale }) {
  const m = messagesFor(locale).chrome;
  return (
    <>
      {textIn(field.label, locale)} <span class="marker">({field.required ? m.required : m.optional})</span>
    </>
  );
}

/** Condition hint, hint and error message, in the order GOV.UK places them under a label. */
export function FieldTexts(props: FieldProps) {
  const { field, locale, error, condition } = props;
  return (
    <>
      {condition !== undefined && (
        <p class="condition" id={conditionId(field.id)}>
          {condition}
        </p>
      )}
      {field.hint !== undefined && (
        <p class="hint" id={hintId(field.id)}>
          {textIn(field.hint, locale)}
        </p>
      )}
      {error !== undefined && (
        <p class="error-message" id={errorId(field.id)}>
          <span class="visually-hidden">{messagesFor(locale).chrome.errorPrefix}:</span> {error}
        </p>
      )}
    </>
  );
}

/** A group of inputs (radios, checkboxes, scale, consent) announced with its question. */
export function Fieldset(props: FieldProps & { children: ComponentChildren }) {
  return (
    <fieldset class="fieldset" aria-describedby={describedBy(props)}>
      <legend class="legend">
        <LabelText field={props.field} locale={props.locale} />
      </legend>
      <FieldTexts {...props} />
      {props.children}
    </fieldset>
  );
}

/** Accessibility state shared by every input of a field. */
export function ariaState({ field, error }: FieldProps) {
  return {
    'aria-invalid': error === undefined ? undefined : ('true' as const),
    'aria-required': field.required ? ('true' as const) : undefined,
  };
}
