import type { ConfirmMessages } from './de.ts';

/** Leichte Sprache: the email double opt-in, in short sentences. */
export const deXLs = {
  checkMailTitle: 'Bitte bestätigen Sie Ihre Antwort',
  checkMailText:
    'Wir haben Ihnen eine E-Mail geschickt. In der E-Mail ist ein Link. Öffnen Sie den Link. Drücken Sie dann auf den Knopf. Erst dann zählt Ihre Antwort.',
  checkMailValidity: (p) => `Der Link geht nur ${p.hours} Stunden lang. Danach löschen wir Ihre Antwort.`,
  checkMailSpam: 'Sie haben keine E-Mail bekommen? Dann sehen Sie bitte auch im Spam·ordner nach.',
  cappedTitle: 'Wir haben schon eine E-Mail geschickt',
  cappedText:
    'Wir haben an diese Adresse schon eine E-Mail mit dem Link geschickt. Bitte sehen Sie in Ihren E-Mails nach. Sehen Sie auch im Spam·ordner nach. Eine neue E-Mail schicken wir erst später.',
  confirmTitle: 'Antwort bestätigen',
  confirmText: 'Bitte drücken Sie auf den Knopf. Dann zählt Ihre Antwort.',
  confirmButton: 'Antwort bestätigen',
  confirmedTitle: 'Ihre Antwort ist bestätigt',
  confirmedText: 'Danke. Ihre Antwort zählt jetzt.',
  refusedTitle: 'Sie haben schon mit·gemacht',
  refusedText:
    'Mit dieser E-Mail-Adresse gibt es schon eine Antwort. Jeder Mensch darf nur 1 Mal mit·machen. Ihre erste Antwort zählt.',
  expiredTitle: 'Der Link geht nicht mehr',
  expiredText:
    'Der Link ist zu alt. Wir haben Ihre Antwort gelöscht. Bitte füllen Sie das Formular noch einmal aus.',
  closedText: 'Die Beteiligung ist vorbei. Sie können Ihre Antwort nicht mehr bestätigen.',
  toForm: 'Zum Formular',
  reference: 'Vorgangs·nummer',
  mailSubject: (p) => `Bitte bestätigen Sie Ihre Antwort: ${p.title}`,
  mailIntro: (p) =>
    `Sie haben bei „${p.title}“ mit·gemacht. Ihre Antwort zählt erst, wenn Sie auf den Link drücken.`,
  mailButton: 'Antwort bestätigen',
  mailValidUntil: (p) => `Der Link geht bis ${p.date}.`,
  mailIgnore:
    'Sie haben nicht mit·gemacht? Dann müssen Sie nichts tun. Ohne Bestätigung zählt nichts. Wir löschen die Angaben.',
  mailAutomatic:
    'Ein Computer hat diese E-Mail geschickt. Jemand hat diese Adresse in ein Formular geschrieben.',
} satisfies ConfirmMessages;
