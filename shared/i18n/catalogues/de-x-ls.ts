import { formatNumber } from '../format.ts';
import type { Messages } from './de.ts';

const n = (value: number) => formatNumber('de-x-ls', value);
const answers = (count: number) => (count === 1 ? 'eine Antwort' : `${n(count)} Antworten`);

/** Leichte Sprache: short sentences, one idea each, everyday words, long words split with a middle dot. */
export const deXLs = {
  quote: (text: string) => `„${text}“`,
  siteName: 'Mitwirken',
  chrome: {
    skipLink: 'Zum Inhalt',
    languageSwitcher: 'Sprache wählen',
    required: 'Pflicht·feld',
    optional: 'freiwillig',
    submit: 'Antworten abschicken',
    sendCopy: 'Ich will meine Antworten auch per E-Mail bekommen.',
    honeypot: 'Dieses Feld leer lassen',
    pleaseChoose: 'Bitte wählen Sie aus.',
    agree: 'Ja, ich bin einverstanden.',
    errorPrefix: 'Fehler',
    errorSummaryTitle: 'Es gibt ein Problem.',
    resubmit: 'Ihre Antworten sind noch nicht gespeichert. Bitte schicken Sie das Formular noch einmal.',
    showIfHint: (p) => `Das ist nur wichtig, wenn Sie bei „${p.question}“ ${p.answers} gewählt haben.`,
    backHome: 'Zurück zur Übersicht',
  },
  fieldErrors: {
    required: (p) => `Bitte schreiben Sie etwas bei: „${p.label}“.`,
    requiredChoice: (p) => `Bitte wählen Sie eine Antwort bei: „${p.label}“.`,
    tooShort: (p) =>
      `Ihre Antwort bei „${p.label}“ ist zu kurz. Bitte schreiben Sie mindestens ${n(p.min)} Zeichen.`,
    tooLong: (p) =>
      `Ihre Antwort bei „${p.label}“ ist zu lang. Bitte schreiben Sie höchstens ${n(p.max)} Zeichen.`,
    pattern: (p) => `Ihre Antwort bei „${p.label}“ passt nicht. Bitte prüfen Sie die Antwort.`,
    email: (p) =>
      `Die E-Mail-Adresse bei „${p.label}“ ist nicht richtig. Eine E-Mail-Adresse sieht so aus: name@beispiel.de`,
    phone: (p) =>
      `Die Telefon·nummer bei „${p.label}“ ist nicht richtig. Eine Telefon·nummer sieht zum Beispiel so aus: 0511 123456`,
    number: (p) => `Bitte schreiben Sie bei „${p.label}“ nur eine Zahl.`,
    integer: (p) => `Bitte schreiben Sie bei „${p.label}“ eine Zahl ohne Komma.`,
    min: (p) => `Die Zahl bei „${p.label}“ ist zu klein. Die Zahl muss mindestens ${n(p.min)} sein.`,
    max: (p) => `Die Zahl bei „${p.label}“ ist zu groß. Die Zahl darf höchstens ${n(p.max)} sein.`,
    date: (p) => `Das Datum bei „${p.label}“ ist nicht richtig. Bitte prüfen Sie das Datum.`,
    dateMin: (p) => `Das Datum bei „${p.label}“ ist zu früh. Das Datum muss am ${p.date} oder später sein.`,
    dateMax: (p) => `Das Datum bei „${p.label}“ ist zu spät. Das Datum muss am ${p.date} oder früher sein.`,
    option: (p) => `Bitte wählen Sie bei „${p.label}“ eine Antwort aus der Liste.`,
    minSelected: (p) => `Bitte wählen Sie bei „${p.label}“ mindestens ${answers(p.min)}.`,
    maxSelected: (p) => `Bitte wählen Sie bei „${p.label}“ höchstens ${answers(p.max)}.`,
    consent: (p) =>
      `Bitte machen Sie ein Häkchen bei: „${p.label}“. Sonst können wir Ihre Antworten nicht annehmen.`,
  },
  footer: {
    label: 'Recht und Kontakt',
    impressum: 'Impressum',
    privacy: 'Daten·schutz',
    accessibility: 'Barriere·freiheit',
    contact: 'Kontakt',
  },
  home: {
    title: 'Hier können Sie mit·machen',
    intro: 'Sie können Ihre Meinung sagen. Wählen Sie ein Thema aus.',
    openUntil: (p) => `Mit·machen geht bis: ${p.date}`,
    noneOpen: 'Im Moment gibt es nichts zum Mit·machen. Bitte schauen Sie später noch einmal.',
    endedTitle: 'Diese Beteiligungen sind vorbei',
    endedOn: (p) => `Zu Ende am ${p.date}`,
    results: 'Die Ergebnisse ansehen',
    liveResults: 'Die Zahlen bis jetzt ansehen',
  },
  confirmation: {
    title: 'Vielen Dank!',
    reference: 'Ihre Nummer',
    keepReference: 'Schreiben Sie uns? Dann schreiben Sie bitte diese Nummer dazu.',
    copySentTo: (p) => `Sie bekommen Ihre Antworten per E-Mail. Die E-Mail geht an: ${p.email}`,
  },
  unavailable: {
    notYetOpenTitle: 'Sie können noch nicht mit·machen.',
    notYetOpen: (p) => `Mit·machen geht ab: ${p.date}`,
    closedTitle: 'Sie können nicht mehr mit·machen.',
    closed: (p) => `Mit·machen ging nur bis: ${p.date}. Jetzt können Sie keine Antworten mehr schicken.`,
  },
  errorPages: {
    400: {
      title: 'Das hat nicht geklappt.',
      text: 'Bitte laden Sie die Seite neu. Dann versuchen Sie es noch einmal.',
    },
    403: { title: 'Diese Seite ist gesperrt.', text: 'Sie dürfen diese Seite nicht öffnen.' },
    404: {
      title: 'Diese Seite gibt es nicht.',
      text: 'Bitte prüfen Sie die Adresse. Vielleicht gibt es die Seite nicht mehr.',
    },
    405: { title: 'Das geht so nicht.', text: 'Bitte fangen Sie auf der Start·seite an.' },
    413: {
      title: 'Ihre Antworten sind zu lang.',
      text: 'Bitte schreiben Sie kürzere Texte. Dann schicken Sie das Formular noch einmal.',
    },
    415: {
      title: 'Das hat nicht geklappt.',
      text: 'Bitte laden Sie die Seite neu. Dann schicken Sie das Formular noch einmal.',
    },
    500: {
      title: 'Es gibt einen Fehler.',
      text: 'Das ist unser Fehler. Bitte versuchen Sie es später noch einmal.',
    },
  },
  participationCode: {
    label: 'Ihr Code',
    hint: 'Der Code steht in Ihrem Brief. Zum Beispiel: K7QD-93MF-X2PA. Sie können große oder kleine Buchstaben schreiben. Jeder Code gilt für 1 Antwort.',
    errors: {
      missing: 'Bitte schreiben Sie Ihren Code hier hin. Der Code steht in Ihrem Brief.',
      malformed: 'Der Code hat 12 Zeichen. Zum Beispiel: K7QD-93MF-X2PA. Bitte prüfen Sie den Code.',
      unknown:
        'Wir kennen diesen Code nicht. Bitte prüfen Sie: Haben Sie den Code genau so geschrieben wie im Brief?',
      used: 'Mit diesem Code hat schon jemand geantwortet. Jeder Code gilt nur 1 Mal.',
      voided:
        'Dieser Code gilt nicht mehr. Bitte fragen Sie bei dem Amt nach. Das Amt hat Ihnen den Brief geschickt.',
    },
  },
} satisfies Messages;
