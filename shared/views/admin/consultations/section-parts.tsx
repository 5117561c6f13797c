import type { ComponentChildren } from 'preact';
import { directionOf, htmlLang, type Locale } from '../../../i18n/locales.ts';
import { TextArea, TextInput } from '../components.tsx';
import type { DraftForm } from './draft-form.ts';
import { languageLabel } from './format.ts';

type Path = readonly (string | number)[];

/**
 * A fieldset for a group of inputs, with the problems about the group as a whole under its legend
 * (linked with aria-describedby). Its id is the draft path's, so the error summary can link to it.
 */
export function Group(props: {
  id: string;
  legend: ComponentChildren;
  error?: string | undefined;
  class?: string;
  children: ComponentChildren;
}) {
  const errorId = `${props.id}-error`;
  return (
    <fieldset
      class={`fieldset editor-group${props.class ? ` ${props.class}` : ''}${props.error ? ' editor-group--error' : ''}`}
      id={props.id}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend class="legend">{props.legend}</legend>
      {props.error && (
        <p class="error-message" id={errorId}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      )}
      {props.children}
    </fieldset>
  );
}

/**
 * A text in every declared language side by side, each input marked with its language and
 * direction (right to left for Arabic and Persian), and "missing" where a translation is empty.
 */
export function localizedInputs(
  form: DraftForm,
  path: Path,
  label: string,
  languages: readonly Locale[],
  options: { multiline?: boolean; rows?: number; optional?: boolean; hint?: string } = {},
) {
  const group = form.at(path);
  const present = form.value(path) !== undefined;
  return (
    <Group id={group.id} legend={label} error={group.error} class="translations">
      {options.hint && <p class="hint">{options.hint}</p>}
      <div class="translations__grid">
        {languages.map((language) => {
          const input = form.input('t', [...path, language]);
          const missing = input.value.trim() === '' && (present || !options.optional);
          const props = {
            id: input.id,
            name: input.name,
            label: `${languageLabel(language)}${missing ? ' – missing' : ''}`,
            value: input.value,
            error: input.error,
            lang: htmlLang(language),
            dir: directionOf(language),
          };
          return options.multiline ? (
            <TextArea key={language} {...props} rows={options.rows ?? 4} />
          ) : (
            <TextInput key={language} {...props} />
          );
        })}
      </div>
    </Group>
  );
}

/**
 * A true/false setting as one checkbox; the hidden `false` goes first, so unticking posts false.
 * `fallback` is the format's default, shown while the draft leaves the setting out.
 */
export function checkbox(form: DraftForm, path: Path, label: string, hint?: string, fallback = false) {
  const input = form.input('b', path);
  const value = form.value(path);
  const checked = value === true || (value === undefined && fallback);
  const hintId = `${input.id}-hint`;
  const errorId = `${input.id}-error`;
  const described = [hint ? hintId : undefined, input.error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div class={input.error ? 'field field--error' : 'field'}>
      {input.error && (
        <p class="error-message" id={errorId}>
          <span class="visually-hidden">Error: </span>
          {input.error}
        </p>
      )}
      <input type="hidden" name={input.name} value="false" />
      <div class="choice">
        <input
          type="checkbox"
          id={input.id}
          name={input.name}
          value="true"
          checked={checked}
          aria-describedby={described || undefined}
          aria-invalid={input.error ? 'true' : undefined}
        />
        <label for={input.id}>{label}</label>
      </div>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A one-line text or number input at a draft path (numbers as text, so a typo is shown as typed). */
export function textInput(
  form: DraftForm,
  kind: 't' | 'n',
  path: Path,
  label: string,
  options: { hint?: string; required?: boolean; type?: 'text' | 'email' } = {},
) {
  const input = form.input(kind, path);
  return (
    <TextInput
      id={input.id}
      name={input.name}
      label={label}
      value={input.value}
      error={input.error}
      hint={options.hint}
      required={options.required}
      type={options.type}
    />
  );
}
