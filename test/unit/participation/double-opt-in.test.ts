import { describe, expect, it } from 'vitest';
import { renderConfirmLinkEmail } from '../../../shared/email/confirm-link.ts';
import { LOCALES } from '../../../shared/i18n/locales.ts';
import type { Keyring } from '../../../shared/links/index.ts';
import { verifyLink } from '../../../shared/links/index.ts';
import { mailJobsFromStreamRecord } from '../../../shared/mail/jobs.ts';
import { confirmLink } from '../../../shared/mail/links.ts';
import { normalAddress, personMarker } from '../../../shared/participation/person.ts';
import { pendingKey } from '../../../shared/storage/keys.ts';
import { aConsultation } from '../../support/consultation-factory.ts';

const ring = (secret: string): Keyring => ({
  current: { id: 'k1', secret: Buffer.from(secret.padEnd(32, '*')) },
  previous: [],
});

describe('one person = one normalized address', () => {
  it('trims, lower-cases and drops a +tag from the local part only', () => {
    expect(normalAddress('  Anna.Muster+Umfrage@Example.ORG ')).toBe('anna.muster@example.org');
    expect(normalAddress('anna@sub+domain.example')).toBe('anna@sub+domain.example');
    expect(normalAddress('+only@example.org')).toBe('+only@example.org');
  });

  it('gives the same marker for spellings of one address, different ones for others and other keys', () => {
    const key = ring('participation-secret');
    const marker = personMarker(key, 'anna@example.org');
    expect(personMarker(key, ' ANNA+x@example.org')).toBe(marker);
    expect(personMarker(key, 'anne@example.org')).not.toBe(marker);
    expect(personMarker(ring('another-secret'), 'anna@example.org')).not.toBe(marker);
    expect(marker).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(marker).not.toContain('anna');
  });
});

describe('the confirmation mail', () => {
  it('is a mail job only for a new pending answer', () => {
    const key = pendingKey('opt-in', '01JZ0000000000000000000001');
    const image = { pk: { S: key.pk }, sk: { S: key.sk }, kind: { S: 'pending' } };
    const record = (eventName: string, kind = 'pending') => ({
      eventName,
      dynamodb: { Keys: { pk: image.pk, sk: image.sk }, NewImage: { ...image, kind: { S: kind } } },
    });
    expect(mailJobsFromStreamRecord(record('INSERT'))).toEqual([
      { kind: 'confirmLink', consultationId: 'opt-in', submissionId: '01JZ0000000000000000000001' },
    ]);
    expect(mailJobsFromStreamRecord(record('MODIFY'))).toEqual([]);
    expect(mailJobsFromStreamRecord(record('INSERT', 'submission'))).toEqual([]);
  });

  it('carries a confirm link that expires with the pending answer and verifies only as one', () => {
    const keyring = ring('link-secret');
    const expiresAt = 1_900_000_000;
    const link = confirmLink(
      'https://mitwirken.test',
      keyring,
      {
        consultationId: 'opt-in',
        submissionId: '01JZ0000000000000000000001',
        expiresAt,
      },
      'tr',
    );
    expect(link.expiresAt.getTime()).toBe(expiresAt * 1000);
    const url = new URL(link.url);
    expect(url.searchParams.get('lang')).toBe('tr');
    const token = url.pathname.replace('/v/', '');
    const verified = verifyLink(token, keyring, new Date((expiresAt - 10) * 1000));
    expect(verified.ok && verified.claims.purpose).toBe('confirm');
    expect(verifyLink(token, keyring, new Date(expiresAt * 1000))).toMatchObject({
      ok: false,
      reason: 'expired',
    });
  });

  it.each(LOCALES)('names title and reference but no answer, in %s', (locale) => {
    const everywhere = aConsultation('opt-in-all', {
      languages: [...LOCALES],
      title: Object.fromEntries(LOCALES.map((l) => [l, `Titel ${l}`])),
      intro: Object.fromEntries(LOCALES.map((l) => [l, 'Intro'])),
      thankYou: Object.fromEntries(LOCALES.map((l) => [l, 'Danke'])),
      contact: { email: 'amt@example.org', name: Object.fromEntries(LOCALES.map((l) => [l, 'Amt'])) },
      fields: [
        {
          type: 'email',
          id: 'email',
          required: true,
          label: Object.fromEntries(LOCALES.map((l) => [l, 'E-Mail'])),
        },
      ],
    });
    const email = renderConfirmLinkEmail({
      definition: everywhere,
      locale,
      reference: '7K3Q-9D2F',
      link: { url: 'https://mitwirken.test/v/abc.def', expiresAt: new Date('2026-12-04T10:00:00Z') },
    });
    expect(email.subject).toContain(`Titel ${locale}`);
    expect(email.text).toContain('7K3Q-9D2F');
    expect(email.text).toContain('https://mitwirken.test/v/abc.def');
    expect(email.html).toContain('href="https://mitwirken.test/v/abc.def"');
  });
});
