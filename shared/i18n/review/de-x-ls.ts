import { formatNumber } from '../format.ts';
import type { ReviewMessages } from './de.ts';

const n = (value: number) => formatNumber('de-x-ls', value);

/** Leichte Sprache: the approvers' review and decision pages. */
export const deXLs = {
  title: 'Bitte entscheiden Sie',
  stage: (p) => `Stufe: ${p.stage}`,
  reference: 'Vorgangs-Nummer',
  submittedAt: 'Angekommen am',
  answersHeading: 'Der Beitrag',
  answersIn: (p) => `Die Antworten sind in dieser Sprache: ${p.language}.`,
  noAnswers: 'In dem Beitrag sind nur persönliche Angaben. Die zeigen wir nicht.',
  personalHidden: 'Persönliche Angaben von der Person, die den Beitrag geschickt hat, zeigen wir hier nicht.',
  historyHeading: 'Was bisher passiert ist',
  memberOf: (p) => `Mitglied von der Stufe „${p.stage}“`,
  submitter: 'Person, die den Beitrag geschickt hat',
  system: 'Automatisch',
  events: {
    submitted: 'Geschickt',
    decided: 'Entscheidung',
    advanced: 'Weiter-gegeben an die nächste Stufe',
    returned: 'Zurück-gegeben an eine frühere Stufe',
    approved: 'Angenommen',
    rejected: 'Abgelehnt',
    sentBack: 'Zurück-geschickt zum Verbessern',
    resubmitted: 'Verbessert und neu geschickt',
    reminded: 'Erinnerung geschickt',
    erased: 'Persönliche Daten gelöscht. Die Person wollte das.',
  },
  choices: {
    approve: 'Annehmen',
    reject: 'Ablehnen',
    sendBack: 'Zurück-schicken: Die Person soll den Beitrag verbessern',
  },
  outcomes: { approve: 'Angenommen', reject: 'Abgelehnt', sendBack: 'Zurück-geschickt zum Verbessern' },
  comment: 'Kommentar',
  formHeading: 'Ihre Entscheidung',
  decisionLegend: 'Was entscheiden Sie?',
  commentHint: (p) =>
    `Wenn Sie ablehnen oder zurück-schicken: Schreiben Sie bitte einen Kommentar. Höchstens ${n(p.max)} Zeichen.`,
  finalNotice: 'Wenn Sie die Entscheidung schicken, gilt sie. Danach können Sie sie nicht mehr ändern.',
  submit: 'Entscheidung schicken',
  errors: {
    decision: 'Bitte wählen Sie eine Entscheidung.',
    commentRequired: 'Bitte schreiben Sie einen Kommentar. Beim Ablehnen und Zurück-schicken ist das nötig.',
    commentTooLong: (p) => `Der Kommentar ist zu lang. Er darf höchstens ${n(p.max)} Zeichen haben.`,
  },
  doneTitle: 'Danke. Wir haben Ihre Entscheidung gespeichert.',
  decidedTitle: 'Sie haben schon entschieden',
  yourDecision: 'Ihre Entscheidung',
  decidedAt: 'Entschieden am',
  nothingToDo: 'Sie müssen nichts mehr tun. Wir schicken allen eine E-Mail.',
  closedTitle: 'Diese Stufe ist fertig',
  closedText:
    'In dieser Stufe ist schon entschieden. Oder der Beitrag ist jetzt in einer anderen Stufe. Ihre Entscheidung ist hier nicht mehr nötig.',
  expiredTitle: 'Dieser Link gilt nicht mehr',
  expiredText:
    'Ein Link zum Entscheiden gilt nur kurze Zeit. Das ist wegen der Sicherheit. Der Beitrag wartet noch auf Ihre Entscheidung.',
  renewButton: 'Neuen Link an meine E-Mail-Adresse schicken',
  renewedTitle: 'Wir schicken Ihnen einen neuen Link',
  renewedText:
    'Der neue Link kommt an die gleiche E-Mail-Adresse wie dieser Link. Bitte öffnen Sie den Beitrag mit dem neuen Link.',
  renewLimit: 'Wir schicken höchstens einen neuen Link pro Stunde.',
  decisionRule: {
    heading: 'So entscheidet diese Stufe',
    needed: {
      any: (p) => `Diese Stufe braucht ${n(p.needed)} Ja von ${n(p.approvers)} Mitgliedern. Ein Ja reicht.`,
      all: (p) =>
        `Diese Stufe braucht ${n(p.needed)} Ja von ${n(p.approvers)} Mitgliedern. Alle müssen Ja sagen.`,
      quorum: (p) => `Diese Stufe braucht ${n(p.needed)} Ja von ${n(p.approvers)} Mitgliedern.`,
      majority: (p) =>
        `Diese Stufe braucht ${n(p.needed)} Ja von ${n(p.approvers)} Mitgliedern. Das ist mehr als die Hälfte.`,
    },
    against: {
      any: (p) =>
        `Ein Mitglied lehnt ab oder schickt zurück? Das entscheidet noch nicht. Erst wenn alle ${n(p.approvers)} Mitglieder dagegen sind, ist die Stufe gegen den Beitrag.`,
      all: (p) =>
        `Schon ein Mitglied kann dagegen entscheiden. Es lehnt ab oder schickt zurück. Dann können nicht mehr alle ${n(p.approvers)} Ja sagen.`,
      quorum: (p) =>
        `Vielleicht sind ${n(p.needed)} Ja nicht mehr möglich. Dann ist die Stufe gegen den Beitrag.`,
      majority: (p) =>
        `Vielleicht sind ${n(p.needed)} Ja nicht mehr möglich. Dann ist die Stufe gegen den Beitrag. Gleich viele Ja und Nein: Das ist keine Mehrheit.`,
    },
    split:
      'Ist die Stufe gegen den Beitrag? Dann zählen wir. Haben mehr Mitglieder abgelehnt als zurück-geschickt? Dann ist der Beitrag abgelehnt. Sonst geht er zurück an die Person. Das gilt auch bei gleich vielen. Die Person kann den Beitrag dann verbessern.',
    returnsTo: (p) => `Lehnt diese Stufe ab? Dann geht der Beitrag zurück an die Stufe „${p.stage}“.`,
    tallyHeading: 'So haben die Mitglieder bis jetzt entschieden',
    tally: {
      approve: 'Angenommen',
      reject: 'Abgelehnt',
      sendBack: 'Zurück-geschickt',
      pending: 'Noch nicht entschieden',
    },
    namesHeading: 'Wer hat wie entschieden?',
    pendingName: 'Noch nicht entschieden',
  },
  effect: {
    counted: {
      approve: 'Wir zählen Ihr Ja. Entschieden ist noch nichts.',
      reject: 'Wir zählen Ihre Ablehnung. Entschieden ist noch nichts.',
      sendBack: 'Wir zählen Ihr Zurück-schicken. Entschieden ist noch nichts.',
    },
    advanced: (p) =>
      `Mit Ihrem Ja ist diese Stufe fertig. Der Beitrag geht weiter an die Stufe „${p.stage}“.`,
    approved: 'Mit Ihrem Ja ist die letzte Stufe fertig. Dann ist der Beitrag angenommen.',
    rejected: {
      reject: 'Mit Ihrer Ablehnung ist der Beitrag abgelehnt.',
      sendBack:
        'Mit Ihrem Zurück-schicken ist die Stufe gegen den Beitrag. Es gibt mehr Ablehnungen. Darum ist der Beitrag abgelehnt.',
    },
    returned: {
      reject: (p) => `Mit Ihrer Ablehnung geht der Beitrag zurück an die Stufe „${p.stage}“.`,
      sendBack: (p) =>
        `Mit Ihrem Zurück-schicken ist die Stufe gegen den Beitrag. Es gibt mehr Ablehnungen. Darum geht der Beitrag zurück an die Stufe „${p.stage}“.`,
    },
    sentBack: {
      reject:
        'Mit Ihrer Ablehnung ist die Stufe gegen den Beitrag. Es gibt aber nicht mehr Ablehnungen als Zurück-schicken. Darum geht der Beitrag zurück an die Person. Sie kann ihn verbessern.',
      sendBack: 'Mit Ihrem Zurück-schicken geht der Beitrag zurück an die Person. Sie kann ihn verbessern.',
    },
  },
} satisfies ReviewMessages;
