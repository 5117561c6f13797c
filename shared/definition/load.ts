import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import { authoredConsultationSchema } from './authored.ts';
import { type Consultation, consultationSchema } from './schema.ts';

/** One problem in a definition file, located at the YAML node it is about. */
export type DefinitionError = {
  file: string;
  line: number;
  column: number;
  /** Where in the definition, e.g. `fields[2].label.en`; empty for the whole file. */
  path: string;
  message: string;
};

export type DefinitionParseResult =
  | { ok: true; definition: Consultation }
  | { ok: false; errors: DefinitionError[] };

type Path = readonly PropertyKey[];
type Locate = (path: Path, atKey?: boolean) => { line: number; column: number };
type Problem = { path: Path; message: string; atKey?: boolean };

/** Parses and validates one consultation definition (YAML text); every error carries line, column and path. */
export function parseDefinitionYaml(text: string, file: string): DefinitionParseResult {
  return parseWithLocator(text, file).result;
}

/** Loads every *.yaml / *.yml file of a folder; collects all errors and rejects ids or slugs used twice. */
export async function loadDefinitionsFromDir(dir: string): Promise<LoadedDefinitions> {
  const names = (await readdir(dir)).filter((name) => /^[^.].*\.ya?ml$/.test(name)).sort();
  return loadDefinitionFiles(names.map((name) => join(dir, name)));
}

export type LoadedDefinitions = {
  definitions: { file: string; definition: Consultation }[];
  errors: DefinitionError[];
};

/** Loads the given definition files (as named) and checks that ids and slugs are unique across them. */
export async function loadDefinitionFiles(files: readonly string[]): Promise<LoadedDefinitions> {
  const loaded: LoadedDefinitions = { definitions: [], errors: [] };
  const owners = { id: new Map<string, string>(), slug: new Map<string, string>() };
  for (const file of files) {
    const { result, locate } = parseWithLocator(await readFile(file, 'utf8'), file);
    if (!result.ok) {
      loaded.errors.push(...result.errors);
      continue;
    }
    const clashes = (['id', 'slug'] as const).flatMap((key) => {
      const owner = owners[key].get(result.definition[key]);
      if (owner === undefined) return [];
      const message = `"${result.definition[key]}" is already the ${key} of ${owner}; every form needs its own ${key}`;
      return [{ file, ...locate([key]), path: key, message }];
    });
    if (clashes.length) {
      loaded.errors.push(...clashes);
      continue;
    }
    owners.id.set(result.definition.id, file);
    owners.slug.set(result.definition.slug, file);
    loaded.definitions.push({ file, definition: result.definition });
  }
  return loaded;
}

/** A YAML file checked against a schema: the parsed value, or every error with line, column and path. */
export type YamlParseResult<T> = { ok: true; value: T } | { ok: false; errors: DefinitionError[] };

/** Parses and validates a YAML file against any schema, with the same located errors as definitions get. */
export function parseYamlWith<T>(schema: z.ZodType<T>, text: string, file: string): YamlParseResult<T> {
  const { result } = parseWithLocator(text, file, schema);
  return result.ok ? { ok: true, value: result.definition } : result;
}

