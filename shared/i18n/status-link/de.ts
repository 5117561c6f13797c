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
};

/** The shape every other locale must satisfy: a key missing elsewhere is a compile error. */
export type StatusLinkMessages = typeof de;
