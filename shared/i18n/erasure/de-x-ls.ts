import type { ErasureMessages } from './de.ts';

/** Leichte Sprache: erasure on request. Short sentences, one statement each. */
export const deXLs = {
  sectionTitle: 'Ihre persönlichen Daten löschen',
  sectionText:
    'Sie können Ihre persönlichen Daten löschen. Das geht jederzeit. Im nächsten Schritt sehen Sie: Das wird gelöscht. Das bleibt.',
  startButton: 'Meine Daten löschen',
  confirmTitle: 'Wollen Sie Ihre persönlichen Daten löschen?',
  removedTitle: 'Das löschen wir sofort',
  removedContact: 'Ihre E-Mail-Adresse. Ihre Telefon·nummer. Die Adresse für die Kopie.',
  keptTitle: 'Das bleibt',
  keptAnswers: 'Ihre anderen Antworten. Darin steht nicht, wer Sie sind. Die Antworten zählen weiter.',
  keptReference: 'Die Nummer von Ihrem Beitrag. Das Datum. Die Entscheidungen.',
  keptWorkflow:
    'Wir entscheiden weiter über Ihren Beitrag. Sie bekommen keine E-Mails mehr. Mit diesem Link sehen Sie weiter den Stand.',
  departmentTold:
    'Die Kontakt·stelle erfährt: Sie haben Ihre Daten gelöscht. Sie erfährt nicht, was darin stand.',
  final: 'Gelöscht ist gelöscht. Das kann niemand zurück·holen.',
  confirmButton: 'Ja, meine Daten jetzt löschen',
  cancel: 'Nicht löschen. Zurück zu Ihrem Beitrag.',
  doneTitle: 'Ihre persönlichen Daten sind gelöscht',
  doneText: (p) => `Wir haben Ihre persönlichen Daten gelöscht. Das war am ${p.at}.`,
  alreadyTitle: 'Ihre persönlichen Daten sind schon gelöscht',
  alreadyText: (p) => `Wir haben sie am ${p.at} gelöscht. Es gibt nichts mehr zu löschen.`,
  notice: (p) => `Sie wollten: Ihre persönlichen Daten sollen weg. Wir haben sie am ${p.at} gelöscht.`,
  timeline: 'Ihre persönlichen Daten sind gelöscht. Sie wollten das.',
  backToStatus: 'Zu Ihrem Beitrag',
} satisfies ErasureMessages;
