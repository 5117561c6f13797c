import type { WorkflowEmailMessages } from './de.ts';

/** English: the approval workflow emails. */
export const en = {
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
  contactChanged: {
    subject: (p) => `Contact address changed: ${p.title} (reference ${p.reference})`,
    body: (p) =>
      `the email address of your submission to “${p.title}” was changed when it was revised. Messages about this submission now go to the new address.`,
    notYou: 'If this was not you, please contact the office named below and give the reference number.',
  },
  outcome: {
    approvedSubject: (p) => `Outcome: approved – ${p.title} (${p.reference})`,
    rejectedSubject: (p) => `Outcome: rejected – ${p.title} (${p.reference})`,
    approved: (p) =>
      `Submission ${p.reference} to “${p.title}” is approved. The last decision was made at the stage “${p.stage}”.`,
    rejected: (p) => `Submission ${p.reference} to “${p.title}” was rejected at the stage “${p.stage}”.`,
  },
  erased: {
    subject: (p) => `Personal data erased: ${p.title} (${p.reference})`,
    body: (p) =>
      `at the submitter's request, the personal data of submission ${p.reference} to “${p.title}” was erased on ${p.at}. The other answers, the counts and the history of decisions remain; the person gets no more emails.`,
    copies:
      'Please also delete copies outside the platform, for example forwarded emails or exports with personal data (Art. 17 and 19 GDPR).',
  },
  automaticApprover:
    'You are receiving this email because you are listed as a decision-maker for this consultation.',
  automaticSubmitter: 'This email was sent automatically because you made a submission.',
  automaticDepartment: 'This email was sent automatically because you are the contact for this consultation.',
} satisfies WorkflowEmailMessages;
