import * as z from 'zod';
import { authoredConsultationSchema } from '../../definition/authored.ts';
import { ENGLISH_NAMES, isLocale, LOCALES } from '../../i18n/locales.ts';
import { describePath, languageName } from './naming.ts';
import { type DraftPath, isRecord, valueAt } from './path.ts';
import {
  declaredLanguages,
  hasText,
  isLocalizedSchema,
  localizedTextsOf,
  resolvedSchemaAt,
} from './schema-walk.ts';

/**
 * What is still wrong with a draft, in words a department clerk understands ("Enter the English
 * text", "Add at least 2 options"), at the place of the input that fixes it. The check is the
 * publishing check itself (consultationSchema); missing translations are found separately, because
 * the schema only looks at them once everything else is valid, and staff should see all at once.
 */

/** The editor page an input lives on. */
export const DRAFT_SECTIONS = ['settings', 'texts', 'fields', 'workflow'] as const;
export type DraftSection = (typeof DRAFT_SECTIONS)[number];

/** One problem: `message` goes next to the input, `summary` (naming the input) into the error summary. */
export interface DraftIssue {
  path: DraftPath;
  section: DraftSection;
  message: string;
  summary: string;
}

const SECTION_OF: Partial<Record<string, DraftSection>> = {
  title: 'texts',
  intro: 'texts',
  thankYou: 'texts',
  fields: 'fields',
  workflow: 'workflow',
};

/** The section of a path: texts, fields and workflow by their top-level key, everything else settings. */
export function sectionOf(path: readonly (string | number)[]): DraftSection {
  const top = path[0];
  return (typeof top === 'string' && SECTION_OF[top]) || 'settings';
}