function parseWithLocator(text: string, file: string): { result: DefinitionParseResult; locate: Locate };
function parseWithLocator<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
): { result: { ok: true; definition: T } | { ok: false; errors: DefinitionError[] }; locate: Locate };
function parseWithLocator(
  text: string,
  file: string,
  schema: z.ZodType<unknown> = authoredConsultationSchema,
): { result: { ok: true; definition: unknown } | { ok: false; errors: DefinitionError[] }; locate: Locate } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate: Locate = (path, atKey) => position(offsetOf(doc, path, atKey ?? false));
  const fail = (errors: DefinitionError[]) => ({
    result: { ok: false as const, errors: sortErrors(errors) },
    locate,
  });

  if (doc.errors.length) {
    return fail(
      doc.errors.map((e) => ({ file, ...position(e.pos[0]), path: '', message: syntaxMessage(e) })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (cause) {
    // toJS refuses documents that expand aliases excessively; that is bad input, not a bug.
    return fail([{ file, line: 1, column: 1, path: '', message: `cannot be read: ${String(cause)}` }]);
  }
  if (data === null || data === undefined) {
    return fail([
      {
        file,
        line: 1,
        column: 1,
        path: '',
        message:
          schema === authoredConsultationSchema ? 'is empty; a definition starts with "id:"' : 'is empty',
      },
    ]);
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { result: { ok: true, definition: parsed.data }, locate };
  const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue, data));
  const seen = new Set<string>();
  const errors = problems.flatMap(({ path, message, atKey }) => {
    const error = { file, ...locate(path, atKey), path: formatPath(path), message };
    const key = `${error.line}:${error.column}:${error.path}:${message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [error];
  });
  return fail(errors);
}

function sortErrors(errors: DefinitionError[]): DefinitionError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `['fields', 2, 'label', 'en']` → `fields[2].label.en`. */
function formatPath(path: Path): string {
  return path.reduce<string>((out, seg) => {
    if (typeof seg === 'number') return `${out}[${seg}]`;
    const name = String(seg);
    if (!/^[\w$-]+$/.test(name)) return `${out}[${JSON.stringify(name)}]`;
    return out ? `${out}.${name}` : name;
  }, '');
}

/**
 * The source offset for a path: a scalar's value, else the key that introduces a block; when the
 * path does not exist, the nearest existing parent (its key if it has one).
 */
function offsetOf(doc: Document, path: Path, atKey: boolean): number {
  let node: unknown = doc.contents;
  let key: unknown;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: { node: unknown; key: unknown } | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (pair) next = { node: pair.value, key: pair.key };
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      next = { node: node.items[seg], key: undefined };
    }
    if (!next) break;
    ({ node, key } = next);
  }
  const start = (n: unknown) =>
    isScalar(n) || isMap(n) || isSeq(n) || isAlias(n) ? n.range?.[0] : undefined;
  const preferValue = !atKey && isScalar(node);
  return (preferValue ? start(node) : (start(key) ?? start(node))) ?? 0;
}

const SYNTAX_HINTS: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'check the indentation: entries of the same block start in the same column',
  MULTILINE_IMPLICIT_KEY: 'check the indentation, and put texts that contain ": " or " #" in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'check the indentation, and put texts that contain ": " or " #" in quotes',
  DUPLICATE_KEY: 'each key may appear only once in the same block',
  BAD_SCALAR_START: 'put texts that start with @, `, %, ! or & in quotes',
  MISSING_CHAR: 'a quote or bracket is not closed',
};

function syntaxMessage(error: { code: string; message: string }): string {
  const hint = SYNTAX_HINTS[error.code];
  const text = error.message.split('\n')[0] ?? error.message;
  return `YAML syntax error: ${text}${hint ? ` (${hint})` : ''}`;
}

/** Turns a zod issue into messages that say what is wrong and what is allowed. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): Problem[] {
  const path = issue.path;
  const value = valueAt(data, path);
  // The schema's own messages are lowercase predicates ("must …"); zod's defaults start uppercase.
  const own = !/^[A-Z]/.test(issue.message);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const schema = schemaAt(path, data);
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        if (schema instanceof z.ZodRecord) {
          const allowed = allowedKeys(schema);
          // `{ de: Kultur, Sport }` makes "Sport" a key: a comma inside braces separates entries.
          const comma =
            /\s/.test(key) || /^[A-Z]/.test(key) ? '; put texts that contain a comma in quotes' : '';
          const message = `"${key}" is not a language code; allowed: ${allowed.join(', ')}${comma}`;
          return { path: keyPath, atKey: true, message };
        }
        const allowed = allowedKeys(schema);
        return {
          path: keyPath,
          atKey: true,
          message: `unknown key "${key}"${suggest(key, allowed)}; allowed keys: ${allowed.join(', ')}`,
        };
      });
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
        const allowed = issue.options.map(String);
        const kind = issue.discriminator === 'type' ? 'field type' : `valid "${issue.discriminator}"`;
        const message =
          value === undefined
            ? `is missing; every field needs a type; allowed types: ${allowed.join(', ')}`
            : `${quote(value)} is not a ${kind}${suggest(String(value), allowed)}; allowed types: ${allowed.join(', ')}`;
        return [{ path, message }];
      }
      const alternatives = issue.errors.flatMap((branch) =>
        branch[0]?.code === 'invalid_type' ? [expectedPhrase(branch[0].expected)] : [],
      );
      const message = alternatives.length
        ? `must be ${alternatives.join(' or ')}`
        : 'has an unsupported form';
      return [{ path, message: value === undefined ? `is missing; it ${message}` : message }];
    }
    case 'invalid_type': {
      const expected = expectedPhrase(issue.expected);
      if (value === undefined) return [{ path, message: `is missing; it must be ${expected}` }];
      if (value === null) return [{ path, message: `is empty; it must be ${expected}` }];
      const quoteHint =
        issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? `; put it in quotes: "${String(value)}"`
          : '';
      return [{ path, message: `must be ${expected}, not ${describeValue(value)}${quoteHint}` }];
    }
    case 'invalid_value':
      return [
        { path, message: `${quote(value)} is not allowed; allowed: ${issue.values.map(String).join(', ')}` },
      ];
    case 'too_small':
    case 'too_big': {
      if (own) return [{ path, message: issue.message }];
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      const bound = small
        ? issue.inclusive
          ? 'at least'
          : 'more than'
        : issue.inclusive
          ? 'at most'
          : 'less than';
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' entries' : '';
      return [
        { path, message: `must ${issue.origin === 'number' ? 'be' : 'have'} ${bound} ${limit}${unit}` },
      ];
    }
    case 'invalid_format':
      if (own) return [{ path, message: issue.message }];
      return [
        {
          path,
          message: issue.pattern
            ? `must match the pattern ${issue.pattern}`
            : `must be a valid ${issue.format}`,
        },
      ];
    case 'not_multiple_of':
      return [{ path, message: `must be a multiple of ${String(issue.divisor)}` }];
    default:
      return [{ path, message: issue.message }];
  }
}

function expectedPhrase(expected: string): string {
  const phrases: Partial<Record<string, string>> = {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list (lines starting with "- ")',
    object: 'a block of "key: value" lines',
    record: 'a text per language (lines like "de: …")',
  };
  return phrases[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'a block of "key: value" lines';
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}"`;
}

/** Names a close match, so that typos like `lable` get a pointer to `label`. */
function suggest(given: string, allowed: readonly string[]): string {
  const near = allowed.find((a) => a.toLowerCase() === given.toLowerCase() || editDistance(a, given) <= 2);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, seg) => (typeof node === 'object' && node !== null ? Reflect.get(node, seg) : undefined),
    data,
  );
}

/** The zod schema that describes the value at `path`, choosing a field type by the data's `type`. */
function schemaAt(path: Path, data: unknown): z.core.$ZodType | undefined {
  let schema: z.core.$ZodType | undefined = consultationSchema;
  for (let i = 0; i <= path.length && schema; i++) {
    schema = resolve(schema, valueAt(data, path.slice(0, i)));
    const seg = path[i];
    if (i === path.length || seg === undefined || !schema) break;
    if (schema instanceof z.ZodObject) schema = typeof seg === 'string' ? schema.shape[seg] : undefined;
    else if (schema instanceof z.ZodArray) schema = schema.element;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType;
    else schema = undefined;
  }
  return schema;
}

function resolve(schema: z.core.$ZodType, value: unknown): z.core.$ZodType | undefined {
  let current: z.core.$ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap();
    else if (current instanceof z.ZodDiscriminatedUnion) {
      const key = current.def.discriminator;
      const wanted = valueAt(value, [key]);
      const options: readonly z.core.$ZodType[] = current.options;
      const match = options.find((o) => o instanceof z.ZodObject && literalOf(o.shape[key]) === wanted);
      if (!match) return undefined;
      current = match;
    } else return current;
  }
}

function literalOf(schema: unknown): unknown {
  return schema instanceof z.ZodLiteral ? schema.value : undefined;
}

function allowedKeys(schema: z.core.$ZodType | undefined): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodRecord && schema.keyType instanceof z.ZodEnum)
    return schema.keyType.options.map(String);
  return [];
}
