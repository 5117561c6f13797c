import type { StatusMessages } from './de.ts';

/** Leichte Sprache: the submitter's status and resubmission pages. */
export const deXLs = {
  reference: 'Ihre Nummer',
  submittedAt: 'Geschickt am',
  currentState: 'Das ist der Stand',
  received: 'Wir haben Ihren Beitrag bekommen.',
  inStage: (p) => `Seit ${p.since} ist Ihr Beitrag bei der Gruppe „${p.stage}“. Die Gruppe entscheidet.`,
  backInStage: (p) =>
    `Sie haben Ihren Beitrag geändert. Seit ${p.since} ist er wieder bei der Gruppe „${p.stage}“. Die Gruppe entscheidet.`,
  sentBack: (p) =>
    `Die Gruppe „${p.stage}“ hat Ihren Beitrag am ${p.at} zurück-geschickt. Bitte ändern Sie Ihren Beitrag.`,
  approved: (p) => `Ihr Beitrag ist angenommen. Das war am ${p.at}.`,
  rejected: (p) => `Die Gruppe „${p.stage}“ hat Ihren Beitrag abgelehnt. Das war am ${p.at}.`,
  sentBackTitle: 'Bitte ändern Sie Ihren Beitrag',
  sentBackBy: (p) => `Das schreibt die Gruppe „${p.stage}“:`,
  resubmitRule: (p) =>
    `Sie schicken den geänderten Beitrag ab. Dann geht er wieder zur Gruppe „${p.stage}“. Die Gruppe entscheidet dann neu über den ganzen Beitrag.`,
  reviseTitle: 'Hier können Sie Ihren Beitrag ändern',
  resubmit: 'Geänderten Beitrag abschicken',
  timelineTitle: 'Das ist bisher passiert',
  event: {
    submitted: 'Sie haben den Beitrag geschickt.',
    approve: (p) => `Eine Person aus der Gruppe „${p.stage}“ hat ja gesagt.`,
    reject: (p) => `Eine Person aus der Gruppe „${p.stage}“ hat nein gesagt.`,
    sendBack: (p) => `Eine Person aus der Gruppe „${p.stage}“ möchte Änderungen.`,
    advanced: (p) => `Der Beitrag ist jetzt bei der Gruppe „${p.stage}“.`,
    returned: (p) =>
      `Der Beitrag ist wieder bei der Gruppe „${p.stage}“. Die Gruppe entscheidet noch einmal.`,
    approved: 'Der Beitrag ist angenommen.',
    rejected: (p) => `Die Gruppe „${p.stage}“ hat den Beitrag abgelehnt.`,
    sentBack: 'Der Beitrag ist zurück bei Ihnen. Sie sollen ihn ändern.',
    resubmitted: (p) => `Sie haben den Beitrag geändert. Er ist wieder bei der Gruppe „${p.stage}“.`,
  },
  commentLabel: 'Nachricht',
  expiredTitle: 'Der Link gilt nicht mehr',
  expiredText:
    'Der Link gilt nur eine bestimmte Zeit. Das ist sicherer. Wir können keinen neuen Link schicken.',
  contact: (p) => `Sie möchten wissen, wie weit Ihr Beitrag ist? Dann schreiben Sie an ${p.name}: ${p.email}`,
  notSentBackTitle: 'Sie müssen Ihren Beitrag nicht ändern',
  notSentBack:
    'Vielleicht haben Sie den Beitrag schon geschickt. Auf der Seite zu Ihrem Beitrag sehen Sie den Stand.',
  finalTitle: 'Über Ihren Beitrag ist schon entschieden',
  final: 'Sie können den Beitrag nicht mehr ändern. Auf der Seite zu Ihrem Beitrag sehen Sie das Ergebnis.',
  staleTitle: 'Ihr Beitrag hat sich geändert',
  stale: 'Ihre Änderungen sind nicht gespeichert. Bitte laden Sie die Seite zu Ihrem Beitrag neu.',
  backToStatus: 'Zur Seite zu Ihrem Beitrag',
} satisfies StatusMessages;
