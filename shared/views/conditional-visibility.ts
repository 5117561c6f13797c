import type { Field } from '../definition/schema.ts';
import { formatList } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import { wrapperId } from './field-ids.ts';
import { type InlineStyle, inlineStyle, UnsafeStyleError } from './inline-style.ts';
import { choiceLabel, textIn } from './localized.ts';

/*
 * showIf without JavaScript. Browsers with :has() hide conditional fields (the static stylesheet does that
 * inside @supports) and show each one as soon as its answer is ticked or selected; browsers without :has()
 * show every field, and the hint from `conditionHint` tells the resident when to answer it. The server
 * ignores answers to hidden fields either way.
 */

// Field ids and option values are restricted by the definition schema; this re-check keeps the raw CSS
// safe even if that schema ever loosened.
const CSS_SAFE = /^[a-z0-9_-]+$/;

function safe(identifier: string): string {
  if (!CSS_SAFE.test(identifier))
    throw new UnsafeStyleError(`"${identifier}" cannot be used in a CSS selector`);
  return identifier;
}

function answerSelector(target: Field, fieldId: string, value: string): string {
  const name = `[name="${safe(fieldId)}"]`;
  return target.type === 'select'
    ? `select${name} option[value="${safe(value)}"]:checked`
    : `${name}[value="${safe(value)}"]:checked`;
}

/** The :has() groups that must all hold for a field to show: its own condition and those of the fields
 * its condition depends on (a question hidden itself cannot reveal another one). */
function conditionGroups(field: Field, byId: ReadonlyMap<string, Field>): string[] {
  const groups: string[] = [];
  const seen = new Set<string>();
  let current: Field | undefined = field;
  while (current?.showIf && !seen.has(current.showIf.field)) {
    const { field: targetId, equals } = current.showIf;
    seen.add(targetId);
    const target = byId.get(targetId);
    if (!target) break;
    const selectors = [equals].flat().map((value) => answerSelector(target, targetId, value));
    groups.push(`:has(${selectors.join(',')})`);
    current = target;
  }
  return groups;
}

/** The per-form CSS that reveals conditional fields, or undefined when the form has none. */
export function conditionalStyle(fields: readonly Field[]): InlineStyle | undefined {
  const byId = new Map(fields.flatMap((f): [string, Field][] => (f.id === undefined ? [] : [[f.id, f]])));
  const rules = fields.flatMap((field, index) => {
    const groups = conditionGroups(field, byId);
    return groups.length === 0 ? [] : [`form${groups.join('')} #${wrapperId(field, index)}{display:block}`];
  });
  return rules.length === 0 ? undefined : inlineStyle(`@supports selector(:has(*)){${rules.join('\n')}}`);
}

/** "Only if you answered “Yes” to “Do you live in Hannover?”." for a conditional field, else undefined. */
export function conditionHint(field: Field, fields: readonly Field[], locale: Locale): string | undefined {
  if (!field.showIf) return undefined;
  const { field: targetId, equals } = field.showIf;
  const target = fields.find((f) => f.id === targetId);
  if (!target || target.type === 'heading' || target.type === 'paragraph') return undefined;
  const m = messagesFor(locale);
  const answers = [equals].flat().map((value) => m.quote(choiceLabel(target, value, locale)));
  return m.chrome.showIfHint({
    answers: formatList(locale, answers, 'disjunction'),
    question: textIn(target.label, locale),
  });
}
