import { ENGLISH_NAMES, isLocale } from '../../i18n/locales.ts';
import { valueAt } from './path.ts';

/**
 * Names for places in a draft as staff read them in an error summary or a change log:
 * `Field 3 (age_group), label in English`, `Stage 1 (experts), approver 2, email`.
 */

const TOP: Partial<Record<string, string>> = {
  id: 'Id',
  slug: 'Web address (slug)',
  defaultLanguage: 'Default language',
  languages: 'Languages',
  opens: 'Opens',
  closes: 'Closes',
  retentionDays: 'Days personal data is kept',
  title: 'Title',
  intro: 'Introduction',
  thankYou: 'Thank-you text',
  contact: 'Contact',
  fields: 'Fields',
  workflow: 'Workflow',
};

const INNER: Partial<Record<string, string>> = {
  email: 'email',
  name: 'name',
  label: 'label',
  hint: 'hint',
  text: 'text',
  type: 'type',
  required: 'required',
  personal: 'personal data',
  showIf: 'condition',
  field: 'field',
  equals: 'answer',
  minLength: 'minimum length',
  maxLength: 'maximum length',
  pattern: 'pattern',
  regex: 'regular expression',
  message: 'message',
  autocomplete: 'autocomplete',
  rows: 'rows',
  min: 'minimum',
  max: 'maximum',
  integer: 'whole numbers only',
  options: 'options',
  value: 'value',
  minSelected: 'fewest choices',
  maxSelected: 'most choices',
  minLabel: 'label of the lowest value',
  maxLabel: 'label of the highest value',
  stages: 'stages',
  approvers: 'approvers',
  language: 'language',
  rule: 'rule',
  quorum: 'quorum',
  decisions: 'decisions',
  onReject: 'on rejection',
  returnTo: 'return to',
  remindAfterDays: 'reminder after days',
  notify: 'notifications',
  submitter: 'notify the submitter',
  department: 'notify the department',
};

/** What a numbered list entry is called, by the list's key. */
const ENTRY: Partial<Record<string, string>> = {
  fields: 'Field',
  options: 'option',
  stages: 'Stage',
  approvers: 'approver',
  languages: 'language',
  decisions: 'decision',
  equals: 'answer',
};

/** The English name of a language code, or the code itself when it is none. */
export function languageName(code: string): string {
  return isLocale(code) ? ENGLISH_NAMES[code] : `"${code}"`;
}

/**
 * The name of a place in the draft, e.g. `Field 3 (age_group), label in English`. Fields and stages
 * are numbered from 1 and named by their id (a field without one by its type).
 */
export function describePath(path: readonly (string | number)[], draft: unknown): string {
  const parts: string[] = [];
  let language = '';
  path.forEach((segment, i) => {
    const parent = path[i - 1];
    if (typeof segment === 'number') {
      const entry = (typeof parent === 'string' && ENTRY[parent]) || 'entry';
      const item = valueAt(draft, path.slice(0, i + 1));
      const id = valueAt(item, ['id']) ?? (parent === 'fields' ? valueAt(item, ['type']) : undefined);
      const named = typeof id === 'string' && id && (parent === 'fields' || parent === 'stages');
      parts.splice(-1, 1, `${entry} ${segment + 1}${named ? ` (${id})` : ''}`);
      return;
    }
    if (i === path.length - 1 && i > 0 && isLocale(segment) && !INNER[segment]) {
      language = ` in ${ENGLISH_NAMES[segment]}`;
      return;
    }
    if (i === 0) parts.push(TOP[segment] ?? segment);
    else if (path[0] === 'contact' && i === 1) parts.splice(-1, 1, `Contact ${INNER[segment] ?? segment}`);
    else parts.push(INNER[segment] ?? segment);
  });
  // A stage names itself; "Workflow, Stage 1 (experts)" would say it twice.
  if (parts[0] === TOP.workflow && parts[1]?.startsWith(`${ENTRY.stages} `)) parts.shift();
  const named = parts.join(', ');
  return `${named.charAt(0).toUpperCase()}${named.slice(1)}${language}`;
}
