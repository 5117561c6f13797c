import type { ConfirmMessages } from './de.ts';

/** English: the email double opt-in. */
export const en = {
  checkMailTitle: 'Please confirm your answer',
  checkMailText:
    'We have sent you an email with a confirmation link. Your answer only counts once you open the link and confirm it there.',
  checkMailValidity: (p) =>
    `The link is valid for ${p.hours} hours. After that we delete the unconfirmed answer.`,
  checkMailSpam: 'No email? Please also look in your spam folder.',
  cappedTitle: 'Confirmation link already sent',
  cappedText:
    'We have already sent a confirmation link to this address. Please look in your inbox, including the spam folder. We will only send another email later.',
  confirmTitle: 'Confirm your answer',
  confirmText: 'Please confirm your answer with the button. Only then is it counted.',
  confirmButton: 'Confirm answer',
  confirmedTitle: 'Your answer is confirmed',
  confirmedText: 'Thank you. Your answer is confirmed and will be counted.',
  refusedTitle: 'You have already taken part',
  refusedText:
    'An answer has already been confirmed with this email address. Everyone can take part only once. Your first answer remains valid.',
  expiredTitle: 'The link has expired',
  expiredText:
    'This confirmation link is no longer valid, and the unconfirmed answer has been deleted. Please fill in the form again.',
  closedText: 'The consultation has closed in the meantime. Your answer can no longer be confirmed.',
  toForm: 'Go to the form',
  reference: 'Reference number',
  mailSubject: (p) => `Please confirm your answer: ${p.title}`,
  mailIntro: (p) =>
    `You took part in “${p.title}”. Your answer only counts once you confirm it with this link.`,
  mailButton: 'Confirm answer',
  mailValidUntil: (p) => `The link is valid until ${p.date}.`,
  mailIgnore:
    'You did not take part? Then simply ignore this email. Nothing is counted without confirmation, and the details will be deleted.',
  mailAutomatic: 'This email was sent automatically because this address was entered in a form.',
} satisfies ConfirmMessages;
