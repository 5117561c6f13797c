import { consultationState } from '../definition/schedule.ts';
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

/** The public list of open consultations, soonest closing first, each linked in the best language it has. */
export function renderHomePage({ locale, consultations, now }: HomePageInput): RenderedPage {
  const m = messagesFor(locale);
  const open = consultations
    // The schedule's rule, closed by hand included.
    .filter((c) => consultationState(c, now, c.closedAt) === 'open')
    .sort((a, b) => Date.parse(a.closes) - Date.parse(b.closes));
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
          <ul class="consultations">
            {open.map((c) => {
              const linkLocale = c.languages.includes(locale) ? locale : c.defaultLanguage;
              const title = textWithLanguage(c.title, locale, c.defaultLanguage);
              const lang = langIfDifferent(title.lang, locale);
              return (
                <li key={c.id}>
                  <a
                    href={`/c/${encodeURIComponent(c.slug)}?lang=${encodeURIComponent(linkLocale)}`}
                    lang={lang}
                    dir={lang === undefined ? undefined : directionOf(title.lang)}
                  >
                    {title.text}
                  </a>
                  <p>{m.home.openUntil({ date: formatDateTime(locale, c.closes) })}</p>
                </li>
              );
            })}
          </ul>
        )}
      </>
    ),
  });
}
