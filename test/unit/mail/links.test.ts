import { describe, expect, it } from 'vitest';
import { type Keyring, verifyLink } from '../../../shared/links/index.ts';
import { confirmLink, decideLink, statusLink } from '../../../shared/mail/links.ts';

const keyring: Keyring = { current: { id: 'k1', secret: Buffer.alloc(32, 7) }, previous: [] };
const NOW = new Date('2026-06-15T10:00:00Z');
const ids = { consultationId: 'massnahmen-vorschlag', submissionId: '01JXKZ5J4G7K3Q9D2FABCDEFGH' };

/** The token of a link: its last path segment, whatever the query says. */
const tokenIn = (url: string) => new URL(url).pathname.split('/').pop() ?? '';

describe('links in workflow emails', () => {
  it('gives an approver a decision link that verifies with their stage, lowercased address and round', () => {
    // Act
    const link = decideLink(
      'https://mitwirken.hannover.example',
      keyring,
      { ...ids, stageId: 'lenkungsgruppe', approver: 'Petra.Schulz@Hannover.example', round: 3 },
      NOW,
      'de',
    );
    // Assess
    const url = new URL(link.url);
    expect(url.pathname.startsWith('/r/')).toBe(true);
    const token = tokenIn(link.url);
    const verified = verifyLink(token, keyring, NOW);
    expect(verified).toEqual({
      ok: true,
      claims: {
        purpose: 'decide',
        ...ids,
        stageId: 'lenkungsgruppe',
        approver: 'petra.schulz@hannover.example',
        round: 3,
        expiresAt: Math.floor(NOW.getTime() / 1000) + 14 * 86_400,
      },
    });
    expect(link.expiresAt?.toISOString()).toBe('2026-06-29T10:00:00.000Z');
  });

  it('lets a decision link expire after 14 days', () => {
    const link = decideLink(
      'https://m.example',
      keyring,
      { ...ids, stageId: 's', approver: 'a@b.example', round: 1 },
      NOW,
      'de',
    );
    const later = new Date(NOW.getTime() + 14 * 86_400_000);

    expect(verifyLink(tokenIn(link.url), keyring, later)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('gives the submitter a status link that lives as long as the submission and names no stage or approver', () => {
    const expiresAt = Math.floor(NOW.getTime() / 1000) + 30 * 86_400;
    const link = statusLink('https://mitwirken.hannover.example', keyring, { ...ids, expiresAt }, 'de');
    const token = tokenIn(link.url);

    const verified = verifyLink(token, keyring, NOW);
    expect(verified).toEqual({ ok: true, claims: { purpose: 'status', ...ids, expiresAt } });
    expect(link.expiresAt).toEqual(new Date(expiresAt * 1000));
    expect(verifyLink(token, keyring, new Date(expiresAt * 1000))).toMatchObject({ reason: 'expired' });
  });

  it('carries the recipient’s language in every link, outside the signed token', () => {
    // Prepare
    const expiresAt = Math.floor(NOW.getTime() / 1000) + 30 * 86_400;
    const base = 'https://mitwirken.hannover.example';
    // Act
    const links = [
      decideLink(base, keyring, { ...ids, stageId: 's', approver: 'a@b.example', round: 1 }, NOW, 'ar'),
      statusLink(base, keyring, { ...ids, expiresAt }, 'de-x-ls'),
      confirmLink(base, keyring, { ...ids, expiresAt }, 'fa'),
    ];
    // Assess
    expect(links.map((link) => new URL(link.url).searchParams.get('lang'))).toEqual(['ar', 'de-x-ls', 'fa']);
    for (const link of links) expect(verifyLink(tokenIn(link.url), keyring, NOW).ok).toBe(true);
  });
});
