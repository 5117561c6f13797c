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
  home: {
    title: 'Current consultations',
    intro: 'Have your say here. Choose a consultation.',
    openUntil: (p) => `Open until ${p.date}`,
    noneOpen: 'There are no open consultations at the moment. Please check again later.',
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
  email: {
    subject: (p) => `Your answers: ${p.title} (reference ${p.reference})`,
    greeting: 'Hello,',
    intro: (p) => `Thank you for taking part in “${p.title}”. Here is a copy of your answers.`,
    yourAnswers: 'Your answers',
    reference: 'Reference number',
    yes: 'Yes',
    contact: (p) => `If you have any questions, please contact ${p.name}: ${p.email}`,
    automatic: 'This email was sent automatically because you asked for a copy of your answers in the form.',
  },
  workflowEmail: {
    greetingName: (p) => `Hello ${p.name},`,
    submissionTitle: 'The submission',
    decideButton: 'View the submission and decide',
    linkValidUntil: (p) => `The link is valid until ${p.date}.`,
    linkChangesNothing:
      'Opening the link changes nothing. Your decision only counts when you press one of the buttons on the page.',
    statusButton: 'See the status of your submission',
    reviseButton: 'Revise your submission',
    commentLabel: 'Comment',
    reasonLabel: 'Reason',
    approvalRequested: {
      subject: (p) => `Your decision is needed: ${p.title} (${p.reference}), ${p.stage}`,
      intro: (p) => `A submission to “${p.title}” is waiting for your decision at the stage “${p.stage}”.`,
      returnedFrom: (p) =>
        `The stage “${p.stage}” rejected the submission and returned it to you to decide again.`,
    },
    reminder: {
      subject: (p) => `Reminder: ${p.title} (${p.reference}) is waiting for your decision, ${p.stage}`,
      intro: (p) =>
        `A submission to “${p.title}” has been waiting for your decision at the stage “${p.stage}” since ${p.since}.`,
    },
    received: {
      subject: (p) => `Received: ${p.title} (reference ${p.reference})`,
      body: (p) =>
        `We have received your submission to “${p.title}”. It is now with the stage “${p.stage}” for a decision. We will write to you at every further step.`,
    },
    advanced: {
      subject: (p) => `Next stage: ${p.title} (reference ${p.reference})`,
      body: (p) =>
        `Your submission to “${p.title}” was approved and passed on to the next stage: “${p.stage}”.`,
    },
    returned: {
      subject: (p) => `To be decided again: ${p.title} (reference ${p.reference})`,
      body: (p) =>
        `Your submission to “${p.title}” was rejected at a later stage and returned to the stage “${p.stage}”, which will decide on it again.`,
    },
    approved: {
      subject: (p) => `Approved: ${p.title} (reference ${p.reference})`,
      body: (p) => `Your submission to “${p.title}” was approved at every stage.`,
    },
    rejected: {
      subject: (p) => `Rejected: ${p.title} (reference ${p.reference})`,
      body: (p) => `Your submission to “${p.title}” was rejected at the stage “${p.stage}”.`,
    },
    sentBack: {
      subject: (p) => `Please revise: ${p.title} (reference ${p.reference})`,
      body: (p) =>
        `The stage “${p.stage}” has sent your submission to “${p.title}” back to you and asks you to revise it. It then goes back to that stage.`,
    },
    outcome: {
      approvedSubject: (p) => `Outcome: approved – ${p.title} (${p.reference})`,
      rejectedSubject: (p) => `Outcome: rejected – ${p.title} (${p.reference})`,
      approved: (p) =>
        `Submission ${p.reference} to “${p.title}” is approved. The last decision was made at the stage “${p.stage}”.`,
      rejected: (p) => `Submission ${p.reference} to “${p.title}” was rejected at the stage “${p.stage}”.`,
    },
    automaticApprover:
      'You are receiving this email because you are listed as a decision-maker for this consultation.',
    automaticSubmitter: 'This email was sent automatically because you made a submission.',
    automaticDepartment:
      'This email was sent automatically because you are the contact for this consultation.',
  },
} satisfies Messages;
