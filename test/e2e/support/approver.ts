import { postFormIn } from './html-form.ts';

export type DecisionChoice = 'approve' | 'reject' | 'sendBack';

/** A page as fetched without following redirects. */
export interface FetchedPage {
  status: number;
  location: string | null;
  headers: Headers;
  html: string;
}

/** GETs (or HEADs) a path of the platform without following redirects. */
export async function openPath(
  baseUrl: string,
  path: string,
  method: 'GET' | 'HEAD' = 'GET',
): Promise<FetchedPage> {
  const response = await fetch(`${baseUrl}${path}`, { method, redirect: 'manual' });
  return pageOf(response);
}

/** POSTs a urlencoded body to a path without following redirects. */
export async function postPath(
  baseUrl: string,
  path: string,
  body: URLSearchParams | string,
): Promise<FetchedPage> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
  return pageOf(response);
}

async function pageOf(response: Response): Promise<FetchedPage> {
  const { status, headers } = response;
  return { status, location: headers.get('location'), headers, html: await response.text() };
}

/**
 * The body the review page's decision form posts for a choice and a comment, as a person filling
 * it in would send it (its hidden fields included), and the path it posts to.
 */
export function decisionFormOf(
  reviewHtml: string,
  reviewPath: string,
  decision: DecisionChoice,
  comment?: string,
): { path: string; body: URLSearchParams } {
  const form = postFormIn(reviewHtml);
  const body = new URLSearchParams(form.fields);
  const button = form.buttons.find((b) => b.value === decision);
  if (button) body.append(button.name, button.value);
  else body.set('decision', decision);
  if (comment !== undefined) body.set('comment', comment);
  // A relative or absolute action, resolved against the page like a browser does; the origin is dropped.
  const action = new URL(form.action, `http://page.invalid${reviewPath}`);
  return { path: `${action.pathname}${action.search}`, body };
}

/** Opens the emailed decision link and posts the decision through its form, as an approver does. */
export async function decide(
  baseUrl: string,
  reviewPath: string,
  decision: DecisionChoice,
  comment?: string,
): Promise<FetchedPage & { sent: { path: string; body: URLSearchParams } }> {
  const review = await openPath(baseUrl, reviewPath);
  if (review.status !== 200) {
    throw new Error(`The review page ${reviewPath} answered ${review.status}: ${review.html.slice(0, 300)}`);
  }
  const sent = decisionFormOf(review.html, reviewPath, decision, comment);
  return { ...(await postPath(baseUrl, sent.path, sent.body)), sent };
}

/** The page a decision ends on: the redirect's target when the POST redirects, else the POST's own page. */
export async function landingOf(baseUrl: string, page: FetchedPage): Promise<FetchedPage> {
  if (page.status >= 300 && page.status < 400 && page.location) {
    return await openPath(baseUrl, page.location.replace(/^https?:\/\/[^/]+/, ''));
  }
  return page;
}

/** The visible text of a page, tags removed and whitespace collapsed, for `toContain` checks. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
