import {
  FIELD_TYPES,
  fieldDefault,
  fieldKeysOf,
  fieldTypeInputName,
  isFieldType,
  isRecord,
  NEW_FIELD_TYPE_INPUT,
  showIfEqualsInput,
  showIfFieldInput,
} from '../../../admin/draft/index.ts';
import type { FieldType } from '../../../definition/schema.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { ActionButton, CheckboxGroup, SelectInput } from '../components.tsx';
import type { DraftForm } from './draft-form.ts';
import { checkbox, Group, localizedInputs, textInput } from './section-parts.tsx';

/** Each field type as staff know it; a new type in the schema is a compile error here until named. */
export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  heading: 'Heading (no answer)',
  paragraph: 'Paragraph of text (no answer)',
  text: 'Short text',
  textarea: 'Long text',
  email: 'Email address',
  phone: 'Phone number',
  number: 'Number',
  date: 'Date',
  radio: 'One choice (radio buttons)',
  checkboxes: 'Several choices (checkboxes)',
  select: 'One choice (drop-down list)',
  scale: 'Rating scale',
  consent: 'Consent checkbox',
};

const TYPE_OPTIONS = FIELD_TYPES.map((type) => ({ value: type, label: FIELD_TYPE_LABELS[type] }));

type Path = readonly (string | number)[];
type Ctx = { form: DraftForm; languages: readonly Locale[]; fields: readonly unknown[] };

/** The form's fields in order, each with its settings, and the buttons to add, move and remove them. */
export function fieldsSection(form: DraftForm, languages: readonly Locale[]) {
  const raw = form.value(['fields']);
  const fields: readonly unknown[] = Array.isArray(raw) ? raw : [];
  const list = form.at(['fields']);
  const ctx: Ctx = { form, languages, fields };
  return (
    <>
      <div id={list.id} class="editor-list">
        {list.error && (
          <p class="error-message">
            <span class="visually-hidden">Error: </span>
            {list.error}
          </p>
        )}
        {fields.length === 0 && <p>The form has no fields yet.</p>}
        {fields.map((_, index) => fieldEditor(ctx, index))}
      </div>
      <div class="editor-add">
        <SelectInput
          id="new-field-type"
          name={NEW_FIELD_TYPE_INPUT}
          label="Type of the new field"
          options={TYPE_OPTIONS}
          value="text"
        />
        <ActionButton name="_action" value="addField" variant="secondary">
          Add a field
        </ActionButton>
      </div>
    </>
  );
}

function fieldEditor(ctx: Ctx, index: number) {
  const { form, fields } = ctx;
  const path: Path = ['fields', index];
  const field = fields[index];
  const type = isRecord(field) && isFieldType(field.type) ? field.type : undefined;
  const id = isRecord(field) && typeof field.id === 'string' ? field.id : undefined;
  const group = form.at(path);
  const typeAt = form.at([...path, 'type']);
  const name = `field ${index + 1}`;
  return (
    <Group
      key={String(index)}
      id={group.id}
      error={group.error}
      legend={`Field ${index + 1}${id ? `: ${id}` : ''} – ${type ? FIELD_TYPE_LABELS[type] : 'no type yet'}`}
      class="editor-item"
    >
      <div class="editor-inline">
        <SelectInput
          id={typeAt.id}
          name={fieldTypeInputName(index)}
          label="Type"
          options={type ? TYPE_OPTIONS : [{ value: '', label: 'Choose…' }, ...TYPE_OPTIONS]}
          value={type ?? ''}
          error={typeAt.error}
          hint="Changing the type keeps the texts and drops settings the new type does not have."
        />
        <ActionButton name="_action" value={`setFieldType:${index}`} variant="secondary">
          Change type<span class="visually-hidden"> of {name}</span>
        </ActionButton>
      </div>
      {type && fieldKeysOf(type).map((key) => keyEditor(ctx, index, type, key))}
      <div class="button-group">
        {index > 0 && (
          <ActionButton name="_action" value={`moveField:${index}:up`} variant="secondary">
            Move up<span class="visually-hidden"> {name}</span>
          </ActionButton>
        )}
        {index < fields.length - 1 && (
          <ActionButton name="_action" value={`moveField:${index}:down`} variant="secondary">
            Move down<span class="visually-hidden"> {name}</span>
          </ActionButton>
        )}
        <ActionButton name="_action" value={`removeField:${index}`} variant="danger">
          Remove<span class="visually-hidden"> {name}</span>
        </ActionButton>
      </div>
    </Group>
  );
}

