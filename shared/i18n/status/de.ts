/** German, the reference catalogue for the submitter's status and resubmission pages. */
export const de = {
  reference: 'Vorgangsnummer',
  submittedAt: 'Eingereicht am',
  currentState: 'Aktueller Stand',
  received: 'Ihr Beitrag ist eingegangen.',
  inStage: (p: { stage: string; since: string }) =>
    `Ihr Beitrag liegt seit ${p.since} der Stufe „${p.stage}“ zur Entscheidung vor.`,
  backInStage: (p: { stage: string; since: string }) =>
    `Ihr überarbeiteter Beitrag liegt seit ${p.since} wieder der Stufe „${p.stage}“ zur Entscheidung vor.`,
  sentBack: (p: { stage: string; at: string }) =>
    `Die Stufe „${p.stage}“ hat Ihren Beitrag am ${p.at} zur Überarbeitung an Sie zurückgeschickt.`,
  approved: (p: { at: string }) => `Ihr Beitrag wurde am ${p.at} angenommen.`,
  rejected: (p: { stage: string; at: string }) =>
    `Ihr Beitrag wurde am ${p.at} in der Stufe „${p.stage}“ abgelehnt.`,
  sentBackTitle: 'Bitte überarbeiten Sie Ihren Beitrag',
  sentBackBy: (p: { stage: string }) => `Die Stufe „${p.stage}“ schreibt dazu:`,
  resubmitRule: (p: { stage: string }) =>
    `Wenn Sie den überarbeiteten Beitrag absenden, geht er zurück an die Stufe „${p.stage}“. Sie entscheidet neu über den ganzen Beitrag; frühere Zustimmungen gelten dann nicht mehr.`,
  reviseTitle: 'Ihr Beitrag zum Überarbeiten',
  resubmit: 'Überarbeiteten Beitrag absenden',
  timelineTitle: 'Verlauf',
  event: {
    submitted: 'Beitrag eingereicht',
    approve: (p: { stage: string }) => `Ein Mitglied der Stufe „${p.stage}“ hat zugestimmt.`,
    reject: (p: { stage: string }) => `Ein Mitglied der Stufe „${p.stage}“ hat abgelehnt.`,
    sendBack: (p: { stage: string }) => `Ein Mitglied der Stufe „${p.stage}“ hat um Überarbeitung gebeten.`,
    advanced: (p: { stage: string }) => `Weitergegeben an die Stufe „${p.stage}“.`,
    returned: (p: { stage: string }) => `Zur erneuten Entscheidung an die Stufe „${p.stage}“ zurückgegeben.`,
    approved: 'Beitrag angenommen.',
    rejected: (p: { stage: string }) => `Beitrag in der Stufe „${p.stage}“ abgelehnt.`,
    sentBack: 'Zur Überarbeitung an Sie zurückgeschickt.',
    resubmitted: (p: { stage: string }) =>
      `Überarbeiteten Beitrag eingereicht. Er liegt wieder der Stufe „${p.stage}“ vor.`,
  },
  commentLabel: 'Kommentar',
  expiredTitle: 'Dieser Link ist abgelaufen',
  expiredText:
    'Aus Sicherheitsgründen gilt der Link zu Ihrem Beitrag nur eine begrenzte Zeit. Einen neuen Link können wir nicht automatisch senden.',
  contact: (p: { name: string; email: string }) =>
    `Wenn Sie den Stand Ihres Beitrags erfahren möchten, wenden Sie sich bitte an ${p.name}: ${p.email}`,
  notSentBackTitle: 'Ihr Beitrag wartet nicht auf eine Überarbeitung',
  notSentBack:
    'Vielleicht haben Sie ihn schon erneut abgesendet. Auf der Seite zu Ihrem Beitrag sehen Sie den aktuellen Stand.',
  finalTitle: 'Über Ihren Beitrag ist schon entschieden',
  final: 'Er kann nicht mehr geändert werden. Auf der Seite zu Ihrem Beitrag sehen Sie das Ergebnis.',
  staleTitle: 'Ihr Beitrag hat sich inzwischen geändert',
  stale:
    'Ihre Änderungen wurden nicht gespeichert. Bitte laden Sie die Seite zu Ihrem Beitrag neu und prüfen Sie den aktuellen Stand.',
  backToStatus: 'Zur Seite Ihres Beitrags',
};

/** The shape every other locale must satisfy: a key missing elsewhere is a compile error. */
export type StatusMessages = typeof de;
