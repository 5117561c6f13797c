/** German: the public results page of a consultation. */
export const de = {
  title: (p: { title: string }) => `Ergebnisse: ${p.title}`,
  asOf: (p: { date: string }) => `Stand: ${p.date}`,
  participants: 'Teilnehmende',
  live: 'Die Beteiligung läuft noch. Die Zahlen ändern sich, solange Antworten eingehen.',
  ended: (p: { date: string }) => `Die Beteiligung endete am ${p.date}. Das sind die endgültigen Zahlen.`,
  notYetTitle: 'Die Ergebnisse sind noch nicht veröffentlicht',
  notYet: (p: { date: string }) =>
    `Wir veröffentlichen die Ergebnisse nach dem Ende der Beteiligung am ${p.date}.`,
  answer: 'Antwort',
  count: 'Anzahl',
  share: 'Anteil',
  severalAnswers: 'Mehrere Antworten waren möglich. Deshalb ergeben die Anteile zusammen mehr als 100 %.',
  chart: (p: { question: string }) => `Balkendiagramm: ${p.question}`,
  chartBar: (p: { answer: string; count: string; share: string }) => `${p.answer}: ${p.count} (${p.share})`,
  chartNote: 'Das Diagramm zeigt dieselben Zahlen wie die Tabelle darüber.',
  agreed: 'Zugestimmt',
  noQuestions: 'Diese Beteiligung hat keine Fragen mit Antwortmöglichkeiten, die gezählt werden.',
  nobodyYet: 'Bisher hat noch niemand teilgenommen.',
  freeText: 'Antworten in eigenen Worten veröffentlichen wir nicht.',
  toConsultation: 'Zur Beteiligung',
  toHome: 'Alle Beteiligungen',
};

export type ResultsMessages = typeof de;
