import { describe, expect, it } from 'vitest';
import { renderWorkflowEmail } from '../../../shared/email/index.ts';
import type { EmailEffect } from '../../../shared/workflow/types.ts';
import { EXPERT, effectOf, inputFor, STEERING, TEMPLATES } from './workflow-factory.ts';

const SUBMITTER_TEMPLATES = TEMPLATES.filter(
  (t) => !['approvalRequested', 'reminder', 'outcome'].includes(t),
);

describe('workflow emails in every template', () => {
  it.each(
    TEMPLATES.flatMap((template) =>
      (['de', 'en', 'ar'] as const).map((locale) => [template, locale] as const),
    ),
  )('%s in %s has the language, direction, reference and a one-line subject', (template, locale) => {
    // Act
    const email = renderWorkflowEmail(effectOf(template, locale), inputFor(locale));
    // Assess
    expect(email.html).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject).toContain('7K3Q-9D2F');
    expect(email.text).toContain('7K3Q-9D2F');
    expect(email.html).toContain('7K3Q-9D2F');
  });

  it('asks an approver in German by name, with the stage, the answers, the button and the expiry', () => {
    const { subject, text, html } = renderWorkflowEmail(effectOf('approvalRequested', 'de'), inputFor('de'));

    expect(subject).toBe('Bitte um Ihre Entscheidung: Wir sind Hannover (7K3Q-9D2F), Lenkungsgruppe');
    expect(text).toContain('Guten Tag Samir Haddad,');
    expect(text).toContain('wartet auf Ihre Entscheidung in der Stufe „Lenkungsgruppe“');
    expect(text).toContain('Wohnen Sie in Hannover?\n  Ja');
    expect(text).toContain('Ihre Idee\n  Mehr Bänke\n  im Park');
    expect(text).toContain('https://mitwirken.test/r/token');
    expect(text).toContain('Der Link ist gültig bis 29. Juni 2026 um 12:00.');
    expect(text).toContain('Das Öffnen des Links ändert noch nichts.');
    expect(html).toMatch(
      /<a href="https:\/\/mitwirken.test\/r\/token"[^>]*>Beitrag ansehen und entscheiden<\/a>/,
    );
  });

  it('asks an approver in Arabic right to left, with the stage name in Arabic', () => {
    const { text, html } = renderWorkflowEmail(effectOf('approvalRequested', 'ar'), inputFor('ar'));

    expect(text).toContain('مرحبًا Samir Haddad،');
    expect(text).toContain('«AR Lenkungsgruppe»');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('text-align:right');
  });

  it('tells the approver of a returned submission which stage returned it and why', () => {
    const effect: EmailEffect = {
      ...(effectOf('approvalRequested') as Extract<EmailEffect, { template: 'approvalRequested' }>),
      to: {
        kind: 'approver',
        stageId: 'experts',
        email: EXPERT.toLowerCase(),
        name: 'Dr. Anna Becker',
        language: 'de',
      },
      stageId: 'experts',
      returnedFrom: { stageId: 'steering', comment: 'Finanzierung unklar' },
    };
    const { text } = renderWorkflowEmail(effect, inputFor('de'));

    expect(text).toContain('Die Stufe „Lenkungsgruppe“ hat den Beitrag abgelehnt');
    expect(text).toContain('Begründung:\n  Finanzierung unklar');
  });

  it('reminds an approver since when the stage has been waiting', () => {
    const { subject, text } = renderWorkflowEmail(effectOf('reminder', 'en'), inputFor('en'));

    expect(subject).toMatch(/^Reminder: EN Wir sind Hannover \(7K3Q-9D2F\)/);
    expect(text).toContain('at the stage “EN Lenkungsgruppe” since June 10, 2026 at 10:00 AM.');
  });

  it('tells the submitter about a rejection with the reason and a status link', () => {
    const input = inputFor('de', { link: { url: 'https://mitwirken.test/s/status-token' } });
    const { text, html } = renderWorkflowEmail(effectOf('rejected'), input);

    expect(text).toContain('wurde in der Stufe „Lenkungsgruppe“ abgelehnt.');
    expect(text).toContain('Begründung:\n  Bitte Kosten ergänzen.');
    expect(html).toMatch(
      /<a href="https:\/\/mitwirken.test\/s\/status-token"[^>]*>Stand Ihres Beitrags ansehen<\/a>/,
    );
  });

  it('asks the submitter to revise with the comment and a revise button', () => {
    const input = inputFor('de', { link: { url: 'https://mitwirken.test/s/status-token' } });
    const { text } = renderWorkflowEmail(effectOf('sentBack'), input);

    expect(text).toContain('mit der Bitte um Überarbeitung an Sie zurückgeschickt');
    expect(text).toContain('Kommentar:\n  Bitte Kosten ergänzen.');
    expect(text).toContain('Beitrag überarbeiten:\nhttps://mitwirken.test/s/status-token');
  });

  it('tells the department the final result with the reference, reason and answers', () => {
    const { subject, text } = renderWorkflowEmail(effectOf('outcome'), inputFor('de', { link: undefined }));

    expect(subject).toBe('Ergebnis: abgelehnt – Wir sind Hannover (7K3Q-9D2F)');
    expect(text).toContain(
      'der Beitrag 7K3Q-9D2F zu „Wir sind Hannover“ wurde in der Stufe „Lenkungsgruppe“ abgelehnt.',
    );
    expect(text).toContain('Begründung:\n  Zu teuer.');
    expect(text).toContain('Wohnen Sie in Hannover?\n  Ja');
  });

  it.each(SUBMITTER_TEMPLATES)(
    'never shows an approver address or personal answers in %s to the submitter',
    (template) => {
      const input = inputFor('de', {
        answers: { lives_here: 'yes' },
        link: { url: 'https://mitwirken.test/s/x' },
      });
      const { text, html } = renderWorkflowEmail(effectOf(template), input);

      for (const body of [text, html]) {
        expect(body.toLowerCase()).not.toContain(EXPERT.toLowerCase());
        expect(body).not.toContain(STEERING);
      }
    },
  );
});

