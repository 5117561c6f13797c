import { formatNumber } from '../format.ts';

const n = (value: number) => formatNumber('de', value);

/** German, the reference catalogue for the approvers' review and decision pages. */
export const de = {
  title: 'Bitte um Ihre Entscheidung',
  stage: (p: { stage: string }) => `Stufe: ${p.stage}`,
  reference: 'Vorgangsnummer',
  submittedAt: 'Eingegangen am',
  answersHeading: 'Der Beitrag',
  answersIn: (p: { language: string }) => `Die Antworten sind auf ${p.language} geschrieben.`,
  noAnswers: 'Der Beitrag enthält keine Antworten außer persönlichen Angaben.',
  personalHidden: 'Persönliche Angaben der einreichenden Person werden hier nicht gezeigt.',
  historyHeading: 'Bisheriger Verlauf',
  memberOf: (p: { stage: string }) => `Mitglied der Stufe „${p.stage}“`,
  submitter: 'Einreichende Person',
  system: 'Automatisch',
  events: {
    submitted: 'Eingereicht',
    decided: 'Entscheidung',
    advanced: 'An die nächste Stufe weitergegeben',
    returned: 'An eine frühere Stufe zurückgegeben',
    approved: 'Angenommen',
    rejected: 'Abgelehnt',
    sentBack: 'Zur Überarbeitung zurückgeschickt',
    resubmitted: 'Überarbeitet eingereicht',
    reminded: 'Erinnerung versendet',
  },
  choices: {
    approve: 'Annehmen',
    reject: 'Ablehnen',
    sendBack: 'Zur Überarbeitung an die einreichende Person zurückschicken',
  },
  outcomes: {
    approve: 'Angenommen',
    reject: 'Abgelehnt',
    sendBack: 'Zur Überarbeitung zurückgeschickt',
  },
  comment: 'Kommentar',
  formHeading: 'Ihre Entscheidung',
  decisionLegend: 'Wie entscheiden Sie?',
  commentHint: (p: { max: number }) =>
    `Beim Ablehnen und beim Zurückschicken ist ein Kommentar nötig. Höchstens ${n(p.max)} Zeichen.`,
  finalNotice: 'Ihre Entscheidung zählt, sobald Sie sie absenden. Danach können Sie sie nicht mehr ändern.',
  submit: 'Entscheidung absenden',
  errors: {
    decision: 'Wählen Sie aus, wie Sie entscheiden.',
    commentRequired: 'Schreiben Sie einen Kommentar. Beim Ablehnen und Zurückschicken ist er nötig.',
    commentTooLong: (p: { max: number }) => `Der Kommentar darf höchstens ${n(p.max)} Zeichen lang sein.`,
  },
  doneTitle: 'Vielen Dank, Ihre Entscheidung ist gespeichert',
  decidedTitle: 'Sie haben bereits entschieden',
  yourDecision: 'Ihre Entscheidung',
  decidedAt: 'Entschieden am',
  nothingToDo: 'Sie müssen nichts weiter tun. Wir informieren die Beteiligten per E-Mail.',
  closedTitle: 'Diese Stufe ist abgeschlossen',
  closedText:
    'Über diesen Beitrag ist in dieser Stufe schon entschieden, oder er liegt inzwischen woanders. Ihre Entscheidung wird hier nicht mehr gebraucht.',
  expiredTitle: 'Dieser Link ist abgelaufen',
  expiredText:
    'Entscheidungslinks gelten aus Sicherheitsgründen nur eine begrenzte Zeit. Der Beitrag wartet noch auf Ihre Entscheidung.',
  renewButton: 'Neuen Link an meine E-Mail-Adresse senden',
  renewedTitle: 'Ein neuer Link ist unterwegs',
  renewedText:
    'Wir senden einen neuen Link an die E-Mail-Adresse, an die auch dieser Link ging. Öffnen Sie den Beitrag bitte mit dem neuen Link.',
  renewLimit: 'Innerhalb einer Stunde senden wir höchstens einen neuen Link.',
};

/** The shape every other locale must satisfy: a key missing elsewhere is a compile error. */
export type ReviewMessages = typeof de;
