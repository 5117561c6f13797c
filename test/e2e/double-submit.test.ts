import { describe, expect, inject, it } from 'vitest';
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

    // Assess
    expect([first.status, second.status]).toEqual([303, 303]);
    const location = first.headers.get('location');
    expect(location).toMatch(/^\/c\/strategiepapier-name\/s\/[0-9A-Z]{26}\?lang=de$/);
    expect(second.headers.get('location')).toBe(location);
    const confirmation = await (await fetch(`${baseUrl}${location}`)).text();
    const reference = /class="panel__reference">([^<]+)</.exec(confirmation)?.[1];
    expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const emails = await settledEmailsTo(sesUrl, address);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toContain(reference);
  });
});
