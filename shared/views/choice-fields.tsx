import type { InputField } from '../definition/schema.ts';
import { formatNumber } from '../i18n/format.ts';
import { messagesFor } from '../i18n/messages.ts';
import { optionId } from './field-ids.ts';
import { ariaState, type FieldProps, Fieldset } from './field-parts.tsx';
import { textIn } from './localized.ts';

interface Choice {
  value: string;
  label: string;
}

/** Radio buttons or checkboxes for a list of choices, each with a large clickable label. */
function Choices(
  props: FieldProps & { type: 'radio' | 'checkbox'; choices: Choice[]; inline?: boolean; single?: boolean },
) {
  const { field, value, type, choices, inline, single } = props;
  // aria-required belongs to the group's legend text for radios and checkbox lists (ARIA allows it on
  // neither a radio nor one checkbox of many); only a lone consent checkbox is itself required.
  const { 'aria-invalid': invalid, 'aria-required': required } = ariaState(props);
  return (
    <Fieldset {...props}>
      <div class={inline ? 'choices choices--inline' : 'choices'}>
        {choices.map((choice, index) => {
          const id = optionId(field.id, choice.value, index);
          return (
            <div class="choice" key={choice.value}>
              <input
                type={type}
                id={id}
                name={field.id}
                value={choice.value}
                checked={value.includes(choice.value)}
                aria-invalid={invalid}
                aria-required={single ? required : undefined}
              />
              <label for={id}>{choice.label}</label>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** Choose exactly one option. */
export function Radios(props: FieldProps<Extract<InputField, { type: 'radio' }>>) {
  const { field, locale } = props;
  const choices = field.options.map((o) => ({ value: o.value, label: textIn(o.label, locale) }));
  return <Choices {...props} type="radio" choices={choices} />;
}

/** Choose any number of options. */
export function Checkboxes(props: FieldProps<Extract<InputField, { type: 'checkboxes' }>>) {
  const { field, locale } = props;
  const choices = field.options.map((o) => ({ value: o.value, label: textIn(o.label, locale) }));
  return <Choices {...props} type="checkbox" choices={choices} />;
}

/** A rating as radio buttons; the ends carry their meaning in the label so it is read out with the number. */
export function Scale(props: FieldProps<Extract<InputField, { type: 'scale' }>>) {
  const { field, locale } = props;
  const choices: Choice[] = [];
  for (let n = field.min; n <= field.max; n++) {
    const number = formatNumber(locale, n);
    const end = n === field.min ? field.minLabel : n === field.max ? field.maxLabel : undefined;
    choices.push({ value: String(n), label: end ? `${number} – ${textIn(end, locale)}` : number });
  }
  return <Choices {...props} type="radio" choices={choices} inline />;
}

/** One checkbox to agree, under the question it agrees to. */
export function Consent(props: FieldProps<Extract<InputField, { type: 'consent' }>>) {
  const choices = [{ value: 'yes', label: messagesFor(props.locale).chrome.agree }];
  return <Choices {...props} type="checkbox" choices={choices} single />;
}
