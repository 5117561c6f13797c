/** German, the reference catalogue for the approval workflow emails. */
export const de = {
  greetingName: (p: { name: string }) => `Guten Tag ${p.name},`,
  submissionTitle: 'Der Beitrag',
  decideButton: 'Beitrag ansehen und entscheiden',
  linkValidUntil: (p: { date: string }) => `Der Link ist gültig bis ${p.date}.`,
  linkChangesNothing:
    'Das Öffnen des Links ändert noch nichts. Ihre Entscheidung zählt erst, wenn Sie auf der Seite einen der Knöpfe drücken.',
  statusButton: 'Stand Ihres Beitrags ansehen',
  reviseButton: 'Beitrag überarbeiten',
  commentLabel: 'Kommentar',
  reasonLabel: 'Begründung',
  approvalRequested: {
    subject: (p: { title: string; reference: string; stage: string }) =>
      `Bitte um Ihre Entscheidung: ${p.title} (${p.reference}), ${p.stage}`,
    intro: (p: { title: string; stage: string }) =>
      `ein Beitrag zu „${p.title}“ wartet auf Ihre Entscheidung in der Stufe „${p.stage}“.`,
    returnedFrom: (p: { stage: string }) =>
      `Die Stufe „${p.stage}“ hat den Beitrag abgelehnt und zur erneuten Entscheidung an Sie zurückgegeben.`,
  },
  reminder: {
    subject: (p: { title: string; reference: string; stage: string }) =>
      `Erinnerung: ${p.title} (${p.reference}) wartet auf Ihre Entscheidung, ${p.stage}`,
    intro: (p: { title: string; stage: string; since: string }) =>
      `ein Beitrag zu „${p.title}“ wartet seit ${p.since} auf Ihre Entscheidung in der Stufe „${p.stage}“.`,
  },
  received: {
    subject: (p: { title: string; reference: string }) =>
      `Eingegangen: ${p.title} (Vorgangsnummer ${p.reference})`,
    body: (p: { title: string; stage: string }) =>
      `wir haben Ihren Beitrag zu „${p.title}“ erhalten. Er liegt jetzt der Stufe „${p.stage}“ zur Entscheidung vor. Wir schreiben Ihnen bei jedem weiteren Schritt.`,
  },
  advanced: {
    subject: (p: { title: string; reference: string }) =>
      `Nächste Stufe: ${p.title} (Vorgangsnummer ${p.reference})`,
    body: (p: { title: string; stage: string }) =>
      `Ihr Beitrag zu „${p.title}“ wurde angenommen und an die nächste Stufe weitergegeben: „${p.stage}“.`,
  },
  returned: {
    subject: (p: { title: string; reference: string }) =>
      `Erneute Entscheidung: ${p.title} (Vorgangsnummer ${p.reference})`,
    body: (p: { title: string; stage: string }) =>
      `Ihr Beitrag zu „${p.title}“ wurde in einer späteren Stufe abgelehnt und an die Stufe „${p.stage}“ zurückgegeben. Sie entscheidet noch einmal darüber.`,
  },
  approved: {
    subject: (p: { title: string; reference: string }) =>
      `Angenommen: ${p.title} (Vorgangsnummer ${p.reference})`,
    body: (p: { title: string }) => `Ihr Beitrag zu „${p.title}“ wurde in allen Stufen angenommen.`,
  },
  rejected: {
    subject: (p: { title: string; reference: string }) =>
      `Abgelehnt: ${p.title} (Vorgangsnummer ${p.reference})`,
    body: (p: { title: string; stage: string }) =>
      `Ihr Beitrag zu „${p.title}“ wurde in der Stufe „${p.stage}“ abgelehnt.`,
  },
  sentBack: {
    subject: (p: { title: string; reference: string }) =>
      `Bitte überarbeiten: ${p.title} (Vorgangsnummer ${p.reference})`,
    body: (p: { title: string; stage: string }) =>
      `die Stufe „${p.stage}“ hat Ihren Beitrag zu „${p.title}“ mit der Bitte um Überarbeitung an Sie zurückgeschickt. Danach geht er wieder an diese Stufe.`,
  },
  contactChanged: {
    subject: (p: { title: string; reference: string }) =>
      `Kontaktadresse geändert: ${p.title} (Vorgangsnummer ${p.reference})`,
    body: (p: { title: string }) =>
      `die E-Mail-Adresse zu Ihrem Beitrag zu „${p.title}“ wurde bei der Überarbeitung geändert. Nachrichten zu diesem Beitrag gehen ab jetzt an die neue Adresse.`,
    notYou:
      'Wenn Sie das nicht selbst waren, wenden Sie sich bitte an die unten genannte Kontaktstelle und nennen Sie die Vorgangsnummer.',
  },
  outcome: {
    approvedSubject: (p: { title: string; reference: string }) =>
      `Ergebnis: angenommen – ${p.title} (${p.reference})`,
    rejectedSubject: (p: { title: string; reference: string }) =>
      `Ergebnis: abgelehnt – ${p.title} (${p.reference})`,
    approved: (p: { title: string; reference: string; stage: string }) =>
      `der Beitrag ${p.reference} zu „${p.title}“ ist angenommen. Die letzte Entscheidung fiel in der Stufe „${p.stage}“.`,
    rejected: (p: { title: string; reference: string; stage: string }) =>
      `der Beitrag ${p.reference} zu „${p.title}“ wurde in der Stufe „${p.stage}“ abgelehnt.`,
  },
  erased: {
    subject: (p: { title: string; reference: string }) =>
      `Persönliche Daten gelöscht: ${p.title} (${p.reference})`,
    body: (p: { title: string; reference: string; at: string }) =>
      `auf Wunsch der einreichenden Person wurden am ${p.at} die persönlichen Daten des Beitrags ${p.reference} zu „${p.title}“ gelöscht. Die übrigen Antworten, die Zählung und der Verlauf der Entscheidungen bleiben; die Person bekommt keine E-Mails mehr.`,
    copies:
      'Bitte löschen Sie auch Kopien außerhalb der Plattform, zum Beispiel weitergeleitete E-Mails oder Exporte mit persönlichen Angaben (Art. 17 und 19 DSGVO).',
  },
  automaticApprover:
    'Sie erhalten diese E-Mail, weil Sie bei dieser Beteiligung als entscheidende Person eingetragen sind.',
  automaticSubmitter: 'Diese E-Mail wurde automatisch versendet, weil Sie einen Beitrag eingereicht haben.',
  automaticDepartment:
    'Diese E-Mail wurde automatisch versendet, weil Sie die Kontaktstelle dieser Beteiligung sind.',
};

/** The shape every other locale must satisfy: a key missing elsewhere is a compile error. */
export type WorkflowEmailMessages = typeof de;
