import { RE2JS } from 're2js';

/**
 * Department-written answer patterns run on RE2 (the `re2js` port), whose matching time is linear
 * in the answer's length whatever the pattern: a backtracking engine (JavaScript's RegExp) needs
 * seconds to minutes for `(a+)+` or `(a|aa)+` against a few dozen characters, and a resident
 * could hold a function that long with one POST. The price is RE2 syntax: no backreferences and
 * no lookaround, which are exactly the features that cannot be matched in linear time.
 */

/** A compiled pattern: `matches` is true when the whole answer matches (implicitly anchored). */
export interface AnswerPattern {
  matches(answer: string): boolean;
}

export type PatternCompilation = { ok: true; pattern: AnswerPattern } | { ok: false; problem: string };

// Compiling is the slow part (parse, simplify, build the program); the same source is checked when
// a definition is parsed and compiled again for its validator, so both share one compilation.
// Bounded, because parsed definitions come from the table and the admin editor.
const MAX_CACHED = 500;
const cache = new Map<string, PatternCompilation>();

/** Compiles a department's pattern for RE2, or says in a sentence why RE2 refuses it. */
export function compilePattern(source: string): PatternCompilation {
  const cached = cache.get(source);
  if (cached) return cached;
  const compiled = compileUncached(source);
  if (cache.size >= MAX_CACHED) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(source, compiled);
  return compiled;
}

function compileUncached(source: string): PatternCompilation {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (error) {
    return { ok: false, problem: problemOf(source, error) };
  }
  // Linear in the answer, but the factor grows with the program: large counted repetitions such as
  // `\p{L}{0,999}` cost 40 ms and more per 1,000-character answer and build a DFA for seconds.
  // Lengths are what minLength/maxLength are for; real patterns (postcode, IBAN) stay below 200.
  const size = re.programSize();
  if (size > MAX_PROGRAM_SIZE) {
    return {
      ok: false,
      problem: `is too complex for a pattern (size ${size}, at most ${MAX_PROGRAM_SIZE}): use maxLength for lengths instead of large counts like {0,500} (${RE2_SYNTAX})`,
    };
  }
  // testExact anchors at both ends, as `^(?:source)$` did, and runs on the DFA without captures.
  return { ok: true, pattern: { matches: (answer) => re.testExact(answer) } };
}

const RE2_SYNTAX = 'see RE2 syntax in forms/README.md';
/** RE2's rough measure of a compiled pattern (instructions); see compileUncached. */
export const MAX_PROGRAM_SIZE = 1000;

function problemOf(source: string, error: unknown): string {
  // re2js names the token it stopped at, which for lookbehind reads as a bad group name; these two
  // JavaScript features get a sentence of their own because they are what staff most often try.
  if (/\(\?<?[=!]/.test(source)) {
    return `uses lookahead or lookbehind ((?=, (?!, (?<=, (?<!), which patterns cannot use because they must match in linear time (${RE2_SYNTAX})`;
  }
  if (/\\[1-9]|\\k</.test(source)) {
    return `uses a backreference (\\1 or \\k<name>), which patterns cannot use because they must match in linear time (${RE2_SYNTAX})`;
  }
  const detail =
    error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
  return `is not a valid regular expression: ${detail} (${RE2_SYNTAX})`;
}
