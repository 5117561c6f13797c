import { formatNumber } from '../format.ts';

const n = (value: number) => formatNumber('de', value);

/** What the rule texts are told: how many approvals the stage needs, of how many approvers. */
type RuleCount = { needed: number; approvers: number };

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
    erased: 'Persönliche Daten auf Wunsch gelöscht',
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
  decisionRule: {
    heading: 'Wie diese Stufe entscheidet',
    needed: {
      any: (p: RuleCount) =>
        `${n(p.needed)} von ${n(p.approvers)} Zustimmungen nötig: Eine Zustimmung genügt.`,
      all: (p: RuleCount) =>
        `${n(p.needed)} von ${n(p.approvers)} Zustimmungen nötig: Alle müssen zustimmen.`,
      quorum: (p: RuleCount) => `${n(p.needed)} von ${n(p.approvers)} Zustimmungen nötig.`,
      majority: (p: RuleCount) =>
        `${n(p.needed)} von ${n(p.approvers)} Zustimmungen nötig: die Mehrheit, also mehr als die Hälfte.`,
    },
    against: {
      any: (p: RuleCount) =>
        `Abgelehnt oder zurückgeschickt wird der Beitrag erst, wenn niemand mehr zustimmen kann: wenn alle ${n(p.approvers)} Mitglieder dagegen entschieden haben.`,
      all: (p: RuleCount) =>
        `Schon eine Ablehnung oder Rücksendung entscheidet gegen den Beitrag, denn dann können nicht mehr alle ${n(p.approvers)} zustimmen.`,
      quorum: (p: RuleCount) =>
        `Gegen den Beitrag ist die Stufe, sobald ${n(p.needed)} Zustimmungen nicht mehr erreichbar sind.`,
      majority: (p: RuleCount) =>
        `Gegen den Beitrag ist die Stufe, sobald ${n(p.needed)} Zustimmungen nicht mehr erreichbar sind. Stimmengleichheit ist keine Mehrheit.`,
    },
    split:
      'Ist die Stufe gegen den Beitrag, gilt: Gibt es mehr Ablehnungen als Rücksendungen, ist er abgelehnt. Sonst, auch bei Gleichstand, geht er zur Überarbeitung an die einreichende Person zurück.',
    returnsTo: (p: { stage: string }) =>
      `Eine Ablehnung in dieser Stufe gibt den Beitrag an die Stufe „${p.stage}“ zurück.`,
    tallyHeading: 'Bisher entschieden in dieser Runde',
    tally: {
      approve: 'Zustimmungen',
      reject: 'Ablehnungen',
      sendBack: 'Rücksendungen',
      pending: 'Noch offen',
    },
    namesHeading: 'Wer wie entschieden hat',
    pendingName: 'Noch offen',
  },
  effect: {
    counted: {
      approve: 'Ihre Zustimmung wird gezählt; entschieden ist noch nichts.',
      reject: 'Ihre Ablehnung wird gezählt; entschieden ist noch nichts.',
      sendBack: 'Ihre Rücksendung wird gezählt; entschieden ist noch nichts.',
    },
    advanced: (p: { stage: string }) =>
      `Ihre Zustimmung schließt diese Stufe ab. Der Beitrag geht weiter an die Stufe „${p.stage}“.`,
    approved: 'Ihre Zustimmung schließt die letzte Stufe ab. Der Beitrag ist damit angenommen.',
    rejected: {
      reject: 'Mit Ihrer Ablehnung ist der Beitrag abgelehnt.',
      sendBack:
        'Mit Ihrer Rücksendung ist die Stufe gegen den Beitrag. Es gibt mehr Ablehnungen als Rücksendungen, darum ist er abgelehnt.',
    },
    returned: {
      reject: (p: { stage: string }) =>
        `Mit Ihrer Ablehnung geht der Beitrag an die Stufe „${p.stage}“ zurück.`,
      sendBack: (p: { stage: string }) =>
        `Mit Ihrer Rücksendung ist die Stufe gegen den Beitrag. Es gibt mehr Ablehnungen als Rücksendungen, darum geht er an die Stufe „${p.stage}“ zurück.`,
    },
    sentBack: {
      reject:
        'Mit Ihrer Ablehnung ist die Stufe gegen den Beitrag. Es gibt nicht mehr Ablehnungen als Rücksendungen, darum geht er zur Überarbeitung an die einreichende Person zurück.',
      sendBack: 'Mit Ihrer Rücksendung geht der Beitrag zur Überarbeitung an die einreichende Person zurück.',
    },
  },
};

/** The shape every other locale must satisfy: a key missing elsewhere is a compile error. */
export type ReviewMessages = typeof de;
