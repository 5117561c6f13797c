/**
 * German, the reference catalogue for the private status link: shown on the confirmation page,
 * in the copy of the answers and on the status page itself.
 */
export const de = {
  title: 'Stand Ihres Beitrags',
  confirmationLink: 'Den Stand Ihres Beitrags können Sie jederzeit über Ihren persönlichen Link verfolgen:',
  linkValidUntil: (p: { date: string }) => `Der Link ist gültig bis ${p.date}.`,
  privateLink:
    'Diese Seite ist nur über Ihren persönlichen Link erreichbar. Bitte geben Sie den Link nicht weiter.',
  /** On the confirmation page, the one time it shows the link. */
  shownOnce:
    'Dieser Link wird Ihnen nur jetzt angezeigt. Bitte speichern Sie ihn, zum Beispiel als Lesezeichen.',
  /** On the confirmation page opened again (from the history): the link is not shown. */
  shownBefore:
    'Der persönliche Link zum Stand Ihres Beitrags wurde nur einmal angezeigt, direkt nach dem Absenden.',
  /** With a copy asked for: the link is in the copy too. */
  inConfirmationMail: 'Sie finden ihn auch in Ihrer Bestätigungs-E-Mail.',
};

/** The shape every other locale must satisfy: a key missing elsewhere is a compile error. */
export type StatusLinkMessages = typeof de;