const NUMBER_KEYS: Partial<Record<string, { label: string; hint: string }>> = {
  minLength: { label: 'Fewest characters', hint: 'Leave empty for no minimum.' },
  maxLength: { label: 'Most characters', hint: 'The longest answer accepted.' },
  rows: { label: 'Rows shown', hint: 'Height of the text box (2 to 30).' },
  minSelected: { label: 'Fewest choices', hint: 'Leave empty for no minimum.' },
  maxSelected: { label: 'Most choices', hint: 'Leave empty for no maximum.' },
};

/** The input(s) for one key of a field, chosen by the key (the keys come from the field type's schema). */
function keyEditor(ctx: Ctx, index: number, type: FieldType, key: string) {
  const { form, languages } = ctx;
  const path: Path = ['fields', index, key];
  const fallback = fieldDefault(type, key)?.value;
  const withDefault = (hint: string) =>
    fallback === undefined ? hint : `${hint} Leave empty for the default (${String(fallback)}).`;
  switch (key) {
    case 'type':
      return null;
    case 'id':
      return textInput(form, 't', path, 'Technical name', {
        hint:
          type === 'heading' || type === 'paragraph'
            ? 'Optional; needed only when another field refers to it.'
            : 'Unique in the form, e.g. age_group: lowercase letters, digits and _. It names the answer in exports.',
        required: type !== 'heading' && type !== 'paragraph',
      });
    case 'label':
      return localizedInputs(form, path, 'Question', languages);
    case 'hint':
      return localizedInputs(form, path, 'Hint (optional)', languages, { optional: true });
    case 'text':
      return localizedInputs(form, path, type === 'heading' ? 'Heading' : 'Text', languages, {
        multiline: type === 'paragraph',
      });
    case 'required':
      return checkbox(form, path, 'An answer is required', undefined, fallback === true);
    case 'personal':
      return checkbox(
        form,
        path,
        'The answer is personal data',
        'Deleted after the retention period and left out of exports.',
        fallback === true,
      );
    case 'integer':
      return checkbox(form, path, 'Whole numbers only', undefined, fallback === true);
    case 'min':
    case 'max': {
      const label = key === 'min' ? 'Lowest' : 'Highest';
      if (type === 'date')
        return textInput(form, 't', path, `${label} date`, {
          hint: 'Like 2026-05-31; leave empty for no limit.',
        });
      return textInput(form, 'n', path, `${label} value`, {
        hint: withDefault(type === 'scale' ? '' : 'Optional.'),
      });
    }
    case 'minLabel':
    case 'maxLabel':
      return localizedInputs(
        form,
        path,
        key === 'minLabel' ? 'Label of the lowest value' : 'Label of the highest value',
        languages,
      );
    case 'pattern':
      return patternEditor(ctx, index);
    case 'autocomplete':
      return textInput(form, 't', path, 'Autocomplete', {
        hint: 'Optional: helps browsers fill in the answer, e.g. name, postal-code, street-address.',
      });
    case 'options':
      return optionsEditor(ctx, index);
    case 'showIf':
      return showIfEditor(ctx, index);
    default: {
      const number = NUMBER_KEYS[key];
      if (number) return textInput(form, 'n', path, number.label, { hint: withDefault(number.hint) });
      return textInput(form, 't', path, key);
    }
  }
}

function patternEditor({ form, languages }: Ctx, index: number) {
  const path: Path = ['fields', index, 'pattern'];
  const group = form.at(path);
  return (
    <Group id={group.id} legend="Pattern (optional)" error={group.error}>
      {textInput(form, 't', [...path, 'regex'], 'Regular expression', {
        hint: 'Answers must match it whole, e.g. [0-9]{5} for a postcode. RE2 syntax: no backreferences, no lookaround. Leave empty for none.',
      })}
      {localizedInputs(form, [...path, 'message'], 'Message when it does not match', languages, {
        optional: true,
      })}
    </Group>
  );
}

