/** German, the reference catalogue for the confirmation copy and the parts every email shares. */
export const de = {
  subject: (p: { title: string; reference: string }) =>
    `Ihre Antworten: ${p.title} (Vorgangsnummer ${p.reference})`,
  greeting: 'Guten Tag,',
  intro: (p: { title: string }) =>
    `vielen Dank für Ihre Teilnahme an „${p.title}“. Hier ist eine Kopie Ihrer Antworten.`,
  unverifiedNote:
    'Ihre E-Mail-Adresse ist nicht bestätigt. Darum enthält diese Kopie nur Ihre gewählten Antwortmöglichkeiten, keine Texte, die Sie selbst geschrieben haben.',
  yourAnswers: 'Ihre Antworten',
  reference: 'Vorgangsnummer',
  yes: 'Ja',
  contact: (p: { name: string; email: string }) =>
    `Bei Fragen wenden Sie sich bitte an ${p.name}: ${p.email}`,
  automatic:
    'Diese E-Mail wurde automatisch versendet, weil Sie im Formular um eine Kopie Ihrer Antworten gebeten haben.',
};

/** The shape every other locale must satisfy: a key missing elsewhere is a compile error. */
export type EmailMessages = typeof de;
