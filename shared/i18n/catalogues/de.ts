import { formatNumber } from '../format.ts';

const n = (value: number) => formatNumber('de', value);

/** German: the reference catalogue. Its shape is the `Messages` type every other catalogue must satisfy. */
export const de = {
  quote: (text: string) => `„${text}“`,
  siteName: 'Mitwirken',
  chrome: {
    skipLink: 'Zum Inhalt springen',
    languageSwitcher: 'Sprache wählen',
    required: 'Pflichtfeld',
    optional: 'freiwillig',
    submit: 'Antworten absenden',
    sendCopy: 'Eine Kopie meiner Antworten an diese E-Mail-Adresse senden',
    honeypot: 'Dieses Feld bitte leer lassen',
    pleaseChoose: 'Bitte auswählen',
    agree: 'Ja, ich stimme zu',
    errorPrefix: 'Fehler',
    errorSummaryTitle: 'Es gibt ein Problem',
    /** Shown when only the form's hidden submission id was refused: nothing is stored yet. */
    resubmit: 'Ihre Antworten sind noch nicht gespeichert. Bitte senden Sie das Formular noch einmal ab.',
    showIfHint: (p: { answers: string; question: string }) =>
      `Nur wenn Sie bei „${p.question}“ ${p.answers} gewählt haben.`,
    backHome: 'Zur Übersicht aller Beteiligungen',
  },
  fieldErrors: {
    required: (p: { label: string }) => `Bitte füllen Sie „${p.label}“ aus.`,
    requiredChoice: (p: { label: string }) => `Bitte wählen Sie bei „${p.label}“ eine Antwort aus.`,
    tooShort: (p: { label: string; min: number }) =>
      `„${p.label}“ muss mindestens ${n(p.min)} Zeichen lang sein.`,
    tooLong: (p: { label: string; max: number }) =>
      `„${p.label}“ darf höchstens ${n(p.max)} Zeichen lang sein.`,
    pattern: (p: { label: string }) => `Bitte prüfen Sie die Eingabe bei „${p.label}“.`,
    email: (p: { label: string }) =>
      `Geben Sie bei „${p.label}“ eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de.`,
    phone: (p: { label: string }) =>
      `Geben Sie bei „${p.label}“ eine Telefonnummer ein, zum Beispiel 0511 123456 oder +49 511 123456.`,
    number: (p: { label: string }) => `Geben Sie bei „${p.label}“ eine Zahl ein.`,
    integer: (p: { label: string }) => `Geben Sie bei „${p.label}“ eine ganze Zahl ohne Komma ein.`,
    min: (p: { label: string; min: number }) => `„${p.label}“ muss ${n(p.min)} oder mehr sein.`,
    max: (p: { label: string; max: number }) => `„${p.label}“ darf höchstens ${n(p.max)} sein.`,
    date: (p: { label: string }) => `Geben Sie bei „${p.label}“ ein gültiges Datum ein.`,
    dateMin: (p: { label: string; date: string }) =>
      `Das Datum bei „${p.label}“ darf nicht vor dem ${p.date} liegen.`,
    dateMax: (p: { label: string; date: string }) =>
      `Das Datum bei „${p.label}“ darf nicht nach dem ${p.date} liegen.`,
    option: (p: { label: string }) => `Wählen Sie bei „${p.label}“ eine der angebotenen Antworten aus.`,
    minSelected: (p: { label: string; min: number }) =>
      `Wählen Sie bei „${p.label}“ mindestens ${p.min === 1 ? 'eine Antwort' : `${n(p.min)} Antworten`} aus.`,
    maxSelected: (p: { label: string; max: number }) =>
      `Wählen Sie bei „${p.label}“ höchstens ${p.max === 1 ? 'eine Antwort' : `${n(p.max)} Antworten`} aus.`,
    consent: (p: { label: string }) =>
      `Bitte bestätigen Sie „${p.label}“, damit wir Ihre Antworten annehmen können.`,
  },
  home: {
    title: 'Aktuelle Beteiligungen',
    intro: 'Hier können Sie Ihre Meinung sagen. Wählen Sie eine Beteiligung aus.',
    openUntil: (p: { date: string }) => `Offen bis ${p.date}`,
    noneOpen: 'Zurzeit gibt es keine offenen Beteiligungen. Schauen Sie gerne später wieder vorbei.',
  },
  confirmation: {
    title: 'Vielen Dank für Ihre Teilnahme',
    reference: 'Ihre Vorgangsnummer',
    keepReference: 'Bitte geben Sie diese Nummer an, wenn Sie uns zu Ihren Antworten schreiben.',
    copySentTo: (p: { email: string }) => `Wir senden eine Kopie Ihrer Antworten an ${p.email}.`,
  },
  unavailable: {
    notYetOpenTitle: 'Diese Beteiligung hat noch nicht begonnen',
    notYetOpen: (p: { date: string }) => `Sie können ab ${p.date} teilnehmen.`,
    closedTitle: 'Diese Beteiligung ist beendet',
    closed: (p: { date: string }) =>
      `Die Beteiligung wurde am ${p.date} beendet. Es sind keine Antworten mehr möglich.`,
  },
  status: {
    title: 'Stand Ihres Beitrags',
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
      returned: (p: { stage: string }) =>
        `Zur erneuten Entscheidung an die Stufe „${p.stage}“ zurückgegeben.`,
      approved: 'Beitrag angenommen.',
      rejected: (p: { stage: string }) => `Beitrag in der Stufe „${p.stage}“ abgelehnt.`,
      sentBack: 'Zur Überarbeitung an Sie zurückgeschickt.',
      resubmitted: (p: { stage: string }) =>
        `Überarbeiteten Beitrag eingereicht. Er liegt wieder der Stufe „${p.stage}“ vor.`,
    },
    commentLabel: 'Kommentar',
    privateLink:
      'Diese Seite ist nur über Ihren persönlichen Link erreichbar. Bitte geben Sie den Link nicht weiter.',
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
    confirmationLink: 'Den Stand Ihres Beitrags können Sie jederzeit über Ihren persönlichen Link verfolgen:',
    linkValidUntil: (p: { date: string }) => `Der Link ist gültig bis ${p.date}.`,
  },
  errorPages: {
    400: {
      title: 'Die Anfrage ist ungültig',
      text: 'Ihr Browser hat Daten gesendet, die wir nicht verarbeiten können. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    },
    403: { title: 'Kein Zugriff', text: 'Sie dürfen diese Seite nicht aufrufen.' },
    404: {
      title: 'Seite nicht gefunden',
      text: 'Bitte prüfen Sie die Adresse. Vielleicht ist die Beteiligung auch nicht mehr online.',
    },
    405: {
      title: 'Diese Aktion ist nicht möglich',
      text: 'Diese Seite kann so nicht aufgerufen werden. Bitte beginnen Sie auf der Übersichtsseite.',
    },
    413: {
      title: 'Ihre Antworten sind zu lang',
      text: 'Bitte kürzen Sie Ihre Texte und senden Sie das Formular noch einmal ab.',
    },
    415: {
      title: 'Das Formular kam in einem unbekannten Format an',
      text: 'Bitte laden Sie die Seite neu und senden Sie das Formular noch einmal ab.',
    },
    500: {
      title: 'Es ist ein Fehler aufgetreten',
      text: 'Wir konnten Ihre Anfrage gerade nicht bearbeiten. Bitte versuchen Sie es später noch einmal.',
    },
  },
  email: {
    subject: (p: { title: string; reference: string }) =>
      `Ihre Antworten: ${p.title} (Vorgangsnummer ${p.reference})`,
    greeting: 'Guten Tag,',
    intro: (p: { title: string }) =>
      `vielen Dank für Ihre Teilnahme an „${p.title}“. Hier ist eine Kopie Ihrer Antworten.`,
    yourAnswers: 'Ihre Antworten',
    reference: 'Vorgangsnummer',
    yes: 'Ja',
    contact: (p: { name: string; email: string }) =>
      `Bei Fragen wenden Sie sich bitte an ${p.name}: ${p.email}`,
    automatic:
      'Diese E-Mail wurde automatisch versendet, weil Sie im Formular um eine Kopie Ihrer Antworten gebeten haben.',
  },
  review: {
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
  },
  workflowEmail: {
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
    automaticApprover:
      'Sie erhalten diese E-Mail, weil Sie bei dieser Beteiligung als entscheidende Person eingetragen sind.',
    automaticSubmitter: 'Diese E-Mail wurde automatisch versendet, weil Sie einen Beitrag eingereicht haben.',
    automaticDepartment:
      'Diese E-Mail wurde automatisch versendet, weil Sie die Kontaktstelle dieser Beteiligung sind.',
  },
};

/** The shape of every catalogue, defined by the German one: a key missing elsewhere is a compile error. */
export type Messages = typeof de;
