import type { ComponentChildren } from 'preact';

/*
 * Form parts of the staff pages (English). Every control has a visible label; a hint and an error
 * are linked to it with aria-describedby, an error also sets aria-invalid. Class names are those
 * of the public stylesheet (BASE_STYLE) plus ADMIN_STYLE.
 */

/** The hidden field every staff POST carries: the session's CSRF token. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** One problem of a form: the message and the `#id` of the input it is about. */
export interface SummaryIssue {
  href: string;
  message: string;
}

/** The list of a form's problems at the top of the page, each a link to its input; nothing when there are none. */
export function ErrorSummary({ issues, title }: { issues: readonly SummaryIssue[]; title?: string }) {
  if (issues.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="error-summary-title">
      <h2 class="error-summary__title" id="error-summary-title">
        {title ?? 'There is a problem'}
      </h2>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.href}-${index}`}>
            <a href={issue.href}>{issue.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldTextProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

export interface TextInputProps extends FieldTextProps {
  name: string;
  value?: string | undefined;
  type?: 'text' | 'email' | 'url' | 'number' | 'date' | 'datetime-local' | undefined;
  /** Shown in the label and announced; the browser does not enforce it, so drafts save while incomplete. */
  required?: boolean | undefined;
  autocomplete?: string | undefined;
  /** The language and direction of the value (e.g. a title in Arabic). */
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
}

export interface TextAreaProps extends Omit<TextInputProps, 'type' | 'autocomplete'> {
  rows?: number | undefined;
  autocomplete?: string | undefined;
}

function describedBy({ id, hint, error }: FieldTextProps): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame(props: FieldTextProps & { required?: boolean | undefined; children: ComponentChildren }) {
  const { id, label, hint, error, required, children } = props;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label class="label" for={id}>
        {label}
        {required && <span class="marker"> (required)</span>}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

function FieldNotes({ id, hint, error }: Omit<FieldTextProps, 'label'>) {
  return (
    <>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

function controlState(props: FieldTextProps & { required?: boolean | undefined }) {
  return {
    id: props.id,
    'aria-describedby': describedBy(props),
    ...(props.error ? { 'aria-invalid': 'true' as const } : {}),
    ...(props.required ? { 'aria-required': 'true' as const } : {}),
  };
}

/** A single-line input with its label, hint and error. */
export function TextInput(props: TextInputProps) {
  const { name, value, type, autocomplete, lang, dir } = props;
  const short = type === 'number' || type === 'date' || type === 'datetime-local';
  return (
    <FieldFrame {...props}>
      <input
        class={short ? 'input input--short' : 'input'}
        // Preact types an input's attributes per `type`; those set here are valid for every listed type.
        type={(type ?? 'text') as 'text'}
        name={name}
        value={value ?? ''}
        autocomplete={autocomplete}
        spellcheck={type === 'email' || type === 'url' ? false : undefined}
        lang={lang}
        dir={dir}
        {...controlState(props)}
      />
    </FieldFrame>
  );
}

/** A multi-line input with its label, hint and error. */
export function TextArea(props: TextAreaProps) {
  const { name, value, rows, autocomplete, lang, dir } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        class="textarea"
        name={name}
        rows={rows ?? 5}
        autocomplete={autocomplete}
        lang={lang}
        dir={dir}
        value={value ?? ''}
        {...controlState(props)}
      />
    </FieldFrame>
  );
}

/** A value and the text shown for it. */
export interface Choice {
  value: string;
  label: string;
}

/** A drop-down list with its label, hint and error. */
export function SelectInput(
  props: FieldTextProps & { name: string; options: readonly Choice[]; value?: string | undefined },
) {
  const { name, options, value } = props;
  return (
    <FieldFrame {...props}>
      <select class="select" name={name} {...controlState(props)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * Checkboxes under one name in a fieldset. A hidden empty value goes first, so a form with none
 * ticked still posts the name and clears the list (the draft codec drops empty values). The first
 * box's id is `id` (default: one made of the name), the target of an error summary link; the others
 * are `<id>-<value>`.
 */
export function CheckboxGroup(props: {
  legend: string;
  name: string;
  options: readonly Choice[];
  values: readonly string[];
  hint?: string | undefined;
  error?: string | undefined;
  id?: string | undefined;
}) {
  const { legend, name, options, values, hint, error } = props;
  const id = props.id ?? idFromName(name);
  const described = describedBy({ id, label: legend, hint, error });
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={described}>
        <legend class="legend">{legend}</legend>
        <FieldNotes id={id} hint={hint} error={error} />
        <input type="hidden" name={name} value="" />
        <div class="checkboxes">
          {options.map((option, index) => {
            const boxId = index === 0 ? id : `${id}-${option.value.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
            return (
              <div class="choice" key={option.value}>
                <input
                  type="checkbox"
                  id={boxId}
                  name={name}
                  value={option.value}
                  checked={values.includes(option.value)}
                />
                <label for={boxId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A submit button; `name`/`value` tell the handler which action was asked for. */
export function ActionButton(props: {
  name?: string | undefined;
  value?: string | undefined;
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'danger' | undefined;
}) {
  const variant = props.variant ?? 'primary';
  const className = variant === 'primary' ? 'button' : `button button--${variant}`;
  return (
    <button type="submit" class={className} name={props.name} value={props.value}>
      {props.children}
    </button>
  );
}

/** The lifecycle status of a consultation. */
export type ConsultationStatus = 'draft' | 'scheduled' | 'open' | 'closed';

const STATUS_LABELS: Record<ConsultationStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  open: 'Open',
  closed: 'Closed',
};

/** A consultation's status as a tag (text, not colour alone, carries the meaning). */
export function StatusTag({ status }: { status: ConsultationStatus }) {
  return <strong class={`tag tag--${status}`}>{STATUS_LABELS[status]}</strong>;
}

/** An HTML id made of a form name (e.g. `l:languages` → `l-languages`). */
export function idFromName(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[A-Za-z]/.test(id) ? id : `f-${id}`;
}
