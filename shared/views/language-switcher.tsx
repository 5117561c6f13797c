import { htmlLang, type Locale, NATIVE_NAMES } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';

/** Links to the same page in each offered language, each name written in its own language. */
export function LanguageSwitcher({ locale, languages }: { locale: Locale; languages: readonly Locale[] }) {
  if (languages.length < 2) return null;
  return (
    <nav class="languages" aria-label={messagesFor(locale).chrome.languageSwitcher}>
      <ul>
        {languages.map((language) => (
          <li key={language}>
            <a
              href={`?lang=${encodeURIComponent(language)}`}
              lang={htmlLang(language)}
              hreflang={htmlLang(language)}
              aria-current={language === locale ? 'true' : undefined}
            >
              {NATIVE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
