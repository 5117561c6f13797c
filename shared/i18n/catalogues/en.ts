import { formatNumber, plural } from '../format.ts';
import type { Messages } from './de.ts';

const n = (value: number) => formatNumber('en', value);
const answers = (count: number) => `${n(count)} ${plural('en', count, { one: 'answer', other: 'answers' })}`;
const characters = (count: number) =>
  `${n(count)} ${plural('en', count, { one: 'character', other: 'characters' })}`;

/** English. */
export const en = {
  quote: (text: string) => `“${text}”`,
  siteName: 'Mitwirken',
  chrome: {
    skipLink: 'Skip to main content',
    languageSwitcher: 'Choose language',
    required: 'required',
    optional: 'optional',
    submit: 'Send answers',
    sendCopy: 'Send me a copy of my answers to this email address',
    honeypot: 'Leave this field empty',
    pleaseChoose: 'Please choose',
    agree: 'Yes, I agree',
    errorPrefix: 'Error',
    errorSummaryTitle: 'There is a problem',
    resubmit: 'Your answers have not been saved yet. Please send the form again.',
    showIfHint: (p) => `Only if you answered ${p.answers} to “${p.question}”.`,
    backHome: 'Back to all consultations',
  },
  fieldErrors: {
    required: (p) => `Enter “${p.label}”.`,
    requiredChoice: (p) => `Select an answer for “${p.label}”.`,
    tooShort: (p) => `“${p.label}” must be ${characters(p.min)} or more.`,
    tooLong: (p) => `“${p.label}” must be ${characters(p.max)} or fewer.`,
    pattern: (p) => `Check what you entered for “${p.label}”.`,
    email: (p) => `Enter an email address in the correct format for “${p.label}”, like name@example.com.`,
    phone: (p) => `Enter a telephone number for “${p.label}”, like 0511 123456 or +49 511 123456.`,
    number: (p) => `“${p.label}” must be a number.`,
    integer: (p) => `“${p.label}” must be a whole number.`,
    min: (p) => `“${p.label}” must be ${n(p.min)} or more.`,
    max: (p) => `“${p.label}” must be ${n(p.max)} or less.`,
    date: (p) => `“${p.label}” must be a real date.`,
    dateMin: (p) => `“${p.label}” must be the same as or after ${p.date}.`,
    dateMax: (p) => `“${p.label}” must be the same as or before ${p.date}.`,
    option: (p) => `Select one of the given answers for “${p.label}”.`,
    minSelected: (p) => `Select at least ${answers(p.min)} for “${p.label}”.`,
    maxSelected: (p) => `Select no more than ${answers(p.max)} for “${p.label}”.`,
    consent: (p) => `Confirm “${p.label}” so that we can accept your answers.`,
  },
  footer: {
    label: 'Legal information and contact',
    impressum: 'Legal notice',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
    contact: 'Contact',
  },
  home: {
    title: 'Current consultations',
    intro: 'Have your say here. Choose a consultation.',
    openUntil: (p) => `Open until ${p.date}`,
    noneOpen: 'There are no open consultations at the moment. Please check again later.',
    endedTitle: 'Ended consultations',
    endedOn: (p) => `Ended on ${p.date}`,
    results: 'See the results',
    liveResults: 'See the figures so far',
  },
  confirmation: {
    title: 'Thank you for taking part',
    reference: 'Your reference number',
    keepReference: 'Please quote this number if you write to us about your answers.',
    copySentTo: (p) => `We are sending a copy of your answers to ${p.email}.`,
  },
  unavailable: {
    notYetOpenTitle: 'This consultation has not started yet',
    notYetOpen: (p) => `You can take part from ${p.date}.`,
    closedTitle: 'This consultation has closed',
    closed: (p) => `The consultation closed on ${p.date}. Answers can no longer be sent.`,
  },
  errorPages: {
    400: {
      title: 'The request is not valid',
      text: 'Your browser sent data we cannot process. Please reload the page and try again.',
    },
    403: { title: 'Access denied', text: 'You are not allowed to open this page.' },
    404: {
      title: 'Page not found',
      text: 'Please check the address. The consultation may also no longer be online.',
    },
    405: {
      title: 'This action is not possible',
      text: 'This page cannot be opened this way. Please start from the overview page.',
    },
    413: {
      title: 'Your answers are too long',
      text: 'Please shorten your texts and send the form again.',
    },
    415: {
      title: 'The form was sent in a format we do not accept',
      text: 'Please reload the page and send the form again.',
    },
    500: {
      title: 'Sorry, something went wrong',
      text: 'We could not process your request just now. Please try again later.',
    },
  },
  participationCode: {
    label: 'Your participation code',
    hint: 'It is printed in your letter, for example K7QD-93MF-X2PA. Capitals, spaces and dashes do not matter. Each code is good for one answer.',
    errors: {
      missing: 'Enter the participation code from your letter.',
      malformed:
        'The participation code has 12 characters, for example K7QD-93MF-X2PA. Check what you entered.',
      unknown: 'We do not know this participation code. Check that you entered it exactly as in your letter.',
      used: 'This participation code has already been used to answer. Each code can be used only once.',
      voided:
        'This participation code is no longer valid. Please contact the office that sent you the letter.',
    },
  },
} satisfies Messages;
