import { type CreateRequest, createDepartment } from '../../shared/admin/create-plan.ts';
import type { StaffMember } from '../../shared/admin/roles.ts';
import { formValue, formValues } from '../../shared/answers/form-body.ts';
import type { FormBody } from '../../shared/answers/types.ts';
import { parseDefinitionYaml } from '../../shared/definition/load.ts';
import { consultationSchema, localeSchema } from '../../shared/definition/schema.ts';
import {
  CREATE_MODES,
  type CreateAttempt,
  type CreateMode,
} from '../../shared/views/admin/consultations/index.ts';

export type { CreateRequest };

export type CreateFormResult = { ok: true; request: CreateRequest } | { ok: false; attempt: CreateAttempt };

const ID_MESSAGE =
  'use lowercase letters, digits and single hyphens (at most 60 characters), e.g. radweg-2026';

/**
 * Reads the POST of one of the new-consultation forms (`_mode`). Every problem is reported at once,
 * next to its input; an import must pass the same check as `forms:check`.
 */
export function parseCreateForm(body: FormBody, member: StaffMember): CreateFormResult {
  const text = (name: string): string => {
    const value = formValue(body, name);
    return (typeof value === 'string' ? value : (value?.[0] ?? '')).trim();
  };
  const modeValue = text('_mode');
  const mode: CreateMode = (CREATE_MODES as readonly string[]).includes(modeValue)
    ? (modeValue as CreateMode)
    : 'scratch';
  const errors: Record<string, string> = {};
  const values: Record<string, string | string[]> = {};
  for (const name of ['id', 'slug', 'department', 'defaultLanguage', 'template'])
    if (text(name) !== '') values[name] = text(name);
  values.languages = formValues(body, 'languages').filter((value) => value !== '');

  // Editors always create in their own department (shared/admin/create-plan.ts).
  const owner = createDepartment(member, text('department'));
  if (!owner.ok) errors.department = owner.message;
  const department = owner.ok ? owner.department : undefined;
  const fail = (yamlErrors?: string[]): CreateFormResult => ({
    ok: false,
    attempt: { mode, values, errors, ...(yamlErrors ? { yamlErrors } : {}) },
  });

  if (mode === 'import') {
    const file = text('file');
    const yaml = file !== '' ? formValueText(body, 'file') : formValueText(body, 'yaml');
    values.yaml = yaml;
    if (yaml.trim() === '') {
      errors.yaml = 'choose a YAML file or paste its text';
      return fail();
    }
    const parsed = parseDefinitionYaml(yaml, 'import.yaml');
    if (!parsed.ok) {
      errors.yaml = `the YAML is not a valid consultation (${parsed.errors.length} ${parsed.errors.length === 1 ? 'problem' : 'problems'}, listed above)`;
      return fail(parsed.errors.map((e) => `${e.line}:${e.column} ${e.path || '(file)'} ${e.message}`));
    }
    if (Object.keys(errors).length > 0) return fail();
    return { ok: true, request: { mode, department, definition: parsed.definition } };
  }

  const id = text('id');
  const slug = text('slug');
  if (id === '') errors.id = 'enter a technical id';
  else if (!consultationSchema.shape.id.safeParse(id).success) errors.id = ID_MESSAGE;
  if (slug === '') errors.slug = 'enter a web address';
  else if (!consultationSchema.shape.slug.safeParse(slug).success) errors.slug = ID_MESSAGE;

  if (mode === 'template') {
    const templateId = text('template');
    if (templateId === '') errors.template = 'choose the consultation to copy';
    // It names table keys: one that cannot be a consultation id is never read.
    else if (!consultationSchema.shape.id.safeParse(templateId).success)
      errors.template = 'is not the id of a consultation';
    if (Object.keys(errors).length > 0) return fail();
    return { ok: true, request: { mode, department, id, slug, templateId } };
  }

  const languages = [...new Set(formValues(body, 'languages'))].flatMap((value) => {
    const parsed = localeSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  if (languages.length === 0) errors.languages = 'choose at least one language';
  const defaultLanguage = localeSchema.safeParse(text('defaultLanguage'));
  if (!defaultLanguage.success) errors.defaultLanguage = 'choose the default language';
  else if (languages.length > 0 && !languages.includes(defaultLanguage.data))
    errors.defaultLanguage = 'must be one of the chosen languages';
  if (Object.keys(errors).length > 0 || !defaultLanguage.success) return fail();
  return {
    ok: true,
    request: { mode: 'scratch', department, id, slug, languages, defaultLanguage: defaultLanguage.data },
  };
}

/** A posted text as sent (untrimmed: YAML indentation matters). */
function formValueText(body: FormBody, name: string): string {
  const value = formValue(body, name);
  return typeof value === 'string' ? value : (value?.[0] ?? '');
}
