import type { RenderedPage } from '../../document.tsx';
import { ErrorSummary, TextInput } from '../components.tsx';
import { renderAdminPage } from '../layout.tsx';

export interface SignInPageInput {
  /** What was typed, to show it again. */
  email?: string | undefined;
  /** Why the address was refused (it is not an address at all). */
  error?: string | undefined;
  /** A staff page to return to after signing in (already checked by the caller). */
  next?: string | undefined;
  /** Shown when the visitor came from an expired sign-in link. */
  expired?: boolean | undefined;
}

/** The sign-in form: the staff member's address, for a one-time link by email. */
export function SignInForm({ email, error, next }: Omit<SignInPageInput, 'expired'>) {
  return (
    <form method="post" action="/admin/sign-in" novalidate>
      {next && <input type="hidden" name="next" value={next} />}
      <TextInput
        id="email"
        name="email"
        type="email"
        label="Email address"
        hint="We will email you a link that signs you in. It works once, for 15 minutes."
        autocomplete="email"
        value={email}
        error={error}
      />
      <button type="submit" class="button">
        Email me a sign-in link
      </button>
    </form>
  );
}

/** GET /admin (anonymous), a refused address (400) and an expired link (410): the sign-in form. */
export function renderSignInPage(input: SignInPageInput = {}): RenderedPage {
  const title = input.expired ? 'This sign-in link has expired' : 'Sign in';
  return renderAdminPage({
    title: input.error ? `Error: ${title}` : title,
    chrome: {},
    children: (
      <>
        <ErrorSummary issues={input.error ? [{ href: '#email', message: input.error }] : []} />
        <h1>{title}</h1>
        {input.expired ? (
          <p class="lead">Sign-in links work for 15 minutes. Ask for a new one below.</p>
        ) : (
          <p class="lead">
            Staff of the departments sign in here to manage consultations and read submissions.
          </p>
        )}
        <SignInForm email={input.email} error={input.error} next={input.next} />
      </>
    ),
  });
}

/**
 * The answer to every well-formed request for a sign-in link, whether the address may sign in or
 * not (and whether a mail went out already): it never tells which.
 */
export function renderSignInSentPage({ email }: { email: string }): RenderedPage {
  return renderAdminPage({
    title: 'Check your email',
    chrome: {},
    children: (
      <>
        <h1>Check your email</h1>
        <p class="lead">
          If <strong>{email}</strong> may sign in, a link is on its way. It works once, for 15 minutes.
        </p>
        <p>
          Nothing arrived after a few minutes? Check the spam folder, or ask again in ten minutes: we send at
          most one link per address every ten minutes.
        </p>
        <p>
          <a href="/admin">Use another address</a>
        </p>
      </>
    ),
  });
}
