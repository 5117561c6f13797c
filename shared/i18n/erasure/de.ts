/** German, the reference catalogue for erasure on request (status page, confirmation, result). */
export const de = {
  sectionTitle: 'Ihre persönlichen Daten löschen',
  sectionText:
    'Sie können Ihre persönlichen Angaben zu diesem Beitrag jederzeit löschen lassen. Im nächsten Schritt sehen Sie, was gelöscht wird und was bleibt.',
  startButton: 'Meine Daten löschen',
  confirmTitle: 'Wollen Sie Ihre persönlichen Daten löschen?',
  removedTitle: 'Das wird sofort gelöscht',
  removedContact: 'Ihre E-Mail-Adresse und Telefonnummer, auch die Adresse für die Kopie',
  keptTitle: 'Das bleibt',
  keptAnswers: 'Ihre übrigen Antworten ohne Bezug zu Ihrer Person. Sie zählen weiter im Ergebnis.',
  keptReference: 'Die Vorgangsnummer, das Datum und der Verlauf der Entscheidungen.',
  keptWorkflow:
    'Über Ihren Beitrag wird weiter entschieden. Sie bekommen dazu keine E-Mails mehr; den Stand sehen Sie weiter über diesen Link.',
  departmentTold:
    'Die Kontaktstelle der Beteiligung erfährt, dass Sie Ihre Daten gelöscht haben, aber nicht, was darin stand.',
  final: 'Das Löschen kann nicht rückgängig gemacht werden.',
  confirmButton: 'Ja, meine Daten jetzt löschen',
  cancel: 'Abbrechen und zurück zur Seite Ihres Beitrags',
  doneTitle: 'Ihre persönlichen Daten sind gelöscht',
  doneText: (p: { at: string }) => `Wir haben Ihre persönlichen Angaben am ${p.at} gelöscht.`,
  alreadyTitle: 'Ihre persönlichen Daten sind schon gelöscht',
  alreadyText: (p: { at: string }) => `Sie wurden am ${p.at} gelöscht. Es gibt nichts mehr zu löschen.`,
  notice: (p: { at: string }) => `Ihre persönlichen Angaben wurden am ${p.at} auf Ihren Wunsch gelöscht.`,
  timeline: 'Ihre persönlichen Daten wurden auf Ihren Wunsch gelöscht.',
  backToStatus: 'Zur Seite Ihres Beitrags',
};

/** The shape every other locale must satisfy: a key missing elsewhere is a compile error. */
export type ErasureMessages = typeof de;
