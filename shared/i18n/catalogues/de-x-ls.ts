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
  home: {
    title: 'Hier können Sie mit·machen',
    intro: 'Sie können Ihre Meinung sagen. Wählen Sie ein Thema aus.',
    openUntil: (p) => `Mit·machen geht bis: ${p.date}`,
    noneOpen: 'Im Moment gibt es nichts zum Mit·machen. Bitte schauen Sie später noch einmal.',
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
  status: {
    title: 'So weit ist Ihr Beitrag',
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
    privateLink: 'Nur mit Ihrem Link kommt man auf diese Seite. Bitte geben Sie den Link nicht weiter.',
    expiredTitle: 'Der Link gilt nicht mehr',
    expiredText:
      'Der Link gilt nur eine bestimmte Zeit. Das ist sicherer. Wir können keinen neuen Link schicken.',
    contact: (p) =>
      `Sie möchten wissen, wie weit Ihr Beitrag ist? Dann schreiben Sie an ${p.name}: ${p.email}`,
    notSentBackTitle: 'Sie müssen Ihren Beitrag nicht ändern',
    notSentBack:
      'Vielleicht haben Sie den Beitrag schon geschickt. Auf der Seite zu Ihrem Beitrag sehen Sie den Stand.',
    finalTitle: 'Über Ihren Beitrag ist schon entschieden',
    final: 'Sie können den Beitrag nicht mehr ändern. Auf der Seite zu Ihrem Beitrag sehen Sie das Ergebnis.',
    staleTitle: 'Ihr Beitrag hat sich geändert',
    stale: 'Ihre Änderungen sind nicht gespeichert. Bitte laden Sie die Seite zu Ihrem Beitrag neu.',
    backToStatus: 'Zur Seite zu Ihrem Beitrag',
    confirmationLink: 'Mit Ihrem Link sehen Sie immer, wie weit Ihr Beitrag ist:',
    linkValidUntil: (p) => `Der Link gilt bis ${p.date}.`,
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
  email: {
    subject: (p) => `Ihre Antworten: ${p.title} (Nummer ${p.reference})`,
    greeting: 'Guten Tag!',
    intro: (p) => `Danke! Sie haben bei „${p.title}“ mit·gemacht. Hier sind Ihre Antworten.`,
    yourAnswers: 'Ihre Antworten',
    reference: 'Ihre Nummer',
    yes: 'Ja',
    contact: (p) => `Haben Sie Fragen? Dann schreiben Sie an: ${p.name}, ${p.email}`,
    automatic:
      'Diese E-Mail kommt automatisch. Sie haben im Formular gesagt: Ich will meine Antworten per E-Mail bekommen.',
  },
  review: {
    title: 'Bitte entscheiden Sie',
    stage: (p) => `Stufe: ${p.stage}`,
    reference: 'Vorgangs-Nummer',
    submittedAt: 'Angekommen am',
    answersHeading: 'Der Beitrag',
    answersIn: (p) => `Die Antworten sind in dieser Sprache: ${p.language}.`,
    noAnswers: 'In dem Beitrag sind nur persönliche Angaben. Die zeigen wir nicht.',
    personalHidden:
      'Persönliche Angaben von der Person, die den Beitrag geschickt hat, zeigen wir hier nicht.',
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
      commentRequired:
        'Bitte schreiben Sie einen Kommentar. Beim Ablehnen und Zurück-schicken ist das nötig.',
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
  },
  workflowEmail: {
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
    outcome: {
      approvedSubject: (p) => `Ergebnis Ja: ${p.title} (${p.reference})`,
      rejectedSubject: (p) => `Ergebnis Nein: ${p.title} (${p.reference})`,
      approved: (p) =>
        `Der Beitrag ${p.reference} zu „${p.title}“ ist angenommen. Zuletzt hat die Gruppe „${p.stage}“ entschieden.`,
      rejected: (p) =>
        `Der Beitrag ${p.reference} zu „${p.title}“ ist abgelehnt. Das hat die Gruppe „${p.stage}“ entschieden.`,
    },
    automaticApprover: 'Sie bekommen diese E-Mail: Sie entscheiden bei dieser Beteiligung mit.',
    automaticSubmitter: 'Diese E-Mail kommt automatisch. Sie haben einen Beitrag geschickt.',
    automaticDepartment: 'Diese E-Mail kommt automatisch. Sie sind die Kontakt·stelle für diese Beteiligung.',
  },
} satisfies Messages;
