import { closedSince, consultationState } from '../definition/schedule.ts';
import { formatDateTime } from '../i18n/format.ts';
import { directionOf, LOCALES, type Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { ConsultationSummary } from '../storage/types.ts';
import { type RenderedPage, renderPage } from './document.tsx';
import { langIfDifferent, textWithLanguage } from './localized.ts';

export interface HomePageInput {
  locale: Locale;
  consultations: readonly ConsultationSummary[];
  now: Date;
}

/**
 * The public list of open consultations, soonest closing first, each linked in the best language it
 * has; then the ended ones, most recently ended first, with a link to their results where public.
 */
export function renderHomePage({ locale, consultations, now }: HomePageInput): RenderedPage {
  const m = messagesFor(locale);
  // The schedule's rule, closed by hand included.
  const state = (c: ConsultationSummary) => consultationState(c, now, c.closedAt);
  const open = consultations
    .filter((c) => state(c) === 'open')
    .sort((a, b) => Date.parse(a.closes) - Date.parse(b.closes));
  const endedAt = (c: ConsultationSummary) => Date.parse(closedSince(c, c.closedAt));
  const ended = consultations.filter((c) => state(c) === 'closed').sort((a, b) => endedAt(b) - endedAt(a));
  const linkLocale = (c: ConsultationSummary) => (c.languages.includes(locale) ? locale : c.defaultLanguage);
  const resultsHref = (c: ConsultationSummary) =>
    `/c/${encodeURIComponent(c.slug)}/results?lang=${encodeURIComponent(linkLocale(c))}`;
  return renderPage({
    locale,
    title: m.home.title,
    languages: LOCALES,
    children: (
      <>
        <h1>{m.home.title}</h1>
        <p class="lead">{m.home.intro}</p>
        {open.length === 0 ? (
          <p>{m.home.noneOpen}</p>
        ) : (
          <ul class="consultations" id="open-consultations">
            {open.map((c) => (
              <li key={c.id}>
                <Title
                  c={c}
                  locale={locale}
                  href={`/c/${encodeURIComponent(c.slug)}?lang=${encodeURIComponent(linkLocale(c))}`}
                />
                <p>{m.home.openUntil({ date: formatDateTime(locale, c.closes) })}</p>
                {c.resultsPublish === 'live' ? (
                  <p>
                    <a href={resultsHref(c)}>{m.home.liveResults}</a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {ended.length === 0 ? null : (
          <section aria-labelledby="ended-title">
            <h2 id="ended-title">{m.home.endedTitle}</h2>
            <ul class="consultations" id="ended-consultations">
              {ended.map((c) => (
                <li key={c.id}>
                  <Title c={c} locale={locale} />
                  <p>{m.home.endedOn({ date: formatDateTime(locale, closedSince(c, c.closedAt)) })}</p>
                  {c.resultsPublish ? (
                    <p>
                      <a href={resultsHref(c)}>{m.home.results}</a>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        )}
      </>
    ),
  });
}

/** A consultation's title in the best language it has, marked when that is not the page's; a link when `href` is given. */
function Title({ c, locale, href }: { c: ConsultationSummary; locale: Locale; href?: string }) {
  const title = textWithLanguage(c.title, locale, c.defaultLanguage);
  const lang = langIfDifferent(title.lang, locale);
  const dir = lang === undefined ? undefined : directionOf(title.lang);
  return href === undefined ? (
    <p class="consultations__title" lang={lang} dir={dir}>
      {title.text}
    </p>
  ) : (
    <a href={href} lang={lang} dir={dir}>
      {title.text}
    </a>
  );
}
