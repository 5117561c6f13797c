import type { Field, InputField } from '../definition/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { Checkboxes, Consent, Radios, Scale } from './choice-fields.tsx';
import { wrapperId } from './field-ids.ts';
import type { FieldProps } from './field-parts.tsx';
import { textIn } from './localized.ts';
import { Paragraphs } from './paragraphs.tsx';
import { Select, TextArea, TextInput } from './text-fields.tsx';

/** The input for a field, chosen by type; a new field type fails to compile here until it has one. */
function Input(props: FieldProps) {
  const { field } = props;
  switch (field.type) {
    case 'text':
    case 'email':
    case 'phone':
    case 'number':
    case 'date':
      return <TextInput {...props} field={field} />;
    case 'textarea':
      return <TextArea {...props} field={field} />;
    case 'select':
      return <Select {...props} field={field} />;
    case 'radio':
      return <Radios {...props} field={field} />;
    case 'checkboxes':
      return <Checkboxes {...props} field={field} />;
    case 'scale':
      return <Scale {...props} field={field} />;
    case 'consent':
      return <Consent {...props} field={field} />;
    default:
      return field satisfies never;
  }
}

export interface FormFieldProps {
  field: Field;
  index: number;
  locale: Locale;
  value: readonly string[];
  error: string | undefined;
  condition: string | undefined;
}

/** One entry of the form in its wrapper (the element conditional CSS shows or hides). */
export function FormField({ field, index, locale, value, error, condition }: FormFieldProps) {
  const classes = [
    field.type === 'heading' || field.type === 'paragraph' ? 'block' : 'field',
    error === undefined ? '' : 'field--error',
    field.showIf ? 'conditional' : '',
  ].filter(Boolean);
  return (
    <div class={classes.join(' ')} id={wrapperId(field, index)}>
      {field.type === 'heading' ? (
        <>
          <h2>{textIn(field.text, locale)}</h2>
          {condition !== undefined && <p class="condition">{condition}</p>}
        </>
      ) : field.type === 'paragraph' ? (
        <>
          {condition !== undefined && <p class="condition">{condition}</p>}
          <Paragraphs text={textIn(field.text, locale)} />
        </>
      ) : (
        <Input
          field={field satisfies InputField}
          locale={locale}
          value={value}
          error={error}
          condition={condition}
        />
      )}
    </div>
  );
}
