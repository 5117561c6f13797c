import type { RenderedPage } from '../../document.tsx';
import { renderAdminPage } from '../layout.tsx';

/**
 * GET /admin/sign-in/{token}: what the emailed link opens. It changes nothing (mail scanners open
 * links); only its button signs in.
 */
export function renderSignInLinkPage(input: {
  email: string;
  /** The path the form posts to: the link's own. */
  action: string;
  next?: string | undefined;
}): RenderedPage {
  return renderAdminPage({
    title: 'Sign in',
    chrome: {},
    children: (
      <>
        <h1>Sign in</h1>
        <p class="lead">This link signs you in to the staff area of Mitwirken. It works once.</p>
        <form method="post" action={input.action}>
          <input type="hidden" name="next" value={input.next ?? ''} />
          <button type="submit" class="button">
            Sign in as {input.email}
          </button>
        </form>
      </>
    ),
  });
}

/** 409: the link was used before (each works once). */
export function renderSignInLinkSpentPage(): RenderedPage {
  return renderAdminPage({
    title: 'This sign-in link was already used',
    chrome: {},
    children: (
      <>
        <h1>This sign-in link was already used</h1>
        <p class="lead">Each sign-in link works once.</p>
        <p>
          If you are signed in already, go to the <a href="/admin/consultations">consultations</a>. Otherwise{' '}
          <a href="/admin">ask for a new link</a>.
        </p>
      </>
    ),
  });
}
