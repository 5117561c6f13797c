import type { EmailLink } from '../email/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { type Keyring, linkExpiry, signLink } from '../links/index.ts';

/*
 * The links workflow emails carry. Tokens are signed when the email is sent and never stored:
 * the outbox holds the effect only, so a leaked table item grants nothing.
 */

/** Path prefixes of the pages the links open (GET shows a page; only its form's POST acts). */
export const DECIDE_PATH = '/r/';
export const STATUS_PATH = '/s/';
export const CONFIRM_PATH = '/v/';
/** How long an approver's decision link lives; an expired one can be re-issued. */
export const DECIDE_LINK_DAYS = 14;

/**
 * The recipient's language rides along as `?lang=`, outside the signature: it is no power (anyone may
 * switch the language of a page) and a person who switches keeps the same token. The pages read it
 * before any browser setting, so a German proposal opened on an English phone stays German.
 */
function inLanguage(url: string, locale: Locale): string {
  return `${url}?lang=${encodeURIComponent(locale)}`;
}

/** Where links point and what signs them; the keyring is read once per cold start. */
export interface LinkSettings {
  /** The public origin without a trailing slash, e.g. https://mitwirken.hannover.example */
  baseUrl: string;
  keyring: () => Promise<Keyring>;
}

/** An approver's link to decide on a submission at one stage round. */
export function decideLink(
  baseUrl: string,
  keyring: Keyring,
  to: { consultationId: string; submissionId: string; stageId: string; approver: string; round: number },
  now: Date,
  locale: Locale,
): EmailLink {
  const expiresAt = linkExpiry(now, DECIDE_LINK_DAYS);
  const token = signLink(
    { purpose: 'decide', ...to, approver: to.approver.toLowerCase(), expiresAt },
    keyring.current,
  );
  return {
    url: inLanguage(`${baseUrl}${DECIDE_PATH}${token}`, locale),
    expiresAt: new Date(expiresAt * 1000),
  };
}

/**
 * The submitter's link to the status of their submission. It lives exactly as long as the personal
 * data it shows: until the submission's retention ends (`expiresAt`, epoch seconds, its TTL), not a
 * fixed number of days, so no link outlives the data nor dies before it.
 */
export function statusLink(
  baseUrl: string,
  keyring: Keyring,
  of: { consultationId: string; submissionId: string; expiresAt: number },
  locale: Locale,
): EmailLink {
  const { consultationId, submissionId, expiresAt } = of;
  const token = signLink({ purpose: 'status', consultationId, submissionId, expiresAt }, keyring.current);
  return {
    url: inLanguage(`${baseUrl}${STATUS_PATH}${token}`, locale),
    expiresAt: new Date(expiresAt * 1000),
  };
}

/**
 * The resident's link that confirms a pending answer; it expires with the pending answer, so a
 * link can never confirm an answer that is gone.
 */
export function confirmLink(
  baseUrl: string,
  keyring: Keyring,
  of: { consultationId: string; submissionId: string; expiresAt: number },
  locale: Locale,
): { url: string; expiresAt: Date } {
  const token = signLink({ purpose: 'confirm', ...of }, keyring.current);
  return {
    url: inLanguage(`${baseUrl}${CONFIRM_PATH}${token}`, locale),
    expiresAt: new Date(of.expiresAt * 1000),
  };
}
