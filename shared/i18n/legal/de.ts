/** German: the legal pages (Impressum, Datenschutz, Barrierefreiheit, Kontakt). */
export const de = {
  phone: 'Telefon',
  email: 'E-Mail',
  web: 'Internet',
  impressum: {
    title: 'Impressum',
    provider: 'Anbieter',
    legalForm: 'Rechtsform',
    representedBy: 'Vertreten durch',
    vatId: 'Umsatzsteuer-Identifikationsnummer',
    supervisoryAuthority: 'Zuständige Aufsichtsbehörde',
    contentResponsible: 'Verantwortlich für den Inhalt nach § 18 Absatz 2 Medienstaatsvertrag (MStV)',
    software: 'Diese Seiten laufen mit Mitwirken, freier Software unter der Lizenz EUPL-1.2.',
  },
  privacy: {
    title: 'Datenschutz',
    intro: (p: { operator: string }) =>
      `Hier erklären wir, welche Daten ${p.operator} auf dieser Beteiligungsplattform verarbeitet, wozu und wie lange, und welche Rechte Sie haben.`,
    controller: 'Verantwortlich',
    officer: 'Datenschutzbeauftragte Stelle',
    visits: 'Wenn Sie die Seiten aufrufen',
    visitsText:
      'Ihr Browser sendet technisch notwendige Daten: Ihre IP-Adresse, die aufgerufene Adresse, die Uhrzeit und die Browserkennung. Wir nutzen sie nur, um die Seiten auszuliefern und vor Angriffen zu schützen, und löschen die Protokolle nach spätestens 90 Tagen.',
    noTracking:
      'Wir setzen keine Cookies für Werbung oder Statistik und keine Dienste Dritter zur Analyse ein. Die Seiten laden keine Skripte und keine Schriften von anderen Servern.',
    consultations: 'Datenschutzhinweise zu den Beteiligungen',
    consultationsText:
      'Was wir bei einer Beteiligung speichern, steht in ihren eigenen Datenschutzhinweisen. Den Link finden Sie auf der Seite der Beteiligung und hier:',
    legalBasis: 'Rechtsgrundlage',
    processor: 'Wo die Daten gespeichert werden',
    processorText: (p: { provider: string; location: string; region: string }) =>
      `Die Plattform läuft im Auftrag bei ${p.provider} im Rechenzentrum ${p.location} (Region ${p.region}). Die Daten bleiben in der Europäischen Union. Mit dem Anbieter besteht ein Vertrag zur Auftragsverarbeitung nach Artikel 28 DSGVO.`,
    rights: 'Ihre Rechte',
    rightsList: [
      'Auskunft über Ihre Daten (Artikel 15 DSGVO)',
      'Berichtigung falscher Daten (Artikel 16 DSGVO)',
      'Löschung Ihrer Daten (Artikel 17 DSGVO)',
      'Einschränkung der Verarbeitung (Artikel 18 DSGVO)',
      'Widerspruch gegen die Verarbeitung (Artikel 21 DSGVO)',
      'Widerruf einer Einwilligung mit Wirkung für die Zukunft (Artikel 7 Absatz 3 DSGVO)',
    ],
    rightsHow: 'Schreiben Sie dazu an die verantwortliche Stelle oder an die datenschutzbeauftragte Stelle.',
    complaint: 'Beschwerde bei der Aufsichtsbehörde',
    complaintText:
      'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Artikel 77 DSGVO). Zuständig ist:',
  },
  consultationPrivacy: {
    title: (p: { title: string }) => `Datenschutzhinweise: ${p.title}`,
    purpose: (p: { title: string }) =>
      `Wir verarbeiten Ihre Angaben, um die Beteiligung „${p.title}“ durchzuführen und auszuwerten. Die Teilnahme ist freiwillig.`,
    personal: 'Diese Angaben gehören zu Ihrer Person',
    personalNone: 'Diese Beteiligung fragt keine Angaben zu Ihrer Person ab.',
    others:
      'Ihre übrigen Antworten werten wir gemeinsam mit allen anderen aus. Veröffentlicht werden nur Zahlen zu Fragen mit Antwortmöglichkeiten, nie Ihre eigenen Worte und nie Ihr Name.',
    retention: (p: { days: string }) =>
      `Wir löschen Ihre Antworten und Ihre Angaben ${p.days} Tage nach dem Absenden. Die Zahlen der Auswertung bleiben ohne Bezug zu Ihrer Person erhalten.`,
    emailCheck:
      'Ihre E-Mail-Adresse nutzen wir, um Ihnen einen Link zur Bestätigung zu senden. Erst nach der Bestätigung zählt Ihre Antwort. Damit jede Person nur einmal zählt, speichern wir einen verschlüsselten Prüfwert Ihrer Adresse.',
    workflow: (p: { stages: string }) =>
      `Ihr Vorschlag wird nacheinander von diesen Gremien geprüft: ${p.stages}. Deren Mitglieder sehen Ihre Angaben, um zu entscheiden.`,
    questions: (p: { name: string; email: string }) =>
      `Fragen zu dieser Beteiligung beantwortet: ${p.name}, ${p.email}.`,
    general: 'Allgemeine Datenschutzhinweise, Ihre Rechte und die Aufsichtsbehörde',
  },
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    intro: (p: { operator: string }) =>
      `${p.operator} ist bemüht, diese Beteiligungsplattform im Einklang mit dem Niedersächsischen Behindertengleichstellungsgesetz (NBGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.`,
    status: 'Stand der Vereinbarkeit mit den Anforderungen',
    statusText: {
      full: 'Diese Website ist mit den Anforderungen der BITV 2.0 vollständig vereinbar.',
      partial:
        'Diese Website ist mit den Anforderungen der BITV 2.0 teilweise vereinbar. Die Inhalte, die nicht barrierefrei sind, stehen unten.',
      none: 'Diese Website ist mit den Anforderungen der BITV 2.0 nicht vereinbar. Die Inhalte, die nicht barrierefrei sind, stehen unten.',
    },
    barriers: 'Nicht barrierefreie Inhalte',
    noBarriers: 'Uns sind zurzeit keine Barrieren bekannt.',
    prepared: 'Erstellung dieser Erklärung',
    preparedText: (p: { prepared: string; reviewed: string; method: string }) =>
      `Diese Erklärung wurde am ${p.prepared} erstellt und zuletzt am ${p.reviewed} überprüft. Grundlage: ${p.method}.`,
    feedback: 'Barrieren melden: Feedback und Kontakt',
    feedbackText:
      'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Oder brauchen Sie Inhalte in einer anderen, barrierefreien Form? Dann schreiben Sie uns oder rufen Sie uns an:',
    enforcement: 'Schlichtungsverfahren',
    enforcementText:
      'Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich an die Schlichtungsstelle wenden. Das Verfahren ist kostenlos, und Sie brauchen keinen Rechtsbeistand.',
  },
  contact: {
    title: 'Kontakt',
    intro: 'So erreichen Sie die Stelle, die diese Beteiligungsplattform betreibt:',
    perConsultation:
      'Fragen zu einer einzelnen Beteiligung beantwortet die Stelle, die sie durchführt. Sie steht auf den Seiten und in den E-Mails der Beteiligung.',
  },
};

export type LegalMessages = typeof de;
