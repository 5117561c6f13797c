import { formatDateTime } from '../i18n/format.ts';
import { layoutEmail, type RenderedEmail } from './layout.tsx';

/** What the sign-in mail needs: the link (signed by the mailer) and when it stops working. */
export interface SignInEmailInput {
  /** The address the link signs in; shown so the reader knows which account it is for. */
  email: string;
  url: string;
  expiresAt: Date;
}

/**
 * The staff sign-in mail, in English and German (staff may read either; the admin UI is English):
 * one button with the link, how long it works, and that ignoring the mail is safe.
 */
export function renderSignInEmail(input: SignInEmailInput): RenderedEmail {
  const iso = input.expiresAt.toISOString();
  return layoutEmail({
    locale: 'en',
    subject: 'Sign in to Mitwirken / Anmeldung bei Mitwirken',
    greeting: 'Hello, / Guten Tag,',
    paragraphs: [
      'Someone (we hope it was you) asked to sign in to the staff area of Mitwirken with this address. The button below signs you in; the link works once.',
      'Jemand (hoffentlich Sie) möchte sich mit dieser Adresse im Bereich für Mitarbeitende von Mitwirken anmelden. Die Schaltfläche unten meldet Sie an; der Link funktioniert einmal.',
    ],
    reference: { label: 'Address / Adresse', value: input.email },
    action: {
      kind: 'button',
      label: 'Sign in / Anmelden',
      url: input.url,
      notes: [
        `Valid until ${formatDateTime('en', iso)} / Gültig bis ${formatDateTime('de', iso)} (15 minutes / 15 Minuten).`,
        'If you did not ask for this, ignore this email: nothing happens without the link. / Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne den Link geschieht nichts.',
      ],
    },
    footer: [
      'Mitwirken – Staff / Mitarbeitende',
      'This email was sent automatically. / Diese E-Mail wurde automatisch versendet.',
    ],
  });
}
