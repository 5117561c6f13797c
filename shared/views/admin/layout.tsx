import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Role } from '../../admin/roles.ts';
import type { RenderedPage } from '../document.tsx';
import { contentSecurityPolicy, type InlineStyle } from '../inline-style.ts';
import { BASE_STYLE } from '../stylesheet.ts';
import { ADMIN_STYLE } from './admin-style.ts';
import { CsrfField } from './components.tsx';

/** The site name of every staff page. */
export const ADMIN_SITE_NAME = 'Mitwirken – Staff';

/** What the frame of a staff page shows around its content. */
export interface AdminChrome {
  /** The signed-in member; absent on the sign-in pages. */
  staff?: { email: string; role: Role } | undefined;
  /** The session's token for the sign-out form (shown only with it). */
  csrfToken?: string | undefined;
  /** The navigation entry to mark as current. */
  section?: 'consultations' | 'staff' | undefined;
  /** The way back up, ending with the page's parent (the page itself is the h1). */
  breadcrumbs?: { href: string; label: string }[];
}

function Header({ chrome }: { chrome: AdminChrome }) {
  const { staff, csrfToken, section } = chrome;
  const current = (name: AdminChrome['section']) => (section === name ? ('page' as const) : undefined);
  return (
    <header class="header admin-header">
      <div class="page page--wide">
        <p class="header__site">
          <a href={staff ? '/admin/consultations' : '/admin'}>{ADMIN_SITE_NAME}</a>
        </p>
        {staff && (
          <nav class="admin-nav" aria-label="Staff sections">
            <ul>
              <li>
                <a href="/admin/consultations" aria-current={current('consultations')}>
                  Consultations
                </a>
              </li>
              {staff.role === 'admin' && (
                <li>
                  <a href="/admin/staff" aria-current={current('staff')}>
                    Staff
                  </a>
                </li>
              )}
            </ul>
          </nav>
        )}
        {staff && (
          <div class="admin-account">
            <p>
              Signed in as <strong>{staff.email}</strong> ({staff.role})
            </p>
            {csrfToken && (
              <form method="post" action="/admin/sign-out">
                <CsrfField token={csrfToken} />
                <button type="submit" class="button button--secondary button--small">
                  Sign out
                </button>
              </form>
            )}
          </div>
        )}
      </div>
    </header>
  );
}

function AdminLayout(props: {
  title: string;
  chrome: AdminChrome;
  styles: readonly InlineStyle[];
  children: ComponentChildren;
}) {
  const { title, chrome, styles, children } = props;
  const breadcrumbs = chrome.breadcrumbs ?? [];
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} – ${ADMIN_SITE_NAME}`}</title>
        {styles.map((style) => (
          // Raw CSS is safe here: inlineStyle() refuses markup, and all CSS is ours.
          <style key={style.source} dangerouslySetInnerHTML={{ __html: style.css }} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        <Header chrome={chrome} />
        <div class="page page--wide">
          {breadcrumbs.length > 0 && (
            <nav class="breadcrumbs" aria-label="Breadcrumb">
              <ol>
                {breadcrumbs.map((crumb) => (
                  <li key={crumb.href}>
                    <a href={crumb.href}>{crumb.label}</a>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <main id="main" tabindex={-1}>
            {children}
          </main>
        </div>
      </body>
    </html>
  );
}

/**
 * Renders a staff page (English, no scripts) to a complete document with its CSP: BASE_STYLE,
 * ADMIN_STYLE and the page's own `styles`.
 */
export function renderAdminPage(props: {
  title: string;
  chrome: AdminChrome;
  styles?: readonly InlineStyle[];
  children: ComponentChildren;
}): RenderedPage {
  const styles = [BASE_STYLE, ADMIN_STYLE, ...(props.styles ?? [])];
  return {
    html: `<!doctype html>${renderToString(<AdminLayout {...props} styles={styles} />)}`,
    contentSecurityPolicy: contentSecurityPolicy(styles),
  };
}

/** The chrome of a page seen by a signed-in member: their address, role and the sign-out form. */
export function staffChrome(
  signedIn: { member: { email: string; role: Role }; session: { csrfToken: string } },
  extra: Pick<AdminChrome, 'section' | 'breadcrumbs'> = {},
): AdminChrome {
  return {
    staff: { email: signedIn.member.email, role: signedIn.member.role },
    csrfToken: signedIn.session.csrfToken,
    ...extra,
  };
}
