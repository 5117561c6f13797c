import type { Locale } from '../../../i18n/locales.ts';
import type { RenderedPage } from '../../document.tsx';
import {
  ActionButton,
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  SelectInput,
  TextArea,
  TextInput,
} from '../components.tsx';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';
import { LANGUAGE_OPTIONS } from './format.ts';

/** The three ways to create a consultation; the POST names one in `_mode`. */
export const CREATE_MODES = ['scratch', 'template', 'import'] as const;
export type CreateMode = (typeof CREATE_MODES)[number];

/** A published consultation offered as a template. */
export interface TemplateOption {
  id: string;
  title: string;
  titleLang: Locale;
}

/** What the forms of the new-consultation page show again after a refused POST. */
export interface CreateAttempt {
  mode: CreateMode;
  values: Readonly<Record<string, string | readonly string[]>>;
  /** Messages by input name (`id`, `slug`, `department`, `languages`, `defaultLanguage`, `template`, `yaml`). */
  errors: Readonly<Record<string, string>>;
  /** Import only: every problem of the YAML as `line:column path message`. */
  yamlErrors?: readonly string[] | undefined;
}

export interface NewConsultationPageInput {
  chrome: AdminChrome;
  /** Admins choose the department (empty: admins only); editors create in theirs. */
  department: { kind: 'choose' } | { kind: 'fixed'; department: string };
  templates: readonly TemplateOption[];
  attempt?: CreateAttempt | undefined;
}

/** Id of an input of one of the page's forms, e.g. `scratch-slug`. */
export function createInputId(mode: CreateMode, name: string): string {
  return `${mode}-${name}`;
}

const LABELS: Record<string, string> = {
  id: 'Technical id',
  slug: 'Web address (slug)',
  department: 'Department',
  languages: 'Languages',
  defaultLanguage: 'Default language',
  template: 'Template',
  yaml: 'YAML',
};

/** The page to create a consultation: from scratch, as a copy of a published one, or from YAML. */
export function renderNewConsultationPage(input: NewConsultationPageInput): RenderedPage {
  const { attempt } = input;
  const summary = attempt
    ? Object.entries(attempt.errors).map(([name, message]) => ({
        href: `#${createInputId(attempt.mode, name)}`,
        message: `${LABELS[name] ?? name}: ${message}`,
      }))
    : [];
  return renderAdminPage({
    title: summary.length > 0 ? 'Error: New consultation' : 'New consultation',
    chrome: input.chrome,
    children: (
      <>
        <ErrorSummary issues={summary} />
        <h1>New consultation</h1>
        <p>
          A new consultation starts as a draft: nothing is public until you publish it. The technical id never
          changes; the web address (slug) can be changed until it is published.
        </p>
        <ScratchForm {...input} />
        <TemplateForm {...input} />
        <ImportForm {...input} />
      </>
    ),
  });
}

type FormProps = NewConsultationPageInput;

/** Values and errors of `mode`'s form: only the form that was posted shows them. */
function attemptOf(attempt: CreateAttempt | undefined, mode: CreateMode) {
  const mine = attempt?.mode === mode ? attempt : undefined;
  const value = (name: string): string => {
    const raw = mine?.values[name];
    return typeof raw === 'string' ? raw : '';
  };
  const values = (name: string): string[] => {
    const raw = mine?.values[name];
    return raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...raw];
  };
  const error = (name: string): string | undefined => mine?.errors[name];
  return { mine, value, values, error };
}

function IdAndSlug({ mode, attempt }: { mode: CreateMode; attempt: CreateAttempt | undefined }) {
  const { value, error } = attemptOf(attempt, mode);
  return (
    <>
      <TextInput
        id={createInputId(mode, 'id')}
        name="id"
        label={LABELS.id ?? 'id'}
        hint="Lowercase letters, digits and single hyphens, e.g. radweg-umfrage-2026. It never changes."
        value={value('id')}
        error={error('id')}
        required
      />
      <TextInput
        id={createInputId(mode, 'slug')}
        name="slug"
        label={LABELS.slug ?? 'slug'}
        hint="The public address is /c/<slug>. Lowercase letters, digits and single hyphens."
        value={value('slug')}
        error={error('slug')}
        required
      />
    </>
  );
}

