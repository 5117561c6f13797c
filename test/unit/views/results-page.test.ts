import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../shared/i18n/format.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { tallyResults } from '../../../shared/results/index.ts';
import { renderResultsPage } from '../../../shared/views/results/index.ts';
import { consultation } from './consultation-factory.ts';
import { attribute, cspHashOf, mainOf, styleBlocks, tags } from './html-probe.ts';

// The factory writes de/en/ar; a Persian version of every text shows the locale's digits.
const base = consultation();
const definition = withAllLanguages({ ...base, languages: [...base.languages, 'fa' as const] });
const counts = { _total: 4, 'lives_here#yes': 3, 'lives_here#no': 1, 'topics#school': 3, 'privacy#yes': 4 };
const NOW = new Date('2026-07-02T10:00:00Z');
// German writes a narrow no-break space before the percent sign.
const pct = (share: number) => formatPercent('de', share);

function page(locale: Locale, overrides: Partial<Parameters<typeof renderResultsPage>[0]> = {}) {
  return renderResultsPage({
    definition,
    locale,
    publication: { kind: 'public', closed: true },
    tally: tallyResults(definition, counts),
    now: NOW,
    ...overrides,
  });
}

function withAllLanguages<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v) =>
    v && typeof v === 'object' && 'de' in v && 'ar' in v && !('fa' in v) ? { ...v, fa: `FA ${v.de}` } : v,
  );
}

describe('the public results page', () => {
  it('shows participants, the date of the figures, and per question a table before its chart', () => {
    // Act
    const main = mainOf(page('de').html);
    // Assess
    expect(main).toContain('<dd id="participants">4</dd>');
    expect(main).toContain('Stand: 2. Juli 2026 um 12:00');
    const table = main.indexOf('<table', main.indexOf('Wohnen Sie in Hannover?'));
    const chart = main.indexOf('<svg', table);
    expect(table).toBeGreaterThan(0);
    expect(chart).toBeGreaterThan(table);
    expect(main).toContain(
      `<th scope="row">Ja</th><td class="numeric">3</td><td class="numeric">${pct(0.75)}</td>`,
    );
    expect(main).toContain(
      `<th scope="row">Nein</th><td class="numeric">1</td><td class="numeric">${pct(0.25)}</td>`,
    );
    expect(main).toContain('Die Beteiligung endete am 30. Juni 2026');
  });

  it('gives every chart a text alternative that names each bar with its figures', () => {
    const main = mainOf(page('de').html);
    const svg = tags(main, 'svg')[0] ?? '';
    expect(attribute(svg, 'role')).toBe('img');
    expect(attribute(svg, 'aria-labelledby')).toBe('chart-lives_here-title chart-lives_here-desc');
    expect(main).toContain(
      '<title id="chart-lives_here-title">Balkendiagramm: Wohnen Sie in Hannover?</title>',
    );
    expect(main).toContain(
      `<desc id="chart-lives_here-desc">Ja: 3 (${pct(0.75)}); Nein: 1 (${pct(0.25)})</desc>`,
    );
  });

  it('tells bars apart by pattern, not by colour alone', () => {
    const main = mainOf(page('de').html);
    expect(main).toContain('fill="url(#chart-lives_here-p0)"');
    expect(main).toContain('fill="url(#chart-lives_here-p1)"');
    expect(main).toMatch(
      /<pattern id="chart-lives_here-p0"[^>]*>.*<\/pattern><pattern id="chart-lives_here-p1"/,
    );
  });

  it('never shows free-text, personal or other uncounted answers', () => {
    const main = mainOf(page('de').html);
    for (const label of ['Ihr Name', 'E-Mail', 'Ihre Idee', 'Seit wie vielen Jahren?', 'Telefon'])
      expect(main).not.toContain(label);
  });

  it('mirrors the chart in right-to-left languages: bars grow from the right edge', () => {
    const ltrBar = tags(mainOf(page('de').html), 'rect').find((r) => attribute(r, 'class') === 'chart__bar');
    const rtlBar = tags(mainOf(page('ar').html), 'rect').find((r) => attribute(r, 'class') === 'chart__bar');
    expect(attribute(ltrBar ?? '', 'x')).toBe('0');
    const width = Number(attribute(rtlBar ?? '', 'width'));
    expect(width).toBeGreaterThan(0);
    expect(Number(attribute(rtlBar ?? '', 'x'))).toBe(480 - width);
    expect(page('ar').html).toContain('direction="rtl"');
  });

  it('writes numbers in the locale’s digits', () => {
    const main = mainOf(page('fa').html);
    expect(main).toContain('<dd id="participants">۴</dd>');
    expect(main).toContain('۷۵٪');
  });

  it('says when afterClose results will be published, without any figure', () => {
    const main = mainOf(
      page('de', {
        publication: { kind: 'afterClose', at: definition.closes },
        tally: tallyResults(definition, {}),
      }).html,
    );
    expect(main).toContain(
      'Wir veröffentlichen die Ergebnisse nach dem Ende der Beteiligung am 30. Juni 2026',
    );
    expect(main).not.toContain('<table');
  });

  it('says that live figures still change', () => {
    expect(mainOf(page('en', { publication: { kind: 'public', closed: false } }).html)).toContain(
      'The consultation is still open.',
    );
  });

  it('allows exactly its own styles in the Content-Security-Policy', () => {
    const rendered = page('de');
    const styleSrc = /style-src ([^;]+)/.exec(rendered.contentSecurityPolicy)?.[1]?.split(' ');
    expect(styleSrc).toEqual(styleBlocks(rendered.html).map(cspHashOf));
  });
});