/** Every problem that keeps the draft from being published, in the order of the editor's pages. */
export function draftIssues(draft: Record<string, unknown>): DraftIssue[] {
  const parsed = authoredConsultationSchema.safeParse(draft);
  const problems = parsed.success ? [] : parsed.error.issues.flatMap((issue) => problemsOf(issue, draft));
  problems.push(...translationProblems(draft));
  const seen = new Set<string>();
  const issues: { issue: DraftIssue; order: number[] }[] = [];
  for (const { path, message, summary } of problems) {
    const key = `${JSON.stringify(path)} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const issue = {
      path,
      section: sectionOf(path),
      message,
      summary: `${describePath(path, draft)}: ${summary ?? lowerFirst(message)}`,
    };
    issues.push({ issue, order: [DRAFT_SECTIONS.indexOf(issue.section), ...orderOf(path, draft)] });
  }
  return issues.sort((a, b) => compareOrder(a.order, b.order)).map(({ issue }) => issue);
}

type Problem = { path: DraftPath; message: string; summary?: string };

const EMAIL = 'Enter an email address like name@example.org';
const DATE_TIME = 'Enter a date and time like 2026-05-01T00:00:00+02:00';
const DATE = 'Enter a date like 2026-05-31';
const RULE = 'Choose when the stage approves: any, all, majority or a quorum';
const ON_REJECT = 'Choose what a rejection does: end, or return to an earlier stage';

/** Messages for a value that is missing or empty, by the key it belongs to. */
const MISSING: Partial<Record<string, string>> = {
  email: EMAIL,
  opens: DATE_TIME,
  closes: DATE_TIME,
  slug: 'Enter a web address like tree-survey',
  value: 'Enter a value like yes or 18-29',
  name: 'Enter the name',
  regex: 'Enter a regular expression',
  field: 'Choose the question this one depends on',
  equals: 'Choose the answer',
  language: 'Choose a language',
  defaultLanguage: 'Choose the default language',
  type: 'Choose a field type',
  rule: RULE,
  onReject: ON_REJECT,
  returnTo: 'Choose the stage to return to',
  contact: 'Enter the contact details',
};

/** Messages for a list that is too short, by its key (`min` is the least number of entries). */
const TOO_FEW: Partial<Record<string, (min: number) => string>> = {
  languages: () => 'Choose at least one language',
  fields: () => 'Add at least one field',
  options: (min) => `Add at least ${min} options`,
  approvers: () => 'Add at least one approver',
  stages: () => 'Add at least one stage',
  decisions: () => 'Choose at least one decision',
  equals: () => 'Choose at least one answer',
};

/** Messages for a value that is not one of a fixed list, by its key. */
const NOT_ALLOWED: Partial<Record<string, string>> = {
  defaultLanguage: 'Choose one of the languages',
  language: 'Choose a language',
  languages: 'Choose languages from the list',
  decisions: 'Choose approve, reject or send back',
};

/** Messages for a text of the wrong form when the schema has no readable one of its own. */
const FORMAT: Partial<Record<string, string>> = {
  autocomplete: 'Use only lowercase letters, spaces and -, e.g. postal-code',
};

/** The schema's own messages that name keys of the file format, said without them. */
const REWORDED: Partial<Record<string, string>> = {
  'must be after "opens"': 'Must be after the opening time',
  'must not be larger than maxLength': 'Must not be larger than the maximum length',
  'must not be larger than max': 'Must not be larger than the maximum',
  'must not be after max': 'Must not be after the latest date',
  'must not be larger than maxSelected': 'Must not be larger than the most choices',
  'needs at least one field that takes an answer':
    'Add at least one field that takes an answer (not only headings and paragraphs)',
  'must include approve': 'Approve must be one of the decisions',
  'lists a language twice': 'Lists a language twice',
};

function problemsOf(issue: z.core.$ZodIssue, draft: unknown): Problem[] {
  const path: DraftPath = issue.path.map((segment) =>
    typeof segment === 'symbol' ? String(segment) : segment,
  );
  const value = valueAt(draft, path);
  const schema = resolvedSchemaAt(path, draft);
  const key = keyOf(path);
  const language = languageAt(path, draft);
  const one = (message: string): Problem[] => [{ path, message }];
  const textMessage = (code: string) => one(`Enter the ${languageName(code)} text`).map(asTextProblem);

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((unknown) => ({
        path: [...path, unknown],
        message: isLocalizedSchema(schema)
          ? `"${unknown}" is not a language code; remove this text`
          : `Unknown setting "${unknown}"; remove it`,
      }));
    case 'invalid_type':
      if (language) return textMessage(language);
      // A missing text in several languages: translationProblems names each missing language.
      if (isLocalizedSchema(schema)) return isBlank(value) ? [] : one('Enter a text for each language');
      return one(isBlank(value) ? missing(path, schema, issue.expected) : wrongType(schema, issue.expected));
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        if (language) return textMessage(language);
        if (small && isBlank(value)) return one(missing(path, schema, 'string'));
        return one(`Use ${small ? 'at least' : 'at most'} ${limit} characters`);
      }
      if (issue.origin === 'array') {
        if (!small) return one(`Choose at most ${limit}`);
        const few = TOO_FEW[key];
        return one(few ? few(limit) : `Add at least ${limit} entries`);
      }
      return one(numberMessage(schema, issue.origin === 'int'));
    }
    case 'invalid_format':
      if (issue.format === 'email') return one(EMAIL);
      if (issue.format === 'datetime') return one(DATE_TIME);
      if (issue.format === 'date') return one(DATE);
      if (isBlank(value)) return one(missing(path, schema, 'string'));
      return one(
        FORMAT[key] ?? (isOwn(issue.message) ? upperFirst(issue.message) : 'Check the form of this value'),
      );
    case 'invalid_value':
      return one(NOT_ALLOWED[key] ?? `Choose one of: ${issue.values.map(String).join(', ')}`);
    case 'invalid_union':
      if (issue.discriminator === 'type') return one('Choose a field type');
      return one(MISSING[key] ?? upperFirst(issue.message));
    case 'custom':
      return customProblems(issue.message, path, key, draft);
    default:
      return one(upperFirst(issue.message));
  }
}

function customProblems(message: string, path: DraftPath, key: string, draft: unknown): Problem[] {
  const one = (text: string): Problem[] => [{ path, message: text }];
  // Translations: translationProblems names every missing language at its own input.
  if (message.startsWith('is missing the translation')) return [];
  // With no fields at all, "Add at least one field" says it already.
  const fields = valueAt(draft, ['fields']);
  if (message === 'needs at least one field that takes an answer' && Array.isArray(fields) && !fields.length)
    return [];
  if (key === 'rule' && !message.startsWith('unknown key')) return one(RULE);
  if (key === 'onReject' && !message.startsWith('unknown key')) return one(ON_REJECT);
  const unknownKey = /^unknown key "([^"]+)"/.exec(message);
  if (unknownKey) return [{ path, message: `Unknown setting "${unknownKey[1]}"; remove it` }];
  if (message.startsWith('must include the default language')) {
    const code = valueAt(draft, ['defaultLanguage']);
    return one(`Must include the default language (${languageName(String(code))})`);
  }
  if (message.startsWith('has text in ')) {
    // With no valid languages listed, the problem is the list, which has its own message.
    if (!declaredLanguages(draft).length) return [];
    const listed = message.slice(0, message.indexOf(', which'));
    const codes = [...listed.matchAll(/"([^"]+)"/g)].map((match) => languageName(match[1] ?? ''));
    return one(
      `Has text in ${codes.slice(0, -1).join(', ')}${codes.length > 1 ? ' and ' : ''}${codes.at(-1) ?? ''}, which is not one of the languages; remove it`,
    );
  }
  if (key === 'language' && message.includes("is not one of the consultation's languages"))
    return one('Choose one of the consultation’s languages');
  if (message.startsWith('is true, but the form has no email field'))
    return one('Add an email field to the form, or do not notify the submitter');
  if (message.includes('the first stage has no earlier stage'))
    return one('The first stage has no earlier stage to return to; choose "end"');
  return one(REWORDED[message] ?? upperFirst(message));
}

/** One problem per declared language a text lacks, at that language's input. */
function translationProblems(draft: unknown): Problem[] {
  const languages = declaredLanguages(draft);
  return localizedTextsOf(draft).flatMap(({ path, value }) => {
    if (value !== undefined && !isRecord(value)) return [];
    return languages
      .filter((language) => !hasText(value, language))
      .map((language) =>
        asTextProblem({ path: [...path, language], message: `Enter the ${ENGLISH_NAMES[language]} text` }),
      );
  });
}

/** A text's summary names the language already ("label in English: enter the text"). */
function asTextProblem(problem: Problem): Problem {
  return { ...problem, summary: 'enter the text' };
}

function missing(path: DraftPath, schema: z.core.$ZodType | undefined, expected: string): string {
  const key = keyOf(path);
  if (key === 'id')
    return path[0] === 'workflow' ? 'Enter an id like expert-group' : 'Enter an id like age_group';
  const few = TOO_FEW[key];
  if (few && typeof path[path.length - 1] === 'string') return few(key === 'options' ? 2 : 1);
  const known = MISSING[key];
  if (known) return known;
  if (schema instanceof z.ZodNumber) return numberMessage(schema, expected === 'int');
  if (schema instanceof z.ZodBoolean || expected === 'boolean') return 'Choose yes or no';
  if (schema instanceof z.ZodEmail) return EMAIL;
  if (schema instanceof z.ZodISODateTime) return DATE_TIME;
  if (schema instanceof z.ZodISODate) return DATE;
  if (expected === 'array') return 'Add at least one entry';
  if (expected === 'object') return 'Fill in this part';
  return 'Enter the text';
}

function wrongType(schema: z.core.$ZodType | undefined, expected: string): string {
  if (schema instanceof z.ZodNumber || expected === 'number' || expected === 'int')
    return numberMessage(schema, expected === 'int');
  if (expected === 'boolean') return 'Choose yes or no';
  if (expected === 'array') return 'Choose from the list';
  return 'Enter the text';
}

/** "Enter a whole number from 1 to 3650", with the bounds the schema has. */
function numberMessage(schema: z.core.$ZodType | undefined, int: boolean): string {
  const bounded = (n: number | null | undefined) =>
    typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined;
  const number = schema instanceof z.ZodNumber ? schema : undefined;
  const kind = int || number?.isInt ? 'whole number' : 'number';
  const [min, max] = [bounded(number?.minValue), bounded(number?.maxValue)];
  if (min !== undefined && max !== undefined) return `Enter a ${kind} from ${min} to ${max}`;
  if (min !== undefined) return `Enter a ${kind} of at least ${min}`;
  if (max !== undefined) return `Enter a ${kind} of at most ${max}`;
  return `Enter a ${kind}`;
}

/** The language code when `path` is one language of a text in several languages. */
function languageAt(path: DraftPath, draft: unknown): string | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string' || !isLocale(last)) return undefined;
  return isLocalizedSchema(resolvedSchemaAt(path.slice(0, -1), draft)) ? last : undefined;
}

/** The key a value belongs to: the last key of the path, or the list's key for a list entry. */
function keyOf(path: DraftPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return '';
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The schema's own messages are lowercase predicates ("must …"); zod's defaults start uppercase. */
function isOwn(message: string): boolean {
  return !/^[A-Z]/.test(message);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Sort key of a path: list indexes, and keys by their place in the schema (languages in the draft's order). */
function orderOf(path: DraftPath, draft: unknown): number[] {
  const languages = declaredLanguages(draft);
  return path.map((segment, i) => {
    if (typeof segment === 'number') return segment;
    const prefix = path.slice(0, i);
    const container = resolvedSchemaAt(prefix, draft);
    if (isLocalizedSchema(container)) {
      const declared = languages.indexOf(segment as never);
      return declared >= 0 ? declared : 100 + LOCALES.indexOf(segment as never);
    }
    if (container instanceof z.ZodObject) {
      const index = Object.keys(container.shape).indexOf(segment);
      if (index >= 0) return index;
    }
    return 1000;
  });
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff) return diff;
  }
  return a.length - b.length;
}
