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
  status: {
    title: 'Status of your submission',
    reference: 'Reference number',
    submittedAt: 'Submitted on',
    currentState: 'Current status',
    received: 'Your submission has been received.',
    inStage: (p) => `Since ${p.since}, your submission has been with the stage “${p.stage}” for a decision.`,
    backInStage: (p) =>
      `Since ${p.since}, your revised submission has been back with the stage “${p.stage}” for a decision.`,
    sentBack: (p) => `On ${p.at}, the stage “${p.stage}” sent your submission back to you for revision.`,
    approved: (p) => `Your submission was approved on ${p.at}.`,
    rejected: (p) => `Your submission was rejected at the stage “${p.stage}” on ${p.at}.`,
    sentBackTitle: 'Please revise your submission',
    sentBackBy: (p) => `The stage “${p.stage}” writes:`,
    resubmitRule: (p) =>
      `When you send the revised submission, it goes back to the stage “${p.stage}”. That stage decides anew on the whole submission; earlier approvals no longer count.`,
    reviseTitle: 'Your submission to revise',
    resubmit: 'Send revised submission',
    timelineTitle: 'History',
    event: {
      submitted: 'Submission sent',
      approve: (p) => `A member of the stage “${p.stage}” approved.`,
      reject: (p) => `A member of the stage “${p.stage}” rejected.`,
      sendBack: (p) => `A member of the stage “${p.stage}” asked for a revision.`,
      advanced: (p) => `Passed on to the stage “${p.stage}”.`,
      returned: (p) => `Returned to the stage “${p.stage}” to decide again.`,
      approved: 'Submission approved.',
      rejected: (p) => `Submission rejected at the stage “${p.stage}”.`,
      sentBack: 'Sent back to you for revision.',
      resubmitted: (p) => `Revised submission sent. It is back with the stage “${p.stage}”.`,
    },
    commentLabel: 'Comment',
    privateLink: 'Only your personal link opens this page. Please do not share it.',
    expiredTitle: 'This link has expired',
    expiredText:
      'For your security, the link to your submission is only valid for a limited time. We cannot send a new link automatically.',
    contact: (p) => `To find out the status of your submission, please contact ${p.name}: ${p.email}`,
    notSentBackTitle: 'Your submission is not waiting for a revision',
    notSentBack: 'You may already have sent it again. The page of your submission shows its current status.',
    finalTitle: 'A decision on your submission has already been made',
    final: 'It can no longer be changed. The page of your submission shows the outcome.',
    staleTitle: 'Your submission has changed in the meantime',
    stale:
      'Your changes were not saved. Please reload the page of your submission and check its current status.',
    backToStatus: 'To the page of your submission',
    confirmationLink: 'You can follow the status of your submission at any time with your personal link:',
    linkValidUntil: (p) => `The link is valid until ${p.date}.`,
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
  review: {
    title: 'Your decision is requested',
    stage: (p) => `Stage: ${p.stage}`,
    reference: 'Reference number',
    submittedAt: 'Received on',
    answersHeading: 'The submission',
    answersIn: (p) => `The answers are written in ${p.language}.`,
    noAnswers: 'The submission contains no answers other than personal details.',
    personalHidden: 'Personal details of the person who submitted it are not shown here.',
    historyHeading: 'History so far',
    memberOf: (p) => `Member of the stage “${p.stage}”`,
    submitter: 'Person who submitted',
    system: 'Automatic',
    events: {
      submitted: 'Submitted',
      decided: 'Decision',
      advanced: 'Passed on to the next stage',
      returned: 'Returned to an earlier stage',
      approved: 'Approved',
      rejected: 'Rejected',
      sentBack: 'Sent back for revision',
      resubmitted: 'Revised and resubmitted',
      reminded: 'Reminder sent',
    },
    choices: {
      approve: 'Approve',
      reject: 'Reject',
      sendBack: 'Send back to the person who submitted it for revision',
    },
    outcomes: { approve: 'Approved', reject: 'Rejected', sendBack: 'Sent back for revision' },
    comment: 'Comment',
    formHeading: 'Your decision',
    decisionLegend: 'What is your decision?',
    commentHint: (p) => `A comment is needed to reject or to send back. At most ${n(p.max)} characters.`,
    finalNotice: 'Your decision counts as soon as you send it. You cannot change it afterwards.',
    submit: 'Send decision',
    errors: {
      decision: 'Choose your decision.',
      commentRequired: 'Write a comment. It is needed to reject or to send back.',
      commentTooLong: (p) => `The comment must be ${n(p.max)} characters or fewer.`,
    },
    doneTitle: 'Thank you, your decision has been recorded',
    decidedTitle: 'You have already decided',
    yourDecision: 'Your decision',
    decidedAt: 'Decided on',
    nothingToDo: 'There is nothing more for you to do. We will inform everyone concerned by email.',
    closedTitle: 'This stage is closed',
    closedText:
      'This submission has already been decided at this stage, or it has moved on. Your decision is no longer needed here.',
    expiredTitle: 'This link has expired',
    expiredText:
      'For security, decision links are only valid for a limited time. The submission is still waiting for your decision.',
    renewButton: 'Send a new link to my email address',
    renewedTitle: 'A new link is on its way',
    renewedText:
      'We are sending a new link to the email address this link was sent to. Please open the submission with the new link.',
    renewLimit: 'We send at most one new link per hour.',
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
