import { describe, expect, it } from 'vitest';
import { renderConfirmationEmail } from '../../../../shared/email/index.ts';
import { renderConfirmationPage } from '../../../../shared/views/index.ts';
import { consultation } from '../consultation-factory.ts';

const LINK = { url: 'https://mitwirken.test/s/abc.def', expiresAt: new Date('2026-11-06T12:00:00Z') };

describe('the status link after submitting', () => {
  it('appears on the confirmation page only when given', () => {
    const base = { definition: consultation(), locale: 'de' as const, reference: '7K3Q-9D2F' };
    expect(renderConfirmationPage({ ...base, statusLink: LINK }).html).toContain(`href="${LINK.url}"`);
    expect(renderConfirmationPage(base).html).not.toContain('/s/');
  });

  it('says it is shown only now, and later says it was shown once (and where else it is)', () => {
    const base = { definition: consultation(), locale: 'en' as const, reference: '7K3Q-9D2F' };

    const first = renderConfirmationPage({ ...base, statusLink: LINK, copyTo: 'a***@example.org' }).html;
    const later = renderConfirmationPage({ ...base, statusLinkShownBefore: true }).html;
    const laterWithCopy = renderConfirmationPage({
      ...base,
      statusLinkShownBefore: true,
      copyTo: 'a***@example.org',
    }).html;

    expect(first).toContain('This link is shown only now.');
    expect(first).toContain('You will also find it in your confirmation email.');
    expect(later).not.toContain('/s/');
    expect(later).toContain('was shown only once, right after sending.');
    expect(later).not.toContain('confirmation email');
    expect(laterWithCopy).toContain('You will also find it in your confirmation email.');
  });

  it('appears in both parts of the confirmation email only when given', () => {
    const base = {
      definition: consultation(),
      locale: 'en' as const,
      reference: '7K3Q-9D2F',
      answers: {},
      personal: {},
    };
    const withLink = renderConfirmationEmail({ ...base, statusLink: LINK });
    expect(withLink.text).toContain(`personal link:\n${LINK.url}\nThe link is valid until`);
    expect(withLink.html).toContain(`href="${LINK.url}"`);
    expect(renderConfirmationEmail(base).text).not.toContain('/s/');
  });
});
