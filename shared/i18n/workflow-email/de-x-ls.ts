import type { WorkflowEmailMessages } from './de.ts';

/** Leichte Sprache: the approval workflow emails. */
export const deXLs = {
  greetingName: (p) => `Guten Tag ${p.name}!`,
  submissionTitle: 'Der Beitrag',
  decideButton: 'Beitrag an·sehen und entscheiden',
  linkValidUntil: (p) => `Der Link geht bis: ${p.date}.`,
  linkChangesNothing:
    'Wenn Sie den Link öffnen, passiert noch nichts. Ihre Entscheidung zählt erst, wenn Sie auf der Seite auf einen Knopf drücken.',
  statusButton: 'So weit ist Ihr Beitrag',
  reviseButton: 'Beitrag ändern',
  commentLabel: 'Kommentar',
  reasonLabel: 'Der Grund',
  approvalRequested: {
    subject: (p) => `Bitte entscheiden Sie: ${p.title} (${p.reference}), ${p.stage}`,
    intro: (p) =>
      `Es gibt einen Beitrag zu „${p.title}“. Sie sollen entscheiden. Sie sind in der Gruppe: „${p.stage}“.`,
    returnedFrom: (p) =>
      `Die Gruppe „${p.stage}“ hat Nein gesagt. Darum kommt der Beitrag zu Ihnen zurück. Bitte entscheiden Sie noch einmal.`,
  },
  reminder: {
    subject: (p) => `Erinnerung: ${p.title} (${p.reference}), bitte entscheiden Sie, ${p.stage}`,
    intro: (p) =>
      `Es gibt einen Beitrag zu „${p.title}“. Er wartet seit ${p.since} auf Ihre Entscheidung. Sie sind in der Gruppe: „${p.stage}“.`,
  },
  received: {
    subject: (p) => `Angekommen: ${p.title} (Nummer ${p.reference})`,
    body: (p) =>
      `Ihr Beitrag zu „${p.title}“ ist bei uns angekommen. Jetzt entscheidet die Gruppe: „${p.stage}“. Wir schreiben Ihnen bei jedem Schritt.`,
  },
  advanced: {
    subject: (p) => `Nächster Schritt: ${p.title} (Nummer ${p.reference})`,
    body: (p) =>
      `Gute Nachricht: Ihr Beitrag zu „${p.title}“ ist weiter. Jetzt entscheidet die Gruppe: „${p.stage}“.`,
  },
  returned: {
    subject: (p) => `Noch einmal entscheiden: ${p.title} (Nummer ${p.reference})`,
    body: (p) =>
      `Eine spätere Gruppe hat Nein gesagt zu Ihrem Beitrag zu „${p.title}“. Darum entscheidet die Gruppe „${p.stage}“ noch einmal.`,
  },
  approved: {
    subject: (p) => `Ja: ${p.title} (Nummer ${p.reference})`,
    body: (p) => `Gute Nachricht: Alle Gruppen haben Ja gesagt zu Ihrem Beitrag zu „${p.title}“.`,
  },
  rejected: {
    subject: (p) => `Nein: ${p.title} (Nummer ${p.reference})`,
    body: (p) => `Die Gruppe „${p.stage}“ hat Nein gesagt zu Ihrem Beitrag zu „${p.title}“.`,
  },
  sentBack: {
    subject: (p) => `Bitte ändern: ${p.title} (Nummer ${p.reference})`,
    body: (p) =>
      `Die Gruppe „${p.stage}“ bittet Sie: Ändern Sie Ihren Beitrag zu „${p.title}“. Danach entscheidet die Gruppe noch einmal.`,
  },
  contactChanged: {
    subject: (p) => `Neue E-Mail-Adresse: ${p.title} (Vorgangs-Nummer ${p.reference})`,
    body: (p) =>
      `Sie haben einen Beitrag geschickt. Zu „${p.title}“. Bei dem Beitrag steht jetzt eine andere E-Mail-Adresse. Nachrichten zum Beitrag gehen jetzt an die andere Adresse.`,
    notYou:
      'Waren Sie das nicht? Dann melden Sie sich bitte bei der Stelle unten. Sagen Sie dort die Vorgangs-Nummer.',
  },
  outcome: {
    approvedSubject: (p) => `Ergebnis Ja: ${p.title} (${p.reference})`,
    rejectedSubject: (p) => `Ergebnis Nein: ${p.title} (${p.reference})`,
    approved: (p) =>
      `Der Beitrag ${p.reference} zu „${p.title}“ ist angenommen. Zuletzt hat die Gruppe „${p.stage}“ entschieden.`,
    rejected: (p) =>
      `Der Beitrag ${p.reference} zu „${p.title}“ ist abgelehnt. Das hat die Gruppe „${p.stage}“ entschieden.`,
  },
  erased: {
    subject: (p) => `Persönliche Daten gelöscht: ${p.title} (${p.reference})`,
    body: (p) =>
      `Eine Person hat einen Beitrag zu „${p.title}“ geschickt. Die Nummer ist ${p.reference}. Die Person wollte: Ihre Daten sollen weg. Am ${p.at} haben wir die persönlichen Daten gelöscht. Die anderen Antworten bleiben. Die Person bekommt keine E-Mails mehr.`,
    copies:
      'Bitte löschen Sie auch Kopien außerhalb von der Plattform. Zum Beispiel: weiter·geleitete E-Mails. Oder Exporte mit persönlichen Daten.',
  },
  automaticApprover: 'Sie bekommen diese E-Mail: Sie entscheiden bei dieser Beteiligung mit.',
  automaticSubmitter: 'Diese E-Mail kommt automatisch. Sie haben einen Beitrag geschickt.',
  automaticDepartment: 'Diese E-Mail kommt automatisch. Sie sind die Kontakt·stelle für diese Beteiligung.',
} satisfies WorkflowEmailMessages;
