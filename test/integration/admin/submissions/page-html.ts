import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type HttpEventOptions, httpEvent, urlencoded } from '../../../support/events.ts';

/**
 * Reading the staff pages' own server-rendered markup in tests: text of table cells, links and
 * inputs. Good enough for the product's markup; not a general HTML parser.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

/** Markup as the text a person reads: tags dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An attribute value as the browser reads it (entities decoded). */
export function attributeValue(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The rows of a table (header row included), each as its cells' text; found by its id or caption text. */
export function tableRows(html: string, by: { id: string } | { caption: string }): string[][] {
  for (const match of html.matchAll(/<table\b([^>]*)>([\s\S]*?)<\/table>/g)) {
    const [, attributes = '', inner = ''] = match;
    const caption = /<caption>([\s\S]*?)<\/caption>/.exec(inner)?.[1];
    const found =
      'id' in by
        ? attributes.includes(`id="${by.id}"`)
        : caption !== undefined && textOf(caption) === by.caption;
    if (!found) continue;
    return [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1] ?? '')),
    );
  }
  throw new Error(`No table ${JSON.stringify(by)} in the page`);
}

/** The href of the link with this text (exactly), or undefined. */
export function linkHref(html: string, text: string): string | undefined {
  for (const match of html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
    if (textOf(match[2] ?? '') === text) return attributeValue(match[1] ?? '');
  }
  return undefined;
}

/** The text of the element with this id (its first closing tag of the same name ends it). */
export function elementText(html: string, id: string): string | undefined {
  const match = new RegExp(`<(\\w+)\\b[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return match ? textOf(match[2] ?? '') : undefined;
}

/** The opening tag of the element with this id (to look at its attributes). */
export function openingTag(html: string, id: string): string | undefined {
  return new RegExp(`<\\w+\\b[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0];
}

/** A staff GET as API Gateway delivers it, with the session cookie when signed in. */
export function staffGet(
  route: string,
  options: HttpEventOptions & { cookie?: string | undefined } = {},
): APIGatewayProxyEventV2 {
  const { cookie, ...rest } = options;
  const event = httpEvent({ method: 'GET', route, ...rest });
  return cookie ? { ...event, cookies: [cookie] } : event;
}

/** A staff form POST (urlencoded, base64 like API Gateway), with the session cookie when signed in. */
export function staffPost(
  route: string,
  fields: Record<string, string | string[]>,
  options: HttpEventOptions & { cookie?: string | undefined } = {},
): APIGatewayProxyEventV2 {
  const { cookie, ...rest } = options;
  const event = httpEvent({
    method: 'POST',
    route,
    body: Buffer.from(urlencoded(fields), 'utf8').toString('base64'),
    isBase64Encoded: true,
    ...rest,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...rest.headers },
  });
  return cookie ? { ...event, cookies: [cookie] } : event;
}
