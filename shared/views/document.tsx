import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { directionOf, htmlLang, type Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import { contentSecurityPolicy, type InlineStyle } from './inline-style.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { BASE_STYLE } from './stylesheet.ts';

/** A rendered page and the Content-Security-Policy that allows exactly its inline styles. */
export interface RenderedPage {
  html: string;
  contentSecurityPolicy: string;
}

interface LayoutProps {
  locale: Locale;
  /** The document title (without the site name). */
  title: string;
  /** Languages the language switcher offers. */
  languages: readonly Locale[];
  styles: readonly InlineStyle[];
  children: ComponentChildren;
}

/** The frame of every public page: language and direction, skip link, site name, language switcher. */
function Layout({ locale, title, languages, styles, children }: LayoutProps) {
  const m = messagesFor(locale);
  return (
    <html lang={htmlLang(locale)} dir={directionOf(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${m.siteName}`}</title>
        {styles.map((style) => (
          // Raw CSS is safe here: inlineStyle() refuses markup, and all CSS is ours or built from checked ids.
          <style key={style.source} dangerouslySetInnerHTML={{ __html: style.css }} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {m.chrome.skipLink}
        </a>
        <header class="header">
          <div class="page">
            <p class="header__site">
              <a href={`/?lang=${encodeURIComponent(locale)}`}>{m.siteName}</a>
            </p>
            <LanguageSwitcher locale={locale} languages={languages} />
          </div>
        </header>
        <div class="page">
          <main id="main" tabindex={-1}>
            {children}
          </main>
        </div>
        <Footer locale={locale} />
      </body>
    </html>
  );
}

/** The legal links every resident page carries (Impressum § 5 DDG, privacy notice, BITV accessibility statement). */
function Footer({ locale }: { locale: Locale }) {
  const m = messagesFor(locale);
  const lang = `?lang=${encodeURIComponent(locale)}`;
  const links = [
    ['/impressum', m.footer.impressum],
    ['/datenschutz', m.footer.privacy],
    ['/barrierefreiheit', m.footer.accessibility],
    ['/kontakt', m.footer.contact],
  ] as const;
  return (
    <footer class="footer">
      <nav class="page" aria-label={m.footer.label}>
        <ul class="footer__links">
          {links.map(([path, text]) => (
            <li key={path}>
              <a href={`${path}${lang}`}>{text}</a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}

/** Renders a page to a complete HTML document with its CSP; `styles` come after the static stylesheet. */
export function renderPage(
  props: Omit<LayoutProps, 'styles'> & { styles?: readonly InlineStyle[] },
): RenderedPage {
  const styles = [BASE_STYLE, ...(props.styles ?? [])];
  return {
    html: `<!doctype html>${renderToString(<Layout {...props} styles={styles} />)}`,
    contentSecurityPolicy: contentSecurityPolicy(styles),
  };
}
