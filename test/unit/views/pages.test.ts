import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales.ts';
import type { ConsultationSummary } from '../../../shared/storage/types.ts';
import {
  type ErrorPageStatus,
  type RenderedPage,
  renderConfirmationPage,
  renderErrorPage,
  renderHomePage,
  renderUnavailablePage,
} from '../../../shared/views/index.ts';
import { consultation, text } from './consultation-factory.ts';
import { attribute, cspHashOf, mainOf, styleBlocks, tags } from './html-probe.ts';

function summary(overrides: Partial<ConsultationSummary> = {}): ConsultationSummary {
  return {
    id: 'wir-sind-hannover',
    slug: 'wir-sind-hannover',
    version: '0123456789ab',
    opens: '2026-05-01T00:00:00+02:00',
    closes: '2026-06-30T18:00:00+02:00',
    defaultLanguage: 'de',
    languages: ['de', 'en'],
    title: { de: 'Wir sind Hannover', en: 'We are Hannover' },
    ...overrides,
  };
}

const MAY = new Date('2026-05-15T10:00:00Z');

function expectOwnStylesOnly(page: RenderedPage) {
  const styleSrc = /style-src ([^;]+)/.exec(page.contentSecurityPolicy)?.[1]?.split(' ');
  expect(styleSrc).toEqual(styleBlocks(page.html).map(cspHashOf));
  expect(page.contentSecurityPolicy).not.toContain('script-src');
}

describe('renderHomePage', () => {
  it('lists open consultations with their deadline and a link in the chosen language', () => {
    const page = renderHomePage({ locale: 'en', consultations: [summary()], now: MAY });
    const main = mainOf(page.html);
    expect(main).toContain('<a href="/c/wir-sind-hannover?lang=en">We are Hannover</a>');
    expect(main).toContain('Open until June 30, 2026 at 6:00 PM');
    expectOwnStylesOnly(page);
  });

  it('shows a title in the consultation’s own language, marked as such, when the page language is missing', () => {
    const main = mainOf(renderHomePage({ locale: 'ar', consultations: [summary()], now: MAY }).html);
    expect(main).toContain(
      '<a href="/c/wir-sind-hannover?lang=de" lang="de" dir="ltr">Wir sind Hannover</a>',
    );
  });

  it('leaves out consultations that have not opened, and lists closed ones only as ended', () => {
    const consultations = [
      summary({ id: 'later', slug: 'later', opens: '2026-06-01T00:00:00Z', title: { de: 'Später' } }),
      summary({ id: 'over', slug: 'over', closes: '2026-05-02T00:00:00Z', title: { de: 'Vorbei' } }),
    ];
    const main = mainOf(renderHomePage({ locale: 'de', consultations, now: MAY }).html);
    expect(main).not.toContain('Später');
    expect(main).not.toContain('id="open-consultations"');
    expect(main).toContain('Zurzeit gibt es keine offenen Beteiligungen.');
    const ended = main.slice(main.indexOf('Beendete Beteiligungen'));
    expect(ended).toContain('Vorbei');
    expect(ended).toContain('Beendet am 2. Mai 2026');
    // Results that are not published are not linked.
    expect(ended).not.toContain('/results');
  });

  it('keeps ended consultations, most recently ended first, with a link to results that are public', () => {
    const consultations = [
      summary({ id: 'early', slug: 'early', closes: '2026-05-02T00:00:00Z', title: { de: 'Früh' } }),
      summary({
        id: 'late',
        slug: 'late',
        closes: '2026-05-10T00:00:00Z',
        title: { de: 'Spät' },
        resultsPublish: 'afterClose',
      }),
      summary({ id: 'hand', slug: 'hand', closedAt: '2026-05-12T09:00:00Z', title: { de: 'Von Hand' } }),
      summary({ id: 'live', slug: 'live', title: { de: 'Läuft' }, resultsPublish: 'live' }),
    ];
    const main = mainOf(renderHomePage({ locale: 'de', consultations, now: MAY }).html);
    const open = main.slice(main.indexOf('id="open-consultations"'), main.indexOf('Beendete Beteiligungen'));
    const ended = main.slice(main.indexOf('Beendete Beteiligungen'));
    expect(open).toContain('Läuft');
    expect(open).toContain('href="/c/live/results?lang=de"');
    expect(open).toContain('Zwischenstand ansehen');
    expect(ended.indexOf('Von Hand')).toBeLessThan(ended.indexOf('Spät'));
    expect(ended.indexOf('Spät')).toBeLessThan(ended.indexOf('Früh'));
    expect(ended).toContain('href="/c/late/results?lang=de"');
    expect(ended).not.toContain('/c/early/results');
    expect(ended).not.toContain('/c/hand/results');
  });

  it('escapes consultation titles', () => {
    const consultations = [summary({ title: { de: '<script>alert(1)</script> & Co' } })];
    const html = renderHomePage({ locale: 'de', consultations, now: MAY }).html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script>alert(1)&lt;/script> &amp; Co');
  });

  it('offers every UI language', () => {
    const links = tags(renderHomePage({ locale: 'fa', consultations: [], now: MAY }).html, 'a').filter((a) =>
      a.includes('hreflang'),
    );
    expect(links).toHaveLength(LOCALES.length);
    expect(links.filter((a) => a.includes('aria-current="true"'))).toEqual([
      '<a href="?lang=fa" lang="fa" hreflang="fa" aria-current="true">',
    ]);
  });
});

