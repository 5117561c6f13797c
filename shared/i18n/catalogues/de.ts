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
  footer: {
    label: 'Rechtliches und Kontakt',
    impressum: 'Impressum',
    privacy: 'Datenschutz',
    accessibility: 'Barrierefreiheit',
    contact: 'Kontakt',
  },
  home: {
    title: 'Aktuelle Beteiligungen',
    intro: 'Hier können Sie Ihre Meinung sagen. Wählen Sie eine Beteiligung aus.',
    openUntil: (p: { date: string }) => `Offen bis ${p.date}`,
    noneOpen: 'Zurzeit gibt es keine offenen Beteiligungen. Schauen Sie gerne später wieder vorbei.',
    endedTitle: 'Beendete Beteiligungen',
    endedOn: (p: { date: string }) => `Beendet am ${p.date}`,
    results: 'Ergebnisse ansehen',
    liveResults: 'Zwischenstand ansehen',
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
  participationCode: {
    label: 'Ihr Teilnahme-Code',
    hint: 'Er steht in Ihrem Brief, zum Beispiel K7QD-93MF-X2PA. Groß- und Kleinschreibung, Leerzeichen und Bindestriche sind egal. Jeder Code gilt für eine Antwort.',
    errors: {
      missing: 'Geben Sie Ihren Teilnahme-Code aus dem Brief ein.',
      malformed: 'Der Teilnahme-Code hat 12 Zeichen, zum Beispiel K7QD-93MF-X2PA. Prüfen Sie Ihre Eingabe.',
      unknown:
        'Diesen Teilnahme-Code kennen wir nicht. Prüfen Sie, ob Sie ihn genau wie im Brief eingegeben haben.',
      used: 'Mit diesem Teilnahme-Code wurde schon geantwortet. Jeder Code gilt nur einmal.',
      voided:
        'Dieser Teilnahme-Code ist nicht mehr gültig. Bitte wenden Sie sich an die Stelle, die Ihnen den Brief geschickt hat.',
    },
  },
};

/** The shape of every catalogue, defined by the German one: a key missing elsewhere is a compile error. */
export type Messages = typeof de;
