import type { ComponentChildren } from 'preact';
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

/** The attributes every single control shares: its id and name, and what describes it. */
function controlAttributes(props: FieldProps<InputField>) {
  return {
    id: inputId(props.field.id),
    name: props.field.id,
    'aria-describedby': describedBy(props),
    ...ariaState(props),
  };
}

/** A control's label above its hint and error, then the control itself. */
function Labelled(props: FieldProps<InputField> & { children: ComponentChildren }) {
  const { field, locale, children } = props;
  return (
    <>
      <label class="label" for={inputId(field.id)}>
        <LabelText field={field} locale={locale} />
      </label>
      <FieldTexts {...props} />
      {children}
    </>
  );
}

/** A single-line input with its label, hint and error. */
export function TextInput(props: FieldProps<TextLike>) {
  return (
    <Labelled {...props}>
      <input {...inputAttributes(props.field)} {...controlAttributes(props)} value={props.value[0] ?? ''} />
    </Labelled>
  );
}

/** A multi-line text input. */
export function TextArea(props: FieldProps<Extract<InputField, { type: 'textarea' }>>) {
  return (
    <Labelled {...props}>
      <textarea
        class="textarea"
        {...controlAttributes(props)}
        rows={props.field.rows}
        value={props.value[0] ?? ''}
      />
    </Labelled>
  );
}

/** A drop-down list whose empty first option means "not answered". */
export function Select(props: FieldProps<Extract<InputField, { type: 'select' }>>) {
  const { field, locale, value } = props;
  const chosen = value[0];
  return (
    <Labelled {...props}>
      <select class="select" {...controlAttributes(props)}>
        <option value="">{messagesFor(locale).chrome.pleaseChoose}</option>
        {field.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === chosen}>
            {textIn(option.label, locale)}
          </option>
        ))}
      </select>
    </Labelled>
  );
}
