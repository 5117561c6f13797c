import type { LegalMessages } from './de.ts';

/** Leichte Sprache: the legal pages. */
export const deXLs = {
  phone: 'Telefon',
  email: 'E-Mail',
  web: 'Internet',
  impressum: {
    title: 'Impressum',
    provider: 'Wer bietet diese Seiten an?',
    legalForm: 'Rechts·form',
    representedBy: 'Vertreten durch',
    vatId: 'Umsatz·steuer-Nummer',
    supervisoryAuthority: 'Wer passt auf uns auf?',
    contentResponsible: 'Wer ist für die Texte verantwortlich?',
    software:
      'Diese Seiten laufen mit dem Programm Mitwirken. Das Programm ist frei. Jeder darf es benutzen.',
  },
  privacy: {
    title: 'Daten·schutz',
    intro: (p) =>
      `Hier steht: Welche Daten speichert ${p.operator}? Warum? Wie lange? Und welche Rechte haben Sie?`,
    controller: 'Wer ist verantwortlich?',
    officer: 'Wer hilft beim Daten·schutz?',
    visits: 'Wenn Sie die Seiten öffnen',
    visitsText:
      'Ihr Computer schickt uns dann ein paar Daten. Zum Beispiel: Ihre Internet·adresse und die Uhr·zeit. Das ist technisch nötig. Wir brauchen das nur, damit die Seiten funktionieren. Und damit niemand die Seiten angreift. Nach spätestens 90 Tagen löschen wir diese Daten.',
    noTracking: 'Wir machen keine Werbung. Wir zählen nicht heimlich, wer die Seiten besucht.',
    consultations: 'Daten·schutz bei jeder Beteiligung',
    consultationsText: 'Jede Beteiligung hat eigene Hinweise zum Daten·schutz. Hier sind die Links:',
    legalBasis: 'Welches Gesetz erlaubt das?',
    processor: 'Wo sind die Daten?',
    processorText: (p) =>
      `Die Daten sind bei der Firma ${p.provider}. Die Computer stehen in ${p.location}. Die Daten bleiben in der Europäischen Union. Die Firma muss sich an einen Vertrag mit uns halten.`,
    rights: 'Ihre Rechte',
    rightsList: [
      'Sie dürfen fragen: Welche Daten haben Sie von mir?',
      'Sie dürfen sagen: Diese Daten sind falsch. Bitte ändern Sie die Daten.',
      'Sie dürfen sagen: Bitte löschen Sie meine Daten.',
      'Sie dürfen sagen: Bitte benutzen Sie meine Daten weniger.',
      'Sie dürfen sagen: Ich will das nicht mehr.',
      'Sie dürfen Ihre Erlaubnis zurück·nehmen.',
    ],
    rightsHow: 'Schreiben Sie dafür an die verantwortliche Stelle. Oder an die Stelle für Daten·schutz.',
    complaint: 'Beschwerde',
    complaintText: 'Sie dürfen sich auch beschweren. Zum Beispiel bei dieser Stelle:',
  },
  consultationPrivacy: {
    title: (p) => `Daten·schutz: ${p.title}`,
    purpose: (p) =>
      `Wir brauchen Ihre Angaben für die Beteiligung „${p.title}“. Sie müssen nicht mit·machen.`,
    personal: 'Diese Angaben sind über Sie',
    personalNone: 'Bei dieser Beteiligung fragen wir nichts über Sie.',
    others:
      'Ihre anderen Antworten zählen wir zusammen mit allen anderen Antworten. Wir zeigen nur Zahlen. Wir zeigen nie Ihren Namen. Wir zeigen nie Ihre eigenen Sätze.',
    retention: (p) =>
      `Nach ${p.days} Tagen löschen wir Ihre Antworten. Die Zahlen bleiben. Aber niemand weiß dann: Das war von Ihnen.`,
    emailCheck:
      'Wir schicken Ihnen eine E-Mail mit einem Link. Sie drücken auf den Link. Erst dann zählt Ihre Antwort. So zählt jeder Mensch nur einmal.',
    workflow: (p) =>
      `Diese Gruppen lesen Ihren Vorschlag: ${p.stages}. Die Gruppen sehen Ihre Angaben. Dann entscheiden sie.`,
    questions: (p) => `Fragen zu dieser Beteiligung? Bitte an: ${p.name}, ${p.email}.`,
    general: 'Mehr zum Daten·schutz und Ihre Rechte',
  },
  accessibility: {
    title: 'Erklärung zur Barriere·freiheit',
    intro: (p) => `${p.operator} will: Alle Menschen können diese Seiten benutzen. Das steht auch im Gesetz.`,
    status: 'Wie gut sind die Seiten?',
    statusText: {
      full: 'Alle Seiten sind barriere·frei.',
      partial:
        'Viele Seiten sind barriere·frei. Aber noch nicht alle. Unten steht: Was ist noch nicht barriere·frei?',
      none: 'Die Seiten sind noch nicht barriere·frei. Unten steht: Was ist noch nicht barriere·frei?',
    },
    barriers: 'Das ist noch nicht barriere·frei',
    noBarriers: 'Wir kennen im Moment keine Barrieren.',
    prepared: 'Wann haben wir das geprüft?',
    preparedText: (p) =>
      `Wir haben diese Erklärung am ${p.prepared} geschrieben. Zuletzt geprüft haben wir am ${p.reviewed}. So haben wir geprüft: ${p.method}.`,
    feedback: 'Barrieren melden',
    feedbackText:
      'Etwas auf den Seiten ist schwer für Sie? Oder Sie brauchen einen Text anders? Dann schreiben Sie uns. Oder rufen Sie uns an:',
    enforcement: 'Hilfe bei Streit',
    enforcementText:
      'Sie sind mit unserer Antwort nicht zufrieden? Dann können Sie sich an die Schlichtungs·stelle wenden. Die Schlichtungs·stelle hilft bei Streit. Das kostet nichts.',
  },
  contact: {
    title: 'Kontakt',
    intro: 'So erreichen Sie uns:',
    perConsultation:
      'Sie haben eine Frage zu einer Beteiligung? Auf der Seite von der Beteiligung steht: Wen können Sie fragen?',
  },
} satisfies LegalMessages;
