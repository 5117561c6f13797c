import type { InputField } from '../definition/schema.ts';
import { messagesFor } from '../i18n/messages.ts';
import { inputId } from './field-ids.ts';
import { ariaState, describedBy, type FieldProps, FieldTexts, LabelText } from './field-parts.tsx';
import { textIn } from './localized.ts';

type TextLike = Extract<InputField, { type: 'text' | 'email' | 'phone' | 'number' | 'date' }>;

/** Input attributes per type. Numbers are type=text so a German decimal comma is not rejected by the
 * browser; no `required`/min/max attributes: the server's localized messages are better than the browser's. */
function inputAttributes(field: TextLike) {
  switch (field.type) {
    case 'text':
      return { type: 'text', autocomplete: field.autocomplete, class: 'input' } as const;
    case 'email':
      return { type: 'email', autocomplete: 'email', spellcheck: false, class: 'input' } as const;
    case 'phone':
      return { type: 'tel', autocomplete: 'tel', class: 'input input--short' } as const;
    case 'number':
      return { type: 'text', inputmode: 'decimal', class: 'input input--short' } as const;
    case 'date':
      return { type: 'date', class: 'input input--short' } as const;
    default:
      return field satisfies never;
  }
}

/** A single-line input with its label, hint and error. */
export function TextInput(props: FieldProps<TextLike>) {
  const { field, locale, value } = props;
  return (
    <>
      <label class="label" for={inputId(field.id)}>
        <LabelText field={field} locale={locale} />
      </label>
      <FieldTexts {...props} />
      <input
        {...inputAttributes(field)}
        id={inputId(field.id)}
        name={field.id}
        value={value[0] ?? ''}
        aria-describedby={describedBy(props)}
        {...ariaState(props)}
      />
    </>
  );
}

/** A multi-line text input. */
export function TextArea(props: FieldProps<Extract<InputField, { type: 'textarea' }>>) {
  const { field, locale, value } = props;
  return (
    <>
      <label class="label" for={inputId(field.id)}>
        <LabelText field={field} locale={locale} />
      </label>
      <FieldTexts {...props} />
      <textarea
        class="textarea"
        id={inputId(field.id)}
        name={field.id}
        rows={field.rows}
        value={value[0] ?? ''}
        aria-describedby={describedBy(props)}
        {...ariaState(props)}
      />
    </>
  );
}

/** A drop-down list whose empty first option means "not answered". */
export function Select(props: FieldProps<Extract<InputField, { type: 'select' }>>) {
  const { field, locale, value } = props;
  const chosen = value[0];
  return (
    <>
      <label class="label" for={inputId(field.id)}>
        <LabelText field={field} locale={locale} />
      </label>
      <FieldTexts {...props} />
      <select
        class="select"
        id={inputId(field.id)}
        name={field.id}
        aria-describedby={describedBy(props)}
        {...ariaState(props)}
      >
        <option value="">{messagesFor(locale).chrome.pleaseChoose}</option>
        {field.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === chosen}>
            {textIn(option.label, locale)}
          </option>
        ))}
      </select>
    </>
  );
}
