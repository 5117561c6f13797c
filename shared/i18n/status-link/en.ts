import type { StatusLinkMessages } from './de.ts';

/** English: the private status link. */
export const en = {
  title: 'Status of your submission',
  confirmationLink: 'You can follow the status of your submission at any time with your personal link:',
  linkValidUntil: (p) => `The link is valid until ${p.date}.`,
  privateLink: 'Only your personal link opens this page. Please do not share it.',
  shownOnce: 'This link is shown only now. Please save it, for example as a bookmark.',
  shownBefore: 'The personal link to the status of your submission was shown only once, right after sending.',
  inConfirmationMail: 'You will also find it in your confirmation email.',
} satisfies StatusLinkMessages;