describe('escaping in workflow emails', () => {
  it('escapes markup in comments and answers in the HTML and keeps it readable in the text', () => {
    // Prepare
    const effect = { ...effectOf('sentBack'), comment: '<script>alert(1)</script> & "mehr"' } as EmailEffect;
    const input = inputFor('de', { answers: { idea: '<img src=x onerror=alert(1)>' } });
    // Act
    const rejected = renderWorkflowEmail(effect, input);
    const asked = renderWorkflowEmail(effectOf('approvalRequested'), input);
    // Assess
    expect(rejected.html).not.toContain('<script>');
    expect(rejected.html).toContain('&lt;script>alert(1)&lt;/script> &amp; &quot;mehr&quot;');
    expect(rejected.text).toContain('<script>alert(1)</script> & "mehr"');
    expect(asked.html).not.toContain('<img src=x');
    expect(asked.html).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it('keeps line breaks and control characters out of the subject even when the title has them', () => {
    // Prepare
    const input = inputFor('de');
    input.definition = {
      ...input.definition,
      title: { de: 'Umfrage\r\nBcc: victim@example.org', en: 'x', ar: 'x' },
    };
    // Act
    const { subject } = renderWorkflowEmail(effectOf('received'), input);
    // Assess
    expect(subject).toBe('Eingegangen: Umfrage Bcc: victim@example.org (Vorgangsnummer 7K3Q-9D2F)');
  });

  it('refuses a button that does not link to http(s)', () => {
    const input = inputFor('de', { link: { url: 'javascript:alert(1)' } });
    expect(() => renderWorkflowEmail(effectOf('received'), input)).toThrow(RangeError);
  });
});
