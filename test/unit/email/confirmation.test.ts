import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/answers/types.ts';
import { renderConfirmationEmail } from '../../../shared/email/index.ts';
import { consultation, text } from '../views/consultation-factory.ts';

const ANSWERS: Answers = {
  lives_here: 'yes',
  district: 'linden',
  topics: ['work', 'housing'],
  importance: 5,
  years: 2.5,
  since: '2020-03-01',
  privacy: true,
  idea: 'Mehr Bänke\nim Park',
};
const PERSONAL: Answers = { name: 'Ayşe Yılmaz', email: 'ayse@example.org' };

/** A consultation with email confirmation: its copy goes out only to a confirmed address, whole. */
const confirmed = () => ({ ...consultation(), verification: 'email' as const });

function render(overrides: Partial<Parameters<typeof renderConfirmationEmail>[0]> = {}) {
  return renderConfirmationEmail({
    definition: confirmed(),
    locale: 'de',
    reference: '7K3Q-9D2F',
    answers: ANSWERS,
    personal: PERSONAL,
    ...overrides,
  });
}

describe('renderConfirmationEmail', () => {
  it('sends an unconfirmed address only the chosen options, never a resident’s own text', () => {
    // Act: a consultation without email confirmation
    const { text: body, html } = render({ definition: consultation() });
    // Assess
    expect(body).toContain('Ihre E-Mail-Adresse ist nicht bestätigt.');
    expect(body).toContain('Themen\n  Arbeit und Wohnen');
    expect(body).toContain('Wohnen Sie in Hannover?\n  Ja');
    for (const own of ['Mehr Bänke', 'Ayşe Yılmaz', 'ayse@example.org', '2,5', '1. März 2020']) {
      expect(body).not.toContain(own);
      expect(html).not.toContain(own);
    }
  });

  it('lists the answers in words in the plain text version', () => {
    // Act
    const { text: body } = render();
    // Assess
    expect(body).toContain('Vorgangsnummer: 7K3Q-9D2F');
    expect(body).toContain('Ihr Name\n  Ayşe Yılmaz');
    expect(body).toContain('Wohnen Sie in Hannover?\n  Ja');
    expect(body).toContain('Stadtbezirk\n  Linden-Limmer');
    expect(body).toContain('Themen\n  Arbeit und Wohnen');
    expect(body).toContain('Wie wichtig ist Ihnen das?\n  5 (sehr wichtig)');
    expect(body).toContain('Seit wie vielen Jahren?\n  2,5');
    expect(body).toContain('Seit wann?\n  1. März 2020');
    expect(body).toContain('Ich habe die Datenschutzhinweise gelesen.\n  Ja');
    expect(body).toContain('Ihre Idee\n  Mehr Bänke\n  im Park');
    expect(body).toContain('Danke für Ihre Teilnahme.');
    expect(body).toContain('Sachgebiet Integration: integration@hannover.example');
    expect(body).not.toMatch(/<[a-z]/);
  });

  it('has the same answers in the HTML version', () => {
    const { html } = render();
    expect(html).toMatch(/<th scope="row"[^>]*>Themen<\/th><td[^>]*>Arbeit und Wohnen<\/td>/);
    expect(html).toContain('Mehr Bänke<br/>im Park');
    expect(html).toContain('7K3Q-9D2F');
  });

  it('leaves out questions without an answer', () => {
    const { text: body } = render();
    expect(body).not.toContain('Telefon');
  });

  it('escapes markup from the definition and the answers in the HTML', () => {
    // Prepare
    const definition = {
      ...consultation({ thankYou: text('<script>alert(1)</script>') }),
      verification: 'email' as const,
    };
    // Act
    const { html } = render({ definition, personal: { name: '"><img src=x onerror=alert(1)> & Co' } });
    // Assess
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).toContain('&quot;>&lt;img src=x onerror=alert(1)> &amp; Co');
  });

  it('keeps line breaks out of the subject even when the title has some', () => {
    // Prepare
    const definition = consultation({ title: text('Umfrage\r\nBcc: victim@example.org\nX-Evil: 1') });
    // Act
    const { subject } = render({ definition });
    // Assess
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe(
      'Ihre Antworten: Umfrage Bcc: victim@example.org X-Evil: 1 (Vorgangsnummer 7K3Q-9D2F)',
    );
  });

  it('strips line breaks that come in through the reference too', () => {
    expect(render({ reference: 'A\r\nB' }).subject).not.toMatch(/[\r\n]/);
  });

  it('is written in the resident’s language and direction', () => {
    // Act
    const email = render({ locale: 'ar' });
    // Assess
    expect(email.html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(email.subject).toContain('إجاباتك');
    expect(email.text).toContain('AR Themen\n  AR Arbeit');
    expect(render({ locale: 'en' }).html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
  });
});
