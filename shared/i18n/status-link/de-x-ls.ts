import type { StatusLinkMessages } from './de.ts';

/** Leichte Sprache: the private status link. */
export const deXLs = {
  title: 'So weit ist Ihr Beitrag',
  confirmationLink: 'Mit Ihrem Link sehen Sie immer, wie weit Ihr Beitrag ist:',
  linkValidUntil: (p) => `Der Link gilt bis ${p.date}.`,
  privateLink: 'Nur mit Ihrem Link kommt man auf diese Seite. Bitte geben Sie den Link nicht weiter.',
} satisfies StatusLinkMessages;
