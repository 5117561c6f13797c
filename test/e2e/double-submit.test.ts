import { describe, expect, inject, it } from 'vitest';
import { confirmByMail } from './support/confirm-mail.ts';
import { settledEmailsTo, uniqueAddress } from './support/inbox.ts';

const baseUrl = inject('baseUrl');
const sesUrl = inject('sesUrl');

/** The hidden value of a rendered form field. */
function hiddenValue(html: string, name: string): string {
  const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];
  if (value === undefined) throw new Error(`The form has no hidden field "${name}"`);
  return value;
}

describe('submitting the same rendered form twice', () => {
  it('stores it once: the same confirmation and one email', async () => {
    // Prepare
    const form = await (await fetch(`${baseUrl}/c/strategiepapier-name`)).text();
    const address = uniqueAddress('twice');
    const body = new URLSearchParams({
      _sid: hiddenValue(form, '_sid'),
      _v: hiddenValue(form, '_v'),
      _lang: 'de',
      name: 'wir-sind-hannover',
      comment: 'Zweimal abgeschickt',
      email: address,
      _copy: 'yes',
      privacy: 'yes',
    }).toString();
    const post = () =>
      fetch(`${baseUrl}/c/strategiepapier-name`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      });

    // Act
    const first = await post();
    const second = await post();

    // Assess: the poll asks for email confirmation, so both posts get the same "pending" page and
    // exactly one mail (the confirmation link) goes out; after confirming, exactly one copy.
    expect([first.status, second.status]).toEqual([202, 202]);
    const reference = /<strong>([0-9A-Z]{4}-[0-9A-Z]{4})<\/strong>/.exec(await first.text())?.[1];
    expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await second.text()).toContain(reference);
    const pending = await settledEmailsTo(sesUrl, address);
    expect(pending).toHaveLength(1);
    const confirmed = await confirmByMail(baseUrl, sesUrl, address);
    expect(confirmed).toContain(reference);
    const emails = await settledEmailsTo(sesUrl, address);
    const copies = emails.filter((email) => email.subject.includes(reference ?? '-'));
    expect(copies).toHaveLength(1);
  });
});
