import { describe, expect, it } from 'vitest';
import { renderSignInEmail } from '../../../../shared/email/sign-in.ts';
import { mailJobsFromStreamRecord } from '../../../../shared/mail/jobs.ts';
import { signInMailKey, spentSignInLinkKey } from '../../../../shared/storage/keys.ts';

const keyAttributes = (key: { pk: string; sk: string }) => ({ pk: { S: key.pk }, sk: { S: key.sk } });

describe('the mail job of a sign-in mail', () => {
  const key = signInMailKey('chefin@hannover.example', '2026-05-01T10:10:00.000Z');

  it('comes from the INSERT of a sign-in mail item', () => {
    const record = {
      eventName: 'INSERT',
      dynamodb: { Keys: keyAttributes(key), NewImage: { ...keyAttributes(key), kind: { S: 'signInMail' } } },
    };
    expect(mailJobsFromStreamRecord(record)).toEqual([
      { kind: 'signIn', email: 'chefin@hannover.example', window: '2026-05-01T10:10:00.000Z' },
    ]);
  });

  it('is not made by its update (marked sent), by another kind under that key, or by a spent-link marker', () => {
    const image = { ...keyAttributes(key), kind: { S: 'signInMail' } };
    expect(
      mailJobsFromStreamRecord({
        eventName: 'MODIFY',
        dynamodb: { Keys: keyAttributes(key), NewImage: image },
      }),
    ).toEqual([]);
    expect(
      mailJobsFromStreamRecord({
        eventName: 'INSERT',
        dynamodb: { Keys: keyAttributes(key), NewImage: { ...image, kind: { S: 'outbox' } } },
      }),
    ).toEqual([]);
    const spent = spentSignInLinkKey('AAAAAAAAAAAAAAAAAAAAAA');
    expect(
      mailJobsFromStreamRecord({
        eventName: 'INSERT',
        dynamodb: {
          Keys: keyAttributes(spent),
          NewImage: { ...keyAttributes(spent), kind: { S: 'signInMail' } },
        },
      }),
    ).toEqual([]);
  });
});

describe('the sign-in email', () => {
  const url = 'https://mitwirken.hannover.example/admin/sign-in/abc.def';
  const email = renderSignInEmail({
    email: 'chefin@hannover.example',
    url,
    expiresAt: new Date('2026-05-01T10:15:00Z'),
  });

  it('has the bilingual subject and the link in both parts', () => {
    expect(email.subject).toBe('Sign in to Mitwirken / Anmeldung bei Mitwirken');
    expect(email.text).toContain(url);
    expect(email.html).toContain(`href="${url}"`);
  });

  it('says in English and German until when the link works, in the city time', () => {
    expect(email.text).toContain('Valid until');
    expect(email.text).toContain('Gültig bis 1. Mai 2026 um 12:15');
    expect(email.text).toContain('ignore this email');
    expect(email.text).toContain('ignorieren Sie diese E-Mail');
  });
});
