import type { ResultsMessages } from './de.ts';

/** Leichte Sprache: the public results page of a consultation. */
export const deXLs = {
  title: (p) => `Ergebnisse: ${p.title}`,
  asOf: (p) => `Die Zahlen sind vom ${p.date}.`,
  participants: 'So viele Menschen haben mit·gemacht',
  live: 'Man kann noch mit·machen. Darum können sich die Zahlen noch ändern.',
  ended: (p) =>
    `Die Beteiligung ist vorbei. Sie war am ${p.date} zu Ende. Die Zahlen ändern sich nicht mehr.`,
  notYetTitle: 'Die Ergebnisse gibt es noch nicht',
  notYet: (p) => `Die Beteiligung ist am ${p.date} zu Ende. Danach zeigen wir hier die Ergebnisse.`,
  answer: 'Antwort',
  count: 'Anzahl',
  share: 'Anteil',
  severalAnswers: 'Man konnte mehrere Antworten wählen. Darum sind es zusammen mehr als 100 %.',
  chart: (p) => `Bild mit Balken: ${p.question}`,
  chartBar: (p) => `${p.answer}: ${p.count} (${p.share})`,
  chartNote: 'Das Bild zeigt die gleichen Zahlen wie die Tabelle.',
  agreed: 'Zugestimmt',
  noQuestions: 'Bei dieser Beteiligung gibt es keine Fragen zum Zählen.',
  nobodyYet: 'Bis jetzt hat noch niemand mit·gemacht.',
  freeText: 'Manche Antworten haben die Menschen selbst geschrieben. Diese Antworten zeigen wir nicht.',
  toConsultation: 'Zur Beteiligung',
  toHome: 'Alle Beteiligungen',
} satisfies ResultsMessages;
