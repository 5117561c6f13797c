import { createHash } from 'node:crypto';

/** Small DOM-free probes for rendered HTML: enough to assert attributes without a parser. */

/** Every id="…" in the document. */
export function idsIn(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/** The opening tag of the element with this id, e.g. `<input type="text" id="f-name" …/>`. */
export function tagWithId(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+[^>]*\\sid="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element with id "${id}"`);
  return match[0];
}

/** Every opening tag with this name. */
export function tags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>`, 'g'))].map((m) => m[0]);
}

/** The value of an attribute in an opening tag; `true` for a bare attribute, undefined when absent. */
export function attribute(tag: string, name: string): string | true | undefined {
  const match = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`).exec(tag);
  if (!match) return undefined;
  return match[1] ?? true;
}

/** The contents of every <style> element. */
export function styleBlocks(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
}

/** The CSP source expression a browser computes for an inline style. */
export function cspHashOf(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The text of <main>, where page content lives. */
export function mainOf(html: string): string {
  const match = /<main[^>]*>([\s\S]*)<\/main>/.exec(html);
  if (!match) throw new Error('no <main>');
  return match[1] ?? '';
}
