import { describe, expect, it } from 'vitest';
import { requestSignIn, type SignInDeps } from '../../../../shared/admin/sign-in.ts';
import { renderSignInEmail } from '../../../../shared/email/sign-in.ts';
import { mailJobsFromStreamRecord } from '../../../../shared/mail/jobs.ts';
import { signInLinkUrl } from '../../../../shared/mail/sign-in-delivery.ts';
import type { SignInMailRequest } from '../../../../shared/storage/admin-types.ts';
import { signInMailKey } from '../../../../shared/storage/keys.ts';

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
    // The spent-link marker of earlier releases (`SIGNIN#NONCE#<nonce>`, `SPENT`) may still be in tables.
    const spent = { pk: 'SIGNIN#NONCE#AAAAAAAAAAAAAAAAAAAAAA', sk: 'SPENT' };
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

describe('the staff page a sign-in mail goes on to', () => {
  /** requestSignIn for an address; returns what it queued. */
  async function queuedWith(next: string | undefined): Promise<SignInMailRequest | undefined> {
    const queued: SignInMailRequest[] = [];
    const deps: Pick<SignInDeps, 'admin'> = {
      admin: {
        getStaff: async () => undefined,
        queueSignInMail: async (request) => {
          queued.push(request);
          return true;
        },
        getSignInMail: async () => undefined,
        markSignInLinkSpent: async () => true,
        createSession: async () => {},
      },
    };
    await requestSignIn(
      deps,
      { email: 'chefin@hannover.example', next, browserHash: 'hash' },
      new Date('2026-05-01T10:12:00Z'),
    );
    expect(queued).toHaveLength(1);
    return queued[0];
  }

  it('is stored with the queued mail when it is a staff page', async () => {
    expect((await queuedWith('/admin/consultations/x/submissions'))?.next).toBe(
      '/admin/consultations/x/submissions',
    );
  });

  it.each([undefined, '', 'https://evil.example/', '//evil.example', '/c/umfrage'])(
    'is not stored when it is %j',
    async (next) => {
      expect(await queuedWith(next)).not.toHaveProperty('next');
    },
  );

  const base = 'https://mitwirken.hannover.example';

  it('goes into the link as its encoded `next` query', () => {
    expect(signInLinkUrl(base, 'abc.def', '/admin/consultations/x/submissions?state=inStage&stage=a')).toBe(
      `${base}/admin/sign-in/abc.def?next=%2Fadmin%2Fconsultations%2Fx%2Fsubmissions%3Fstate%3DinStage%26stage%3Da`,
    );
  });

  it.each([undefined, '', 'https://evil.example/', '//evil.example', '/admin//evil.example', 42])(
    'is left out of the link when it is %j (stored data is checked again)',
    (next) => {
      expect(signInLinkUrl(base, 'abc.def', next)).toBe(`${base}/admin/sign-in/abc.def`);
    },
  );
});