function optionsEditor({ form, languages }: Ctx, index: number) {
  const path: Path = ['fields', index, 'options'];
  const raw = form.value(path);
  const options: readonly unknown[] = Array.isArray(raw) ? raw : [];
  const group = form.at(path);
  return (
    <Group id={group.id} legend="Answer options" error={group.error}>
      {options.map((_, j) => {
        const option = form.at([...path, j]);
        const name = `option ${j + 1} of field ${index + 1}`;
        return (
          <Group
            key={String(j)}
            id={option.id}
            legend={`Option ${j + 1}`}
            error={option.error}
            class="editor-item"
          >
            {textInput(form, 't', [...path, j, 'value'], 'Stored value', {
              hint: 'What exports and conditions use, e.g. yes or 18-29: a-z, 0-9, _ and -.',
              required: true,
            })}
            {localizedInputs(form, [...path, j, 'label'], 'Text shown', languages)}
            <ActionButton name="_action" value={`removeOption:${index}:${j}`} variant="danger">
              Remove<span class="visually-hidden"> {name}</span>
            </ActionButton>
          </Group>
        );
      })}
      <ActionButton name="_action" value={`addOption:${index}`} variant="secondary">
        Add an option<span class="visually-hidden"> to field {index + 1}</span>
      </ActionButton>
    </Group>
  );
}

/** The values a field can be compared with in a condition (choice fields only), with labels. */
function choicesOf(
  field: unknown,
  languages: readonly Locale[],
): { value: string; label: string }[] | undefined {
  if (!isRecord(field)) return undefined;
  const labelOf = (label: unknown, value: string) => {
    if (!isRecord(label)) return value;
    const text = languages.map((language) => label[language]).find((t) => typeof t === 'string' && t !== '');
    return typeof text === 'string' ? `${text} (${value})` : value;
  };
  switch (field.type) {
    case 'radio':
    case 'select':
    case 'checkboxes': {
      const options = Array.isArray(field.options) ? field.options : [];
      return options.flatMap((option) =>
        isRecord(option) && typeof option.value === 'string' && option.value !== ''
          ? [{ value: option.value, label: labelOf(option.label, option.value) }]
          : [],
      );
    }
    case 'scale': {
      const min = typeof field.min === 'number' ? field.min : 1;
      const max = typeof field.max === 'number' ? field.max : 5;
      const values: { value: string; label: string }[] = [];
      for (let v = min; v <= max && values.length < 11; v++)
        values.push({ value: String(v), label: String(v) });
      return values;
    }
    case 'consent':
      return [{ value: 'yes', label: 'Ticked (yes)' }];
    default:
      return undefined;
  }
}

function showIfEditor({ form, languages, fields }: Ctx, index: number) {
  const path: Path = ['fields', index, 'showIf'];
  const group = form.at(path);
  const fieldAt = form.at([...path, 'field']);
  const current = form.text([...path, 'field']);
  const earlier = fields
    .slice(0, index)
    .flatMap((field) =>
      isRecord(field) && typeof field.id === 'string' && field.id !== '' && choicesOf(field, languages)
        ? [{ id: field.id, choices: choicesOf(field, languages) ?? [] }]
        : [],
    );
  const target = earlier.find((field) => field.id === current);
  // Registered only when shown, so a problem with the answers otherwise appears at the condition.
  const equalsAt = target ? form.at([...path, 'equals']) : undefined;
  const options = [
    { value: '', label: 'Always shown' },
    ...earlier.map((field) => ({ value: field.id, label: `Only when “${field.id}” has a certain answer` })),
    ...(current !== '' && !target
      ? [{ value: current, label: `“${current}” (not an earlier choice field)` }]
      : []),
  ];
  return (
    <Group id={group.id} legend="Condition" error={group.error}>
      <SelectInput
        id={fieldAt.id}
        name={showIfFieldInput(index)}
        label="When is this field shown?"
        hint={
          earlier.length === 0
            ? 'Only a field after a choice field (with an id) can depend on it.'
            : 'Hidden fields are neither required nor stored. Save after choosing a field to pick its answers.'
        }
        options={options}
        value={current}
        error={fieldAt.error}
      />
      {target && equalsAt && (
        <CheckboxGroup
          id={equalsAt.id}
          legend={`Shown when “${target.id}” is`}
          name={showIfEqualsInput(index)}
          options={target.choices}
          values={form.list([...path, 'equals'])}
          error={equalsAt.error}
        />
      )}
    </Group>
  );
}
