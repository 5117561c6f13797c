import type { StatusLinkMessages } from './de.ts';

/** English: the private status link. */
export const en = {
  title: 'Status of your submission',
  confirmationLink: 'You can follow the status of your submission at any time with your personal link:',
  linkValidUntil: (p) => `The link is valid until ${p.date}.`,
  privateLink: 'Only your personal link opens this page. Please do not share it.',
} satisfies StatusLinkMessages;
