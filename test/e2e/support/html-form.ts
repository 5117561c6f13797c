/**
 * Reads a rendered POST form the way a browser would submit it without a person changing
 * anything: its action and the values of its hidden, text, checked and selected controls. Good
 * enough for the product's own server-rendered markup; not a general HTML parser.
 */
export interface ReadForm {
  action: string;
  fields: URLSearchParams;
  /** Names and values of the submit buttons (a decision is often the button pressed). */
  buttons: { name: string; value: string }[];
}

/** The forms with method="post" in a page, in document order. */
export function postFormsIn(html: string): ReadForm[] {
  const forms: ReadForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attributes = match[1] ?? '';
    if (attributeOf(attributes, 'method')?.toLowerCase() !== 'post') continue;
    forms.push(readForm(attributes, match[2] ?? ''));
  }
  return forms;
}

/** The one POST form whose action ends with `suffix` (e.g. `/renew`), or the only one when not given. */
export function postFormIn(html: string, actionSuffix?: string): ReadForm {
  const forms = postFormsIn(html).filter(
    (form) => actionSuffix === undefined || form.action.split('?')[0]?.endsWith(actionSuffix),
  );
  if (forms.length !== 1 || forms[0] === undefined) {
    throw new Error(
      `Expected one POST form${actionSuffix ? ` to …${actionSuffix}` : ''}, found ${forms.length}`,
    );
  }
  return forms[0];
}

function readForm(formAttributes: string, inner: string): ReadForm {
  const fields = new URLSearchParams();
  const buttons: ReadForm['buttons'] = [];
  for (const tag of inner.matchAll(/<input\b([^>]*)>/gi)) {
    const a = tag[1] ?? '';
    const name = attributeOf(a, 'name');
    if (name === undefined || hasAttribute(a, 'disabled')) continue;
    const type = (attributeOf(a, 'type') ?? 'text').toLowerCase();
    const value = attributeOf(a, 'value') ?? (type === 'checkbox' || type === 'radio' ? 'on' : '');
    if (type === 'submit') buttons.push({ name, value });
    else if (type === 'checkbox' || type === 'radio') {
      if (hasAttribute(a, 'checked')) fields.append(name, value);
    } else if (type !== 'button' && type !== 'reset' && type !== 'file') fields.append(name, value);
  }
  for (const tag of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
    const name = attributeOf(tag[1] ?? '', 'name');
    if (name !== undefined) fields.append(name, decodeEntities((tag[2] ?? '').replace(/^\n/, '')));
  }
  for (const tag of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
    const name = attributeOf(tag[1] ?? '', 'name');
    if (name === undefined) continue;
    for (const option of (tag[2] ?? '').matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)) {
      const oa = option[1] ?? '';
      if (hasAttribute(oa, 'selected'))
        fields.append(name, attributeOf(oa, 'value') ?? decodeEntities(option[2] ?? ''));
    }
  }
  for (const tag of inner.matchAll(/<button\b([^>]*)>/gi)) {
    const a = tag[1] ?? '';
    const type = (attributeOf(a, 'type') ?? 'submit').toLowerCase();
    const name = attributeOf(a, 'name');
    if (type === 'submit' && name !== undefined) buttons.push({ name, value: attributeOf(a, 'value') ?? '' });
  }
  return { action: attributeOf(formAttributes, 'action') ?? '', fields, buttons };
}

function attributeOf(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attributes,
  );
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

function hasAttribute(attributes: string, name: string): boolean {
  // Void elements end in `/>`, so a boolean attribute may be followed by the slash.
  return new RegExp(`(?:^|\\s)${name}(?:\\s|=|/|$)`, 'i').test(attributes);
}

/** The entities preact-render-to-string writes, plus numeric ones. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
