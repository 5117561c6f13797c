import type { StatusLinkMessages } from './de.ts';

/** Leichte Sprache: the private status link. */
export const deXLs = {
  title: 'So weit ist Ihr Beitrag',
  confirmationLink: 'Mit Ihrem Link sehen Sie immer, wie weit Ihr Beitrag ist:',
  linkValidUntil: (p) => `Der Link gilt bis ${p.date}.`,
  privateLink: 'Nur mit Ihrem Link kommt man auf diese Seite. Bitte geben Sie den Link nicht weiter.',
  shownOnce: 'Sie sehen den Link nur jetzt. Bitte speichern Sie den Link. Zum Beispiel als Lesezeichen.',
  shownBefore: 'Ihren Link haben Sie nur einmal gesehen. Das war gleich nach dem Abschicken.',
  inConfirmationMail: 'Der Link steht auch in Ihrer E-Mail.',
} satisfies StatusLinkMessages;
