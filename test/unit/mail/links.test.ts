import { describe, expect, it } from 'vitest';
import { type Keyring, verifyLink } from '../../../shared/links/index.ts';
import { decideLink, statusLink } from '../../../shared/mail/links.ts';

const keyring: Keyring = { current: { id: 'k1', secret: Buffer.alloc(32, 7) }, previous: [] };
const NOW = new Date('2026-06-15T10:00:00Z');
const ids = { consultationId: 'massnahmen-vorschlag', submissionId: '01JXKZ5J4G7K3Q9D2FABCDEFGH' };

describe('links in workflow emails', () => {
  it('gives an approver a decision link that verifies with their stage, lowercased address and round', () => {
    // Act
    const link = decideLink(
      'https://mitwirken.hannover.example',
      keyring,
      { ...ids, stageId: 'lenkungsgruppe', approver: 'Petra.Schulz@Hannover.example', round: 3 },
      NOW,
    );
    // Assess
    const token = link.url.replace('https://mitwirken.hannover.example/r/', '');
    expect(token).not.toContain('/');
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
    );
    const token = link.url.split('/r/')[1];
    const later = new Date(NOW.getTime() + 14 * 86_400_000);

    expect(verifyLink(token, keyring, later)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('gives the submitter a status link that lives as long as the submission and names no stage or approver', () => {
    const expiresAt = Math.floor(NOW.getTime() / 1000) + 30 * 86_400;
    const link = statusLink('https://mitwirken.hannover.example', keyring, { ...ids, expiresAt });
    const token = link.url.replace('https://mitwirken.hannover.example/s/', '');

    const verified = verifyLink(token, keyring, NOW);
    expect(verified).toEqual({ ok: true, claims: { purpose: 'status', ...ids, expiresAt } });
    expect(link.expiresAt).toEqual(new Date(expiresAt * 1000));
    expect(verifyLink(token, keyring, new Date(expiresAt * 1000))).toMatchObject({ reason: 'expired' });
  });
});
