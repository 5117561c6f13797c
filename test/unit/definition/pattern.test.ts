import { describe, expect, it } from 'vitest';
import { parseDefinitionYaml } from '../../../shared/definition/load.ts';
import { compilePattern } from '../../../shared/definition/pattern.ts';
import { definition, positionOf, t, textField, yamlOf } from './factory.ts';

function matcher(source: string) {
  const compiled = compilePattern(source);
  if (!compiled.ok) throw new Error(`expected ${source} to compile: ${compiled.problem}`);
  return compiled.pattern;
}

function problemOf(source: string): string {
  const compiled = compilePattern(source);
  if (compiled.ok) throw new Error(`expected ${source} to be refused`);
  return compiled.problem;
}

/** Milliseconds one call takes. */
function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('compilePattern', () => {
  it('matches the whole answer, as if anchored at both ends', () => {
    const postcode = matcher('3[0-9]{4}');
    expect(postcode.matches('30159')).toBe(true);
    expect(postcode.matches('301590')).toBe(false);
    expect(postcode.matches('x30159')).toBe(false);
    expect(matcher('ja|nein').matches('jain')).toBe(false);
    expect(matcher('^[0-9]{5}$').matches('30159')).toBe(true);
  });

  it('matches by code point: Unicode classes and one dot per emoji', () => {
    expect(matcher('\\p{L}+').matches('تعايش')).toBe(true);
    expect(matcher('\\p{L}+').matches('Stadt 2030')).toBe(false);
    expect(matcher('.').matches('😀')).toBe(true);
  });

  it.each([
    ['(a+)+', `${'a'.repeat(10_000)}!`],
    ['(a|aa)+$', `${'a'.repeat(10_000)}!`],
    ['(.*a){20}', `${'a'.repeat(10_000)}!`],
    ['(a|a)*b', 'a'.repeat(10_000)],
    ['(\\w+\\s?)*$', `${'wort '.repeat(2_000)}!`],
  ])('answers %s against 10,000 hostile characters in well under 100 ms', (source, answer) => {
    const pattern = matcher(source);
    pattern.matches(answer); // the first call builds the DFA states this shape needs
    expect(timed(() => expect(pattern.matches(answer)).toBe(false))).toBeLessThan(100);
  });

  it('refuses backreferences with a sentence that says why', () => {
    for (const source of ['(a)\\1', '(?<x>a)\\k<x>']) {
      expect(problemOf(source)).toMatch(
        /^uses a backreference .* linear time \(see RE2 syntax in forms\/README\.md\)$/,
      );
    }
  });

  it('refuses lookahead and lookbehind with a sentence that says why', () => {
    for (const source of ['(?=a)a', 'a(?!b)', '(?<=a)b', '(?<!a)b']) {
      expect(problemOf(source)).toMatch(/^uses lookahead or lookbehind .* linear time/);
    }
  });

  it('passes on what RE2 says about other syntax errors', () => {
    expect(problemOf('[0-9')).toBe(
      'is not a valid regular expression: missing closing ]: `[0-9` (see RE2 syntax in forms/README.md)',
    );
    expect(problemOf('a{1001}')).toMatch(/invalid repeat count/);
    expect(problemOf('\\u00e4')).toMatch(/invalid escape sequence: `\\u`/);
  });

  it('refuses a pattern whose program is too large to match cheaply, pointing to maxLength', () => {
    for (const source of ['\\p{L}{0,999}!', '(.{0,500}){2}x', '(.*a){200}']) {
      expect(problemOf(source)).toMatch(
        /^is too complex for a pattern \(size \d+, at most 1000\): use maxLength/,
      );
    }
    for (const source of [
      '[A-Za-zÄÖÜäöüß .\\-]{2,80}',
      '[A-Z]{2}[0-9]{2}(?: ?[0-9A-Z]{4}){3,7}(?: ?[0-9A-Z]{1,3})?',
    ]) {
      expect(compilePattern(source).ok).toBe(true);
    }
  });

  it('matches the largest allowed programs against 1,000 characters in well under 100 ms', () => {
    for (const source of ['\\p{L}{0,490}!', '(.*a){90}', '(\\p{L}|\\p{N}){1,240}x']) {
      const pattern = matcher(source);
      const answer = 'ä'.repeat(1000);
      pattern.matches(answer);
      expect(
        timed(() => pattern.matches(answer)),
        source,
      ).toBeLessThan(100);
    }
  });

  it('compiles a source once and shares it', () => {
    expect(compilePattern('[0-9]{5}')).toBe(compilePattern('[0-9]{5}'));
  });
});

describe('the definition schema on patterns', () => {
  const withPattern = (regex: string) =>
    yamlOf(definition({ fields: [textField('plz', { pattern: { regex, message: t('Fünf Ziffern') } })] }));

  it('accepts RE2 patterns, including ones a backtracking engine chokes on', () => {
    for (const regex of ['^[0-9]{5}$', '(a+)+', '(?i)hannover', '\\x{e4}+']) {
      expect(parseDefinitionYaml(withPattern(regex), 'form.yaml').ok).toBe(true);
    }
  });

  it('refuses a backreference at forms:check time, pointing at the regex', () => {
    const text = withPattern('(a)\\1');
    const result = parseDefinitionYaml(text, 'form.yaml');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({
        path: 'fields[0].pattern.regex',
        ...positionOf(text, '(a)'),
        message: expect.stringMatching(/^uses a backreference/),
      }),
    ]);
  });

  it('refuses lookahead at forms:check time', () => {
    const result = parseDefinitionYaml(withPattern('(?=.*[0-9]).+'), 'form.yaml');
    expect(!result.ok && result.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^uses lookahead or lookbehind/),
    ]);
  });
});