describe('renderConfirmationPage', () => {
  it('shows the reference, the thank-you text and where the copy goes, all escaped', () => {
    // Prepare
    const definition = consultation({ thankYou: text('Danke <script>alert(1)</script>') });
    // Act
    const page = renderConfirmationPage({
      definition,
      locale: 'de',
      reference: '7K3Q-9D2F',
      copyTo: '"><img src=x onerror=alert(1)>@example.org',
    });
    // Assess
    const main = mainOf(page.html);
    expect(main).toContain('<p class="panel__reference">7K3Q-9D2F</p>');
    expect(main).toContain('Danke &lt;script>alert(1)&lt;/script>');
    expect(main).toContain(
      'Wir senden eine Kopie Ihrer Antworten an &quot;>&lt;img src=x onerror=alert(1)>@example.org.',
    );
    expect(page.html).not.toContain('<img');
    expect(main).toContain('<a href="/?lang=de">');
    expectOwnStylesOnly(page);
  });

  it('says nothing about a copy when none was asked for', () => {
    const main = mainOf(
      renderConfirmationPage({ definition: consultation(), locale: 'en', reference: 'R' }).html,
    );
    expect(main).not.toContain('copy of your answers');
  });

  it('is right to left in Arabic', () => {
    const html = renderConfirmationPage({ definition: consultation(), locale: 'ar', reference: 'R' }).html;
    expect(tags(html, 'html')[0]).toBe('<html lang="ar" dir="rtl">');
  });
});

describe('renderUnavailablePage', () => {
  it('tells when a consultation opens', () => {
    const main = mainOf(
      renderUnavailablePage({ definition: consultation(), locale: 'de', reason: 'notYetOpen' }).html,
    );
    expect(main).toContain('Diese Beteiligung hat noch nicht begonnen');
    expect(main).toContain('Sie können ab 1. Mai 2026 um 00:00 teilnehmen.');
  });

  it('tells when a consultation closed', () => {
    const main = mainOf(
      renderUnavailablePage({ definition: consultation(), locale: 'en', reason: 'closed' }).html,
    );
    expect(main).toContain('The consultation closed on June 30, 2026 at 6:00 PM.');
  });

  const closedByHand = (closedAt: string) =>
    mainOf(
      renderUnavailablePage({ definition: consultation(), locale: 'en', reason: 'closed', closedAt }).html,
    );

  it('names the moment staff closed it by hand before its closing date', () => {
    expect(closedByHand('2026-06-01T08:30:00Z')).toContain(
      'The consultation closed on June 1, 2026 at 10:30 AM.',
    );
  });

  it('keeps the closing date when it was closed by hand only after that date', () => {
    expect(closedByHand('2026-08-01T08:30:00Z')).toContain(
      'The consultation closed on June 30, 2026 at 6:00 PM.',
    );
  });
});

describe('renderErrorPage', () => {
  const statuses: ErrorPageStatus[] = [400, 403, 404, 405, 413, 415, 500];

  it.each(statuses)('has a localized page for %i in every language', (status) => {
    const titles = new Set<string>();
    for (const locale of LOCALES) {
      const page = renderErrorPage({ locale, status });
      const heading = /<h1>([^<]+)<\/h1>/.exec(page.html)?.[1];
      expect(heading).toBeTruthy();
      titles.add(`${locale}:${heading}`);
      expectOwnStylesOnly(page);
    }
    expect(titles.size).toBe(LOCALES.length);
  });

  it('uses the German tag for Leichte Sprache and right to left for Persian', () => {
    expect(tags(renderErrorPage({ locale: 'de-x-ls', status: 404 }).html, 'html')[0]).toBe(
      '<html lang="de" dir="ltr">',
    );
    expect(tags(renderErrorPage({ locale: 'fa', status: 404 }).html, 'html')[0]).toBe(
      '<html lang="fa" dir="rtl">',
    );
  });
});

describe('the footer of every resident page', () => {
  it.each(LOCALES)(
    'links Impressum, Datenschutz, Barrierefreiheit and Kontakt in %s, in a labelled navigation',
    (locale) => {
      const html = renderHomePage({ locale, consultations: [], now: MAY }).html;
      const footer = /<footer class="footer">([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';
      expect(footer).toMatch(/<nav class="page" aria-label="[^"]+">/);
      const hrefs = tags(footer, 'a').map((a) => attribute(a, 'href'));
      expect(hrefs).toEqual(
        ['/impressum', '/datenschutz', '/barrierefreiheit', '/kontakt'].map(
          (path) => `${path}?lang=${encodeURIComponent(locale)}`,
        ),
      );
    },
  );
});