function DepartmentInput({ mode, department, attempt }: FormProps & { mode: CreateMode }) {
  const { value, error } = attemptOf(attempt, mode);
  if (department.kind === 'fixed')
    return (
      <p>
        Department: <strong>{department.department}</strong> (yours)
      </p>
    );
  return (
    <TextInput
      id={createInputId(mode, 'department')}
      name="department"
      label={LABELS.department ?? 'department'}
      hint="The department that owns it, e.g. integration. Leave empty to keep it for admins only."
      value={value('department')}
      error={error('department')}
    />
  );
}

function ScratchForm(props: FormProps) {
  const mode = 'scratch';
  const { mine, value, values, error } = attemptOf(props.attempt, mode);
  const languages = mine ? values('languages') : ['de'];
  return (
    <section aria-labelledby="scratch-title">
      <h2 id="scratch-title">Start from scratch</h2>
      <form method="post" action="/admin/consultations" novalidate>
        <CsrfField token={props.chrome.csrfToken ?? ''} />
        <input type="hidden" name="_mode" value={mode} />
        <IdAndSlug mode={mode} attempt={props.attempt} />
        <DepartmentInput {...props} mode={mode} />
        <CheckboxGroup
          legend={LABELS.languages ?? 'languages'}
          name="languages"
          id={createInputId(mode, 'languages')}
          options={LANGUAGE_OPTIONS}
          values={languages}
          hint="Every text of the consultation is needed in each of these languages."
          error={error('languages')}
        />
        <SelectInput
          id={createInputId(mode, 'defaultLanguage')}
          name="defaultLanguage"
          label={LABELS.defaultLanguage ?? 'defaultLanguage'}
          options={LANGUAGE_OPTIONS}
          value={value('defaultLanguage') || 'de'}
          error={error('defaultLanguage')}
        />
        <ActionButton variant="primary">Create draft</ActionButton>
      </form>
    </section>
  );
}

function TemplateForm(props: FormProps) {
  const mode = 'template';
  const { value, error } = attemptOf(props.attempt, mode);
  return (
    <section aria-labelledby="template-title">
      <h2 id="template-title">Copy a published consultation</h2>
      {props.templates.length === 0 ? (
        <p>No consultation has been published yet.</p>
      ) : (
        <form method="post" action="/admin/consultations" novalidate>
          <CsrfField token={props.chrome.csrfToken ?? ''} />
          <input type="hidden" name="_mode" value={mode} />
          <SelectInput
            id={createInputId(mode, 'template')}
            name="template"
            label={LABELS.template ?? 'template'}
            hint="Texts, fields and workflow are copied; the dates start tomorrow and run for four weeks."
            options={props.templates.map((template) => ({
              value: template.id,
              label: `${template.title} (${template.id})`,
            }))}
            value={value('template')}
            error={error('template')}
          />
          <IdAndSlug mode={mode} attempt={props.attempt} />
          <DepartmentInput {...props} mode={mode} />
          <ActionButton variant="primary">Copy into a new draft</ActionButton>
        </form>
      )}
    </section>
  );
}

function ImportForm(props: FormProps) {
  const mode = 'import';
  const { mine, value, error } = attemptOf(props.attempt, mode);
  const fileId = createInputId(mode, 'file');
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import a YAML file</h2>
      <p>
        The file must be a complete definition, as in the forms folder: id, slug, languages, dates, texts and
        fields. It is checked like <code>npm run forms:check</code> does.
      </p>
      {mine?.yamlErrors && mine.yamlErrors.length > 0 && (
        <div class="error-list" id="import-yaml-errors">
          <h3>
            The YAML has {mine.yamlErrors.length === 1 ? 'a problem' : `${mine.yamlErrors.length} problems`}
          </h3>
          <ul>
            {mine.yamlErrors.map((line) => (
              <li key={line}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action="/admin/consultations" enctype="multipart/form-data" novalidate>
        <CsrfField token={props.chrome.csrfToken ?? ''} />
        <input type="hidden" name="_mode" value={mode} />
        <div class="field">
          <label class="label" for={fileId}>
            YAML file
          </label>
          <input
            class="file"
            type="file"
            id={fileId}
            name="file"
            accept=".yaml,.yml,application/yaml,text/yaml"
          />
        </div>
        <TextArea
          id={createInputId(mode, 'yaml')}
          name="yaml"
          label="Or paste the YAML here"
          hint="Used when no file is chosen."
          rows={12}
          value={value('yaml')}
          error={error('yaml')}
          lang="en"
          dir="ltr"
        />
        <DepartmentInput {...props} mode={mode} />
        <ActionButton variant="primary">Import into a new draft</ActionButton>
      </form>
    </section>
  );
}
