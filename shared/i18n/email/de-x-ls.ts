import type { EmailMessages } from './de.ts';

/** Leichte Sprache: the confirmation copy and the parts every email shares. */
export const deXLs = {
  subject: (p) => `Ihre Antworten: ${p.title} (Nummer ${p.reference})`,
  greeting: 'Guten Tag!',
  intro: (p) => `Danke! Sie haben bei „${p.title}“ mit·gemacht. Hier sind Ihre Antworten.`,
  unverifiedNote:
    'Ihre E-Mail-Adresse ist nicht bestätigt. Darum stehen hier nur die Antworten, die Sie angekreuzt haben. Ihre eigenen Texte stehen hier nicht.',
  yourAnswers: 'Ihre Antworten',
  reference: 'Ihre Nummer',
  yes: 'Ja',
  contact: (p) => `Haben Sie Fragen? Dann schreiben Sie an: ${p.name}, ${p.email}`,
  automatic:
    'Diese E-Mail kommt automatisch. Sie haben im Formular gesagt: Ich will meine Antworten per E-Mail bekommen.',
} satisfies EmailMessages;
