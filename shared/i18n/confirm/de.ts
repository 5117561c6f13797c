/**
 * German, the reference catalogue for the email double opt-in: the pages around the confirmation
 * link and the confirmation email (which never carries the answers).
 */
export const de = {
  checkMailTitle: 'Bitte bestätigen Sie Ihre Antwort',
  checkMailText:
    'Wir haben Ihnen eine E-Mail mit einem Bestätigungslink geschickt. Ihre Antwort zählt erst, wenn Sie den Link öffnen und dort bestätigen.',
  checkMailValidity: (p: { hours: number }) =>
    `Der Link ist ${p.hours} Stunden gültig. Danach löschen wir die unbestätigte Antwort.`,
  checkMailSpam: 'Keine E-Mail bekommen? Bitte sehen Sie auch im Spam-Ordner nach.',
  cappedTitle: 'Bestätigungslink schon verschickt',
  cappedText:
    'An diese Adresse haben wir schon einen Bestätigungslink geschickt. Bitte sehen Sie in Ihrem Postfach nach, auch im Spam-Ordner. Eine weitere E-Mail schicken wir erst später wieder.',
  confirmTitle: 'Antwort bestätigen',
  confirmText: 'Bitte bestätigen Sie Ihre Antwort mit dem Knopf. Erst dann wird sie gezählt.',
  confirmButton: 'Antwort bestätigen',
  confirmedTitle: 'Ihre Antwort ist bestätigt',
  confirmedText: 'Vielen Dank. Ihre Antwort ist bestätigt und wird gezählt.',
  refusedTitle: 'Sie haben schon teilgenommen',
  refusedText:
    'Mit dieser E-Mail-Adresse wurde schon eine Antwort bestätigt. Jede Person kann nur einmal teilnehmen. Ihre erste Antwort bleibt gültig.',
  expiredTitle: 'Der Link ist abgelaufen',
  expiredText:
    'Dieser Bestätigungslink gilt nicht mehr, und die unbestätigte Antwort wurde gelöscht. Bitte füllen Sie das Formular noch einmal aus.',
  closedText: 'Die Beteiligung ist inzwischen beendet. Ihre Antwort kann nicht mehr bestätigt werden.',
  toForm: 'Zum Formular',
  reference: 'Vorgangsnummer',
  mailSubject: (p: { title: string }) => `Bitte bestätigen Sie Ihre Antwort: ${p.title}`,
  mailIntro: (p: { title: string }) =>
    `Sie haben an „${p.title}“ teilgenommen. Ihre Antwort zählt erst, wenn Sie sie über diesen Link bestätigen.`,
  mailButton: 'Antwort bestätigen',
  mailValidUntil: (p: { date: string }) => `Der Link ist gültig bis ${p.date}.`,
  mailIgnore:
    'Sie haben nicht teilgenommen? Dann ignorieren Sie diese E-Mail einfach. Ohne Bestätigung wird nichts gezählt, und die Angaben werden gelöscht.',
  mailAutomatic:
    'Diese E-Mail wurde automatisch versendet, weil diese Adresse in einem Formular angegeben wurde.',
};

/** The shape every other locale must satisfy: a key missing elsewhere is a compile error. */
export type ConfirmMessages = typeof de;
